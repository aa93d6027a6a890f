import { newItemsOf, type TCrosswalk, type TFateKind } from '../crosswalk/crosswalk';
import { migrateItems, type TMigrationReport } from '../crosswalk/migrate-items';
import type { TCompetency } from '../policy/model';
import { analyzeNarrative } from './analyze-narrative';
import type { TCueLexicon } from './cues/types';
import type { TEvidence, TItemCoverage } from './measure-coverage';
import type { TSpan } from './types';

export interface TTextEdit extends TSpan {
  readonly text: string;
}

export interface THeadingMigration extends TSpan {
  readonly sectionIndex: number;
  readonly fromCode: string;
  readonly fromName: string;
  readonly toCode: string | undefined;
  readonly toName: string | undefined;
  /** The crosswalk's fate for the ECQ; `unchanged` when the heading already names the target model's ECQ. */
  readonly kind: TFateKind | 'unchanged';
  /** The rename applied to the draft, when the name changes. */
  readonly edit: TTextEdit | undefined;
}

export interface TMigratedEvidence {
  readonly from: TCompetency;
  readonly to: TCompetency | undefined;
  readonly kind: TFateKind;
  readonly note: string | undefined;
  /** The sentences that showed the source item, with their offsets and cues. */
  readonly evidence: readonly TEvidence[];
  /** What the candidate should do with them. */
  readonly advice: string;
}

export interface TNarrativeMigration {
  readonly crosswalkId: string;
  readonly fromModelId: string;
  readonly toModelId: string;
  readonly headings: readonly THeadingMigration[];
  /** Evidence that carries over as is (same or renamed item). */
  readonly carried: readonly TMigratedEvidence[];
  /** Evidence whose item moved to another ECQ (External Awareness: Leading Change → Building Coalitions). */
  readonly moved: readonly TMigratedEvidence[];
  /** Evidence that only relates to a target item (a 2006 fundamental to a 2025 sub-competency): rework it. */
  readonly related: readonly TMigratedEvidence[];
  /** Evidence for items the target model removed (Entrepreneurship, Technical Credibility): flagged. */
  readonly removed: readonly TMigratedEvidence[];
  /**
   * New target items (the crosswalk marks them `new`: Systems Thinking, Data Literacy…) that nothing reaches
   * and the text does not already show: the gaps to write.
   */
  readonly gaps: readonly TCompetency[];
  /** New target items the text already shows when read with the target model's cues. */
  readonly newWithEvidence: readonly { readonly item: TCompetency; readonly evidence: readonly TEvidence[] }[];
  /** Other target items with no evidence either way (they were not shown under the source model either). */
  readonly uncovered: readonly TCompetency[];
  /** The item-level migration from {@link migrateItems}. */
  readonly items: TMigrationReport;
  readonly edits: readonly TTextEdit[];
  /** The text with ECQ headings renamed to the target model; the prose is the candidate's to rework. */
  readonly draftText: string;
}

export interface TMigrateNarrativeOptions {
  readonly crosswalk: TCrosswalk;
  /** Crosswalks used to recognise headings; the built-in ones by default. */
  readonly crosswalks?: readonly TCrosswalk[];
  readonly fromLexicon?: TCueLexicon;
  readonly toLexicon?: TCueLexicon;
}

/**
 * Migrates a narrative package written for the crosswalk's source model (a 2006 package) to its target model
 * (January 2025), built on {@link migrateItems} (POLICY.md §1): ECQ headings renamed (Results Driven →
 * Driving Results, Business Acumen → Achieving Organizational Success) in a draft, External Awareness
 * evidence marked to move to Building Coalitions, evidence for removed items (Entrepreneurship, Technical
 * Credibility) flagged, and the new sub-competencies the text does not show (Systems Thinking, Data
 * Literacy…) listed as the gaps to write. Evidence is read from cues (low confidence): it guides, it does not
 * decide. Pure and synchronous.
 */
