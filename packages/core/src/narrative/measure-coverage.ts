import { fundamentalsOf, subsOf, type TCompetency, type TCompetencyModel } from '../policy/model';
import type { TSourceRef } from '../policy/source';
import type { TCueLexicon } from './cues/types';
import type { TExampleCueScores } from './score-competency-cues';
import type { TCueHit, TSpan } from './types';

export const COVERAGE_STRENGTHS = ['none', 'weak', 'moderate', 'strong'] as const;
export type TCoverageStrength = (typeof COVERAGE_STRENGTHS)[number];

/**
 * Score thresholds (ECQ Workbench's, low confidence): a sentence is evidence for an item from
 * `evidence`; an item's summed evidence is weak, moderate or strong from these scores.
 */
export const COVERAGE_THRESHOLDS = { evidence: 1, weak: 1, moderate: 3, strong: 6 } as const;

export function strengthOf(score: number): TCoverageStrength {
  if (score >= COVERAGE_THRESHOLDS.strong) return 'strong';
  if (score >= COVERAGE_THRESHOLDS.moderate) return 'moderate';
  if (score >= COVERAGE_THRESHOLDS.weak) return 'weak';
  return 'none';
}

export interface TEvidence extends TSpan {
  readonly sectionIndex: number;
  readonly exampleIndex: number;
  /** The ECQ the example is filed under (by heading or classification), if any. */
  readonly ecqCode: string | undefined;
  readonly score: number;
  /** The cues of this item that matched in the sentence. */
  readonly cues: readonly TCueHit[];
}

export interface TItemCoverage {
  readonly code: string;
  readonly name: string;
  readonly kind: 'sub' | 'fundamental';
  readonly ecqCode: string | undefined;
  readonly score: number;
  readonly strength: TCoverageStrength;
  /** For a sub-competency: sentences in examples under its own ECQ (or not yet assigned); for a fundamental: anywhere. */
  readonly evidence: readonly TEvidence[];
  /** Sentences in examples filed under another ECQ: shown, but they do not count for this item. */
  readonly elsewhere: readonly TEvidence[];
}

export interface TCoverageCell {
  readonly itemCode: string;
  readonly score: number;
  readonly strength: TCoverageStrength;
}

export interface TCoverageRow {
  readonly ecqCode: string;
  readonly cells: readonly TCoverageCell[];
}

export interface TNarrativeCoverage {
  readonly modelId: string;
  readonly lexiconId: string;
  readonly isDerivedLexicon: boolean;
  readonly source: TSourceRef;
  readonly thresholds: typeof COVERAGE_THRESHOLDS;
  readonly items: readonly TItemCoverage[];
  /** The model's fundamental competencies judged across the whole package (2006: POLICY.md §1); empty if none. */
  readonly fundamentals: readonly TItemCoverage[];
  /** ECQ × sub-competency: rows are the model's ECQs (examples filed there), columns every sub-competency. */
  readonly matrix: { readonly columns: readonly string[]; readonly rows: readonly TCoverageRow[] };
}

export interface TMeasureCoverageRequest {
  readonly model: TCompetencyModel;
  readonly lexicon: TCueLexicon;
  readonly scores: readonly TExampleCueScores[];
  /** The ECQ each example is filed under: its section's heading, else its classification. */
  readonly ecqOf: (sectionIndex: number, exampleIndex: number) => string | undefined;
}

/**
 * Sub-competency coverage of a package (POLICY.md §3: sources disagree whether all or most must be shown, so
 * coverage is reported and only warned on, low confidence): for every sub-competency of the governing model,
 * the sentences that evidence it with the cues that matched, a score and a strength; the ECQ ×
 * sub-competency matrix; and the fundamental competencies across the whole package when the model has them.
 */
export function measureCoverage(request: TMeasureCoverageRequest): TNarrativeCoverage {
  const { model, lexicon, scores } = request;
  const subs = subsOf(model);
  const evidenceByItem = new Map<string, TEvidence[]>();
  for (const example of scores) {
    const ecqCode = request.ecqOf(example.sectionIndex, example.exampleIndex);
    for (const sentence of example.sentences) {
      for (const [code, score] of sentence.scores) {
        if (score < COVERAGE_THRESHOLDS.evidence) continue;
        const list = evidenceByItem.get(code) ?? [];
        list.push({
          start: sentence.start,
          end: sentence.end,
          sectionIndex: example.sectionIndex,
          exampleIndex: example.exampleIndex,
          ecqCode,
          score,
          cues: sentence.hits.filter((h) => h.key === code),
        });
        evidenceByItem.set(code, list);
      }
    }
  }
  const coverageOf = (item: TCompetency, kind: 'sub' | 'fundamental'): TItemCoverage => {
    const all = evidenceByItem.get(item.code) ?? [];
    const counts = (e: TEvidence): boolean => kind === 'fundamental' || e.ecqCode === undefined || e.ecqCode === item.parentCode;
    const evidence = all.filter(counts);
    const score = round(evidence.reduce((sum, e) => sum + e.score, 0));
    return {
      code: item.code,
      name: item.name,
      kind,
      ecqCode: item.parentCode,
      score,
      strength: strengthOf(score),
      evidence,
      elsewhere: all.filter((e) => !counts(e)),
    };
  };
  const rows: TCoverageRow[] = model.items
    .filter((i) => i.kind === 'ecq')
    .map((ecq) => ({
      ecqCode: ecq.code,
      cells: subs.map((sub) => {
        const score = round((evidenceByItem.get(sub.code) ?? []).filter((e) => e.ecqCode === ecq.code).reduce((sum, e) => sum + e.score, 0));
        return { itemCode: sub.code, score, strength: strengthOf(score) };
      }),
    }));
  return {
    modelId: model.id,
    lexiconId: lexicon.id,
    isDerivedLexicon: lexicon.isDerived,
    source: lexicon.source,
    thresholds: COVERAGE_THRESHOLDS,
    items: subs.map((s) => coverageOf(s, 'sub')),
    fundamentals: fundamentalsOf(model).map((f) => coverageOf(f, 'fundamental')),
    matrix: { columns: subs.map((s) => s.code), rows },
  };
}

/** Per item code, the summed evidence of one example (sentences at or above the evidence threshold). */
export function evidenceScoresOf(example: TExampleCueScores): Map<string, number> {
  const sums = new Map<string, number>();
  for (const sentence of example.sentences) {
    for (const [code, score] of sentence.scores) {
      if (score >= COVERAGE_THRESHOLDS.evidence) sums.set(code, round((sums.get(code) ?? 0) + score));
    }
  }
  return sums;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
