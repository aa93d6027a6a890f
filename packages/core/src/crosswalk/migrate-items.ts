import { findItem, type TCompetency } from '../policy/model';
import type { TCrosswalk, TCrosswalkLink } from './crosswalk';

export interface TMigratedItem {
  readonly from: TCompetency;
  readonly to: TCompetency;
  readonly kind: 'same' | 'renamed' | 'moved' | 'related';
  readonly note: string | undefined;
}

export interface TMigrationReport {
  readonly crosswalkId: string;
  /** Items that carry over as the same competency (same, renamed, moved). */
  readonly carried: readonly TMigratedItem[];
  /** Items whose evidence only relates to a target item; the writer should rework it. */
  readonly related: readonly TMigratedItem[];
  /** Items with no successor in the target model. */
  readonly dropped: readonly { readonly from: TCompetency; readonly note: string | undefined }[];
  /** References that name no item of the source model. */
  readonly unknown: readonly string[];
  /** Target items now tagged, in target model order, without duplicates. */
  readonly targetItems: readonly TCompetency[];
  /** Target leaf items (sub-competencies, fundamentals, ECQs without sub-competencies) no source reaches. */
  readonly gaps: readonly TCompetency[];
  /** Target leaf items reached only through a `related` link. */
  readonly relatedOnly: readonly TCompetency[];
}

/**
 * Migrates a list of tagged items (ids, codes or names of the crosswalk's source model) to its target model
 * and reports what moved, what was dropped, and which target items no source reaches: for a 2006 narrative
 * moved to 2025, External Awareness evidence lands in Building Coalitions, Entrepreneurship is dropped, and
 * Systems Thinking, Data Literacy and the other new sub-competencies are the gaps to write (POLICY.md §1).
 */
export function migrateItems(request: { readonly crosswalk: TCrosswalk; readonly items: readonly string[] }): TMigrationReport {
  const { crosswalk } = request;
  const carried: TMigratedItem[] = [];
  const related: TMigratedItem[] = [];
  const dropped: { from: TCompetency; note: string | undefined }[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();

  for (const ref of request.items) {
    const item = findItem(crosswalk.fromModel, ref);
    if (!item) {
      unknown.push(ref);
      continue;
    }
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const fate: TCrosswalkLink | undefined = crosswalk.links.find((l) => l.from?.id === item.id && l.kind !== 'new');
    if (!fate || fate.kind === 'removed' || fate.kind === 'new' || !fate.to) {
      dropped.push({ from: item, note: fate?.note });
      continue;
    }
    const migrated: TMigratedItem = { from: item, to: fate.to, kind: fate.kind, note: fate.note };
    (fate.kind === 'related' ? related : carried).push(migrated);
  }

  const strong = new Set(carried.map((m) => m.to.id));
  const weak = new Set(related.map((m) => m.to.id));
  const target = crosswalk.toModel.items;
  const hasSubs = new Set(target.filter((i) => i.kind === 'sub').map((i) => i.parentCode));
  const leaves = target.filter((i) => i.kind !== 'ecq' || !hasSubs.has(i.code));
  return {
    crosswalkId: crosswalk.id,
    carried,
    related,
    dropped,
    unknown,
    targetItems: target.filter((i) => strong.has(i.id) || weak.has(i.id)),
    gaps: leaves.filter((i) => !strong.has(i.id) && !weak.has(i.id)),
    relatedOnly: leaves.filter((i) => !strong.has(i.id) && weak.has(i.id)),
  };
}
