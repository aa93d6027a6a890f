import type { TSourceRef } from '../../policy/source';

/**
 * One cue: a phrase pattern and its weight. Patterns are words separated by spaces, compared with the text's
 * tokens (hyphens and slashes split words; possessive 's is dropped):
 * - `word` matches the word in any case;
 * - `word*` matches any word starting with `word` (at least three letters before the `*` in a pattern's first word);
 * - a word written with capitals (`IT`, `FEVS`) matches only that exact spelling, so `IT` never matches "it"
 *   (`MOU*` is a prefix of that spelling);
 * - `~` skips up to three words, `~5` up to five.
 * Weights: about 3 for a phrase that on its own shows the competency, 2 for a strong word, 1 for a
 * supporting word, 0.5 for a word that only counts alongside others.
 */
export type TCue = readonly [pattern: string, weight: number];

/** Cue sets keyed by owner: item codes of a model (`LC.1`, `LC`, `FC.2`), or CCAR part names. */
export type TCueSets = Readonly<Record<string, readonly TCue[]>>;

/** A curated lexicon for one competency model, keyed by the model's item codes. */
export interface TCueLexicon {
  readonly id: string;
  readonly modelId: string;
  readonly title: string;
  /** Whose judgement the cues are: ECQ Workbench's, low confidence (POLICY.md §1, §3). */
  readonly source: TSourceRef;
  /** True when derived from the model's own names and descriptions because no curated lexicon exists. */
  readonly isDerived: boolean;
  readonly cues: TCueSets;
}
