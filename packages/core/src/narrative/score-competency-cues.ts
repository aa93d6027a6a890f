import { compileCues, matchCues } from './cues/match-cues';
import type { TCueLexicon } from './cues/types';
import { tokensIn, type TTokenIndex } from './text/token-index';
import type { TCueHit, TNarrativePart, TNarrativeStructure, TSpan } from './types';

/** No single sentence counts for more than this towards one item, so one keyword-stuffed line cannot carry it. */
export const SENTENCE_SCORE_CAP = 4;

/**
 * How much a sentence counts as evidence by its CCAR part: competencies show in what the candidate did
 * (POLICY.md §3: Action is what you did) and achieved, less in how the problem or the setting is described
 * ("decide disability claims" in a Challenge is the agency's business, not the writer's decisiveness).
 */
export const PART_EVIDENCE_WEIGHT: Readonly<Record<TNarrativePart, number>> = {
  challenge: 0.5,
  context: 0.5,
  action: 1,
  result: 0.75,
  verification: 0.25,
};

export interface TSentenceCueScores extends TSpan {
  readonly hits: readonly TCueHit[];
  /**
   * Score per item code: the sum of its matching cue weights, capped at {@link SENTENCE_SCORE_CAP}, times the
   * {@link PART_EVIDENCE_WEIGHT} of the sentence's part.
   */
  readonly scores: ReadonlyMap<string, number>;
}

export interface TExampleCueScores {
  readonly sectionIndex: number;
  readonly exampleIndex: number;
  readonly sentences: readonly TSentenceCueScores[];
  /** Sum of the sentence scores per item code. */
  readonly totals: ReadonlyMap<string, number>;
}

/**
 * Matches the lexicon's cues in every sentence of every example (POLICY.md §3: sub-competency coverage,
 * low confidence). One pass over the tokens; each sentence records the cues that matched, so every tag can
 * cite its evidence.
 */
export function scoreCompetencyCues(
  text: string,
  structure: TNarrativeStructure,
  lexicon: TCueLexicon,
  tokens?: TTokenIndex,
): TExampleCueScores[] {
  const matcher = compileCues(lexicon.cues);
  const result: TExampleCueScores[] = [];
  for (const section of structure.sections) {
    for (const example of section.examples) {
      const totals = new Map<string, number>();
      const sentences: TSentenceCueScores[] = example.sentences.map((sentence) => {
        const hits = matchCues(matcher, tokensIn(text, sentence.start, sentence.end, tokens));
        const scores = new Map<string, number>();
        for (const hit of hits) scores.set(hit.key, (scores.get(hit.key) ?? 0) + hit.weight);
        const weight = PART_EVIDENCE_WEIGHT[sentence.part];
        for (const [key, value] of scores) {
          const capped = Math.round(Math.min(value, SENTENCE_SCORE_CAP) * weight * 100) / 100;
          scores.set(key, capped);
          totals.set(key, (totals.get(key) ?? 0) + capped);
        }
        return { start: sentence.start, end: sentence.end, hits, scores };
      });
      result.push({ sectionIndex: section.index, exampleIndex: example.index, sentences, totals });
    }
  }
  return result;
}
