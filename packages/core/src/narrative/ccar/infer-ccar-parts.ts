import { compileCues, matchCues } from '../cues/match-cues';
import { tokensIn, type TTokenIndex } from '../text/token-index';
import { CCAR_PARTS, type TCcarPart, type TCueHit, type TSpan } from '../types';
import { CCAR_FEATURE_CUES, CCAR_WORD_CUES, PART_START_COST, PART_TRANSITION_COST, positionPrior } from './ccar-cues';

export interface TScoredSentence extends TSpan {
  readonly scores: Readonly<Record<TCcarPart, number>>;
  readonly cues: readonly TCueHit[];
}

/**
 * Scores one sentence for each CCAR part: the weights of the word and feature cues that match, plus the
 * position prior of its place among `count` sentences (POLICY.md §3 defines the parts; the cues and weights
 * are ECQ Workbench's, low confidence).
 */
export function scoreSentenceParts(
  text: string,
  span: TSpan,
  index: number,
  count: number,
  tokens?: TTokenIndex,
): TScoredSentence {
  const cues: TCueHit[] = matchCues(compileCues(CCAR_WORD_CUES), tokensIn(text, span.start, span.end, tokens));
  const sentence = text.slice(span.start, span.end);
  for (const feature of CCAR_FEATURE_CUES) {
    const match = feature.pattern.exec(sentence);
    if (match) {
      const start = span.start + match.index;
      cues.push({ key: feature.part, pattern: feature.id, weight: feature.weight, start, end: start + match[0].length });
    }
  }
  const scores = { challenge: 0, context: 0, action: 0, result: 0 };
  for (const part of CCAR_PARTS) scores[part] = positionPrior(part, index, count);
  for (const hit of cues) {
    if (isCcarPart(hit.key)) scores[hit.key] += hit.weight;
  }
  for (const part of CCAR_PARTS) scores[part] = Math.round(scores[part] * 100) / 100;
  return { start: span.start, end: span.end, scores, cues };
}

function isCcarPart(key: string): key is TCcarPart {
  return (CCAR_PARTS as readonly string[]).includes(key);
}

/**
 * Picks one part per sentence: the sequence with the highest total score minus the cost of each change of
 * part (a Viterbi decode over four states, linear in the number of sentences). `fixed[i]` pins sentence i
 * to a labelled part.
 */
export function decodeParts(scored: readonly TScoredSentence[], fixed: readonly (TCcarPart | undefined)[]): TCcarPart[] {
  const n = scored.length;
  if (n === 0) return [];
  const best: number[][] = [];
  const back: number[][] = [];
  const emission = (i: number, p: number): number => {
    const pinned = fixed[i];
    const part = CCAR_PARTS[p]!;
    if (pinned !== undefined) return pinned === part ? 0 : -1e9;
    return scored[i]!.scores[part];
  };
  best.push(CCAR_PARTS.map((part, p) => emission(0, p) - PART_START_COST[part]));
  back.push(CCAR_PARTS.map(() => -1));
  for (let i = 1; i < n; i++) {
    const row: number[] = [];
    const from: number[] = [];
    CCAR_PARTS.forEach((to, p) => {
      let top = -Infinity;
      let arg = 0;
      CCAR_PARTS.forEach((was, q) => {
        const value = best[i - 1]![q]! - PART_TRANSITION_COST[was][to];
        if (value > top) {
          top = value;
          arg = q;
        }
      });
      row.push(top + emission(i, p));
      from.push(arg);
    });
    best.push(row);
    back.push(from);
  }
  const last = best[n - 1]!;
  let state = last.indexOf(Math.max(...last));
  const parts: TCcarPart[] = new Array<TCcarPart>(n);
  for (let i = n - 1; i >= 0; i--) {
    parts[i] = CCAR_PARTS[state]!;
    state = back[i]![state]!;
  }
  return parts;
}

/** Whether a stretch of text states an action: "I" or "we" with a past-tense verb. */
export function hasActionCue(text: string, span: TSpan): boolean {
  const slice = text.slice(span.start, span.end);
  return CCAR_FEATURE_CUES.some((f) => f.part === 'action' && f.pattern.test(slice));
}

/** The cue scores of a sentence without the position prior, used to find where one example ends. */
export function cueScoresOf(text: string, span: TSpan, tokens?: TTokenIndex): Readonly<Record<TCcarPart, number>> {
  const scored = scoreSentenceParts(text, span, 0, 1, tokens);
  const scores = { ...scored.scores };
  for (const part of CCAR_PARTS) scores[part] = Math.round((scores[part] - positionPrior(part, 0, 1)) * 100) / 100;
  return scores;
}
