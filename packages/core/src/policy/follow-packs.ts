import { AppError } from '../errors/app-error';
import type { TPolicyPack } from './pack';
import { BUILT_IN_PACKS, getPack } from './packs';
import type { TPolicySettings } from './policy-for';

/**
 * Turns a list of pack ids a deployment follows (e.g. `ECQ_FOLLOW=ecq-2025-may`) into policy settings:
 * each followed pack is chosen for its alternative group (POLICY.md §1: the January and May 2025 models
 * compete for the same period). Later lists override earlier ones group by group.
 * @throws AppError `UNKNOWN_MODEL` for an unknown pack, `VALIDATION_FAILED` (naming `field`) for a pack that
 * is not an alternative or two packs followed in one group.
 */
export function settingsFromFollowedPacks(request: {
  readonly lists: readonly { readonly field: string; readonly ids: readonly string[] }[];
  readonly packs?: readonly TPolicyPack[];
}): TPolicySettings {
  const packs = request.packs ?? BUILT_IN_PACKS;
  const alternatives = new Map<string, string>();
  for (const { field, ids } of request.lists) {
    const chosen = new Map<string, string>();
    for (const id of ids) {
      const pack = getPack(id, packs, field);
      if (pack.alternative === undefined) {
        const known = packs.filter((p) => p.alternative !== undefined).map((p) => `${p.id} (group ${p.alternative?.group ?? ''})`);
        throw new AppError(
          'VALIDATION_FAILED',
          `${field}: ${pack.id} is not an alternative pack, so there is nothing to choose; alternatives: ${known.join(', ')}`,
          { field },
        );
      }
      const { group } = pack.alternative;
      const earlier = chosen.get(group);
      if (earlier !== undefined && earlier !== pack.id) {
        throw new AppError('VALIDATION_FAILED', `${field}: ${earlier} and ${pack.id} are alternatives in group ${group}; follow only one`, {
          field,
        });
      }
      chosen.set(group, pack.id);
    }
    for (const [group, id] of chosen) alternatives.set(group, id);
  }
  return alternatives.size === 0 ? {} : { alternatives: Object.fromEntries(alternatives) };
}

/** Splits a comma-separated list of pack ids, as `ECQ_FOLLOW` holds them. */
export function parseFollowList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}