export function migrateNarrative(text: string, options: TMigrateNarrativeOptions): TNarrativeMigration {
  const { crosswalk } = options;
  const shared = options.crosswalks === undefined ? {} : { crosswalks: options.crosswalks };
  const source = analyzeNarrative(text, {
    model: crosswalk.fromModel,
    rules: [],
    ...shared,
    ...(options.fromLexicon === undefined ? {} : { lexicon: options.fromLexicon }),
  });
  const target = analyzeNarrative(text, {
    model: crosswalk.toModel,
    rules: [],
    ...shared,
    ...(options.toLexicon === undefined ? {} : { lexicon: options.toLexicon }),
  });

  const evidenced = [...source.coverage.items, ...source.coverage.fundamentals].filter((i) => i.strength !== 'none');
  const items = migrateItems({ crosswalk, items: evidenced.map((i) => i.code) });
  const evidenceOf = (code: string): readonly TEvidence[] => evidenced.find((i) => i.code === code)?.evidence ?? [];
  const fateOf = (code: string) => crosswalk.links.find((l) => l.from?.code === code && l.kind !== 'new');

  const carried: TMigratedEvidence[] = [];
  const moved: TMigratedEvidence[] = [];
  for (const m of items.carried) {
    const entry: TMigratedEvidence = {
      from: m.from,
      to: m.to,
      kind: m.kind,
      note: m.note,
      evidence: evidenceOf(m.from.code),
      advice:
        m.kind === 'moved'
          ? `${m.from.name} now belongs to ${parentName(crosswalk.toModel.items, m.to)}: move or retell these sentences there.`
          : m.kind === 'renamed'
            ? `Evidence for ${m.from.name} counts as ${m.to.name}; use the new name if you name it.`
            : `Evidence for ${m.from.name} carries over unchanged.`,
    };
    (m.kind === 'moved' ? moved : carried).push(entry);
  }
  const related = items.related.map((m): TMigratedEvidence => ({
    from: m.from,
    to: m.to,
    kind: 'related',
    note: m.note,
    evidence: evidenceOf(m.from.code),
    advice: `${m.from.name} only relates to ${m.to.name}: rework these sentences to show ${m.to.name} itself.`,
  }));
  const removed = items.dropped.map((d): TMigratedEvidence => ({
    from: d.from,
    to: undefined,
    kind: 'removed',
    note: d.note,
    evidence: evidenceOf(d.from.code),
    advice: `${d.from.name} is not in ${crosswalk.toModel.title}: these sentences no longer count; keep them only if they show something else.`,
  }));

  const targetCoverage = new Map<string, TItemCoverage>([...target.coverage.items, ...target.coverage.fundamentals].map((i) => [i.code, i]));
  const shownInTarget = (item: TCompetency): boolean => (targetCoverage.get(item.code)?.strength ?? 'none') !== 'none';
  const isNew = new Set(newItemsOf(crosswalk).map((i) => i.id));
  const gaps = items.gaps.filter((g) => isNew.has(g.id) && !shownInTarget(g));
  const newWithEvidence = items.gaps
    .filter((g) => isNew.has(g.id) && shownInTarget(g))
    .map((item) => ({ item, evidence: targetCoverage.get(item.code)?.evidence ?? [] }));
  const uncovered = items.gaps.filter((g) => !isNew.has(g.id) && !shownInTarget(g));

  const headings: THeadingMigration[] = [];
  const edits: TTextEdit[] = [];
  for (const section of source.structure.sections) {
    const heading = section.heading;
    if (!heading) continue;
    const { match } = heading;
    const isSourceName = match.matchedModelId === crosswalk.fromModel.id;
    const fate = isSourceName ? fateOf(match.ecqCode) : undefined;
    const to = isSourceName ? fate?.to : crosswalk.toModel.items.find((i) => i.code === match.matchedCode);
    let edit: TTextEdit | undefined;
    if (isSourceName && to && match.nameSpan && to.name !== match.matchedName) {
      edit = { ...match.nameSpan, text: inCaseOf(text.slice(match.nameSpan.start, match.nameSpan.end), to.name) };
      edits.push(edit);
    }
    headings.push({
      start: heading.start,
      end: heading.end,
      sectionIndex: section.index,
      fromCode: match.ecqCode,
      fromName: match.ecqName,
      toCode: to?.code,
      toName: to?.name,
      kind: isSourceName ? (fate?.kind === 'new' ? 'removed' : fate?.kind ?? 'removed') : 'unchanged',
      edit,
    });
  }
  return {
    crosswalkId: crosswalk.id,
    fromModelId: crosswalk.fromModel.id,
    toModelId: crosswalk.toModel.id,
    headings,
    carried,
    moved,
    related,
    removed,
    gaps,
    newWithEvidence,
    uncovered,
    items,
    edits,
    draftText: applyEdits(text, edits),
  };
}

function parentName(items: readonly TCompetency[], item: TCompetency): string {
  return items.find((i) => i.code === item.parentCode)?.name ?? item.name;
}

/** The new name in the case style of the old one: "RESULTS DRIVEN" → "DRIVING RESULTS". */
function inCaseOf(written: string, name: string): string {
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return name.toUpperCase();
  if (written === written.toLowerCase()) return name.toLowerCase();
  return name;
}

function applyEdits(text: string, edits: readonly TTextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
