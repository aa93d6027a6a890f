import type { TCrosswalkLinkKind } from '../api/wire-types';

/**
 * How each kind of crosswalk link is named and explained (packages/core/src/crosswalk/crosswalk.ts). The
 * Record keeps the list complete: a new kind in core fails the type check here.
 */
export const LINK_KIND_INFO: Readonly<Record<TCrosswalkLinkKind, { readonly label: string; readonly description: string }>> = {
  same: { label: 'Same', description: 'Unchanged in the newer model' },
  renamed: { label: 'Renamed', description: 'The same competency under a new name' },
  moved: { label: 'Moved', description: 'Now under another ECQ' },
  new: { label: 'New', description: 'In the newer model only' },
  removed: { label: 'Removed', description: 'No successor in the newer model' },
  related: { label: 'Related', description: 'A looser tie, not a rename' },
};

/** Every kind, in the order filters and legends list them. */
export const LINK_KINDS = Object.keys(LINK_KIND_INFO) as TCrosswalkLinkKind[];

export function isLinkKind(value: string): value is TCrosswalkLinkKind {
  return Object.hasOwn(LINK_KIND_INFO, value);
}

/**
 * The kinds a `?show=` value selects: a comma-separated list of kinds; absent means all, empty means none.
 * Unknown names are ignored.
 */
export function parseShownKinds(value: string | null): ReadonlySet<TCrosswalkLinkKind> {
  if (value === null) return new Set(LINK_KINDS);
  return new Set(value.split(',').filter(isLinkKind));
}

/** The `?show=` value for a selection, or null when every kind is shown (the default, left out of the address). */
export function formatShownKinds(kinds: ReadonlySet<TCrosswalkLinkKind>): string | null {
  return kinds.size === LINK_KINDS.length ? null : LINK_KINDS.filter((kind) => kinds.has(kind)).join(',');
}
