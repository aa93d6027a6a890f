import type { TCrosswalk, TCrosswalkItem, TCrosswalkLinkKind } from '../api/wire-types';

/** Sizes of the crosswalk diagram, in SVG user units. */
export const DIAGRAM = {
  columnWidth: 340,
  gutter: 240,
  rowHeight: 26,
  /** Extra space above each ECQ (and the first fundamental), so that groups read as groups. */
  groupGap: 14,
  headerHeight: 44,
  /** Length of the stub drawn for a removed item (to nothing) or a new one (from nothing). */
  stubLength: 64,
  /** Longest label drawn; longer names end in an ellipsis (the table has them in full). */
  maxLabelLength: 40,
} as const;

export interface TDiagramRow {
  readonly item: TCrosswalkItem;
  /** Vertical centre of the row. */
  readonly y: number;
  readonly label: string;
}

export interface TDiagramLink {
  readonly id: string;
  readonly kind: TCrosswalkLinkKind;
  /** SVG path data. */
  readonly d: string;
  readonly fromId: string | undefined;
  readonly toId: string | undefined;
  /** Where a stub ends in nothing (removed) or starts from nothing (new), for its marker. */
  readonly open: { readonly x: number; readonly y: number } | undefined;
}

export interface TDiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly left: readonly TDiagramRow[];
  readonly right: readonly TDiagramRow[];
  readonly links: readonly TDiagramLink[];
}

function labelOf(item: TCrosswalkItem): string {
  const text = `${item.code} ${item.name}`;
  return text.length <= DIAGRAM.maxLabelLength ? text : `${text.slice(0, DIAGRAM.maxLabelLength - 1).trimEnd()}…`;
}

function rowsOf(items: readonly TCrosswalkItem[]): TDiagramRow[] {
  let y = DIAGRAM.headerHeight;
  return items.map((item, index) => {
    const previous = items[index - 1];
    const startsGroup = index > 0 && (item.kind === 'ecq' || (item.kind === 'fundamental' && previous?.kind !== 'fundamental'));
    y += (startsGroup ? DIAGRAM.groupGap : 0) + DIAGRAM.rowHeight;
    return { item, y: y - DIAGRAM.rowHeight / 2, label: labelOf(item) };
  });
}

/**
 * Orders items as their model does (`order`: item ids in model order); items the order does not know
 * keep their order of appearance, after the known ones.
 */
function ordered(items: readonly TCrosswalkItem[], order: readonly string[]): TCrosswalkItem[] {
  const unique = [...new Map(items.map((item) => [item.id, item])).values()];
  const rank = new Map(order.map((id, index) => [id, index]));
  return unique
    .map((item, index) => ({ item, key: rank.get(item.id) ?? order.length + index }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.item);
}

/**
 * Lays the crosswalk out as two columns (the older model's items on the left, the newer's on the right, each
 * in model order) and one path per link between them: a curve for an item that carries over, a stub into
 * the gutter for a removed item, a stub out of it for a new one.
 */
export function layoutCrosswalk(
  crosswalk: Pick<TCrosswalk, 'links' | 'newItems'>,
  order: { readonly from: readonly string[]; readonly to: readonly string[] },
): TDiagramLayout {
  const leftItems = ordered(
    crosswalk.links.flatMap((link) => (link.from === null ? [] : [link.from])),
    order.from,
  );
  const rightItems = ordered(
    [...crosswalk.links.flatMap((link) => (link.to === null ? [] : [link.to])), ...crosswalk.newItems],
    order.to,
  );
  const left = rowsOf(leftItems);
  const right = rowsOf(rightItems);
  const leftY = new Map(left.map((row) => [row.item.id, row.y]));
  const rightY = new Map(right.map((row) => [row.item.id, row.y]));
  const x1 = DIAGRAM.columnWidth;
  const x2 = DIAGRAM.columnWidth + DIAGRAM.gutter;
  const bend = DIAGRAM.gutter / 2;

  const links = crosswalk.links.flatMap((link): TDiagramLink[] => {
    const y1 = link.from === null ? undefined : leftY.get(link.from.id);
    const y2 = link.to === null ? undefined : rightY.get(link.to.id);
    const base = { id: link.id, kind: link.kind, fromId: link.from?.id, toId: link.to?.id };
    if (y1 !== undefined && y2 !== undefined) {
      return [{ ...base, d: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`, open: undefined }];
    }
    if (y1 !== undefined) {
      const end = x1 + DIAGRAM.stubLength;
      return [{ ...base, d: `M ${x1} ${y1} H ${end}`, open: { x: end, y: y1 } }];
    }
    if (y2 !== undefined) {
      const start = x2 - DIAGRAM.stubLength;
      return [{ ...base, d: `M ${start} ${y2} H ${x2}`, open: { x: start, y: y2 } }];
    }
    return [];
  });

  const bottom = Math.max(left.at(-1)?.y ?? 0, right.at(-1)?.y ?? 0) + DIAGRAM.rowHeight;
  return { width: DIAGRAM.columnWidth * 2 + DIAGRAM.gutter, height: bottom, left, right, links };
}
