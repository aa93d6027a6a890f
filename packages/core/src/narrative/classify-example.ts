import { ecqsOf, subsOf, type TCompetencyModel } from '../policy/model';
import { evidenceScoresOf } from './measure-coverage';
import type { TExampleCueScores } from './score-competency-cues';

export interface TEcqScore {
  readonly ecqCode: string;
  readonly score: number;
}

export interface TExampleClassification {
  /** The best-scoring ECQ, or undefined when no cue of any ECQ matched. */
  readonly ecqCode: string | undefined;
  /** Every ECQ of the model, best first. */
  readonly ranking: readonly TEcqScore[];
  /** Best score minus the runner-up's, relative to the best (0 = a tie, 1 = no rival). */
  readonly margin: number;
}

/**
 * The weights of an ECQ's best, second and third sub-competency scores: an example that shows one or two of an
 * ECQ's items strongly speaks to it more than one that brushes many; and ECQs with many items are not favoured.
 */
export const CLASSIFY_SUB_WEIGHTS: readonly number[] = [1, 0.5, 0.25];

/**
 * Reads which ECQ an unlabelled example speaks to, from its cue scores: for each ECQ, its own cues plus its
 * best sub-competency evidence weighted by {@link CLASSIFY_SUB_WEIGHTS} (ECQ Workbench's heuristic, POLICY.md
 * §3, low confidence; the analyzer files an example by it only where the text has no ECQ heading).
 */
export function classifyExample(scores: TExampleCueScores, model: TCompetencyModel): TExampleClassification {
  const evidence = evidenceScoresOf(scores);
  const ranking = ecqsOf(model)
    .map((ecq): TEcqScore => {
      const subs = subsOf(model, ecq.code)
        .map((sub) => evidence.get(sub.code) ?? 0)
        .sort((a, b) => b - a);
      const weighted = CLASSIFY_SUB_WEIGHTS.reduce((sum, w, k) => sum + w * (subs[k] ?? 0), 0);
      const score = (scores.totals.get(ecq.code) ?? 0) + weighted;
      return { ecqCode: ecq.code, score: Math.round(score * 100) / 100 };
    })
    .sort((a, b) => b.score - a.score);
  const best = ranking[0];
  const second = ranking[1];
  if (!best || best.score <= 0) return { ecqCode: undefined, ranking, margin: 0 };
  return { ecqCode: best.ecqCode, ranking, margin: Math.round(((best.score - (second?.score ?? 0)) / best.score) * 100) / 100 };
}
