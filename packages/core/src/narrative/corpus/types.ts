import type { TCcarPart, TSpan } from '../types';

/**
 * Known weaknesses written into an example on purpose, each with the rule that should catch it: `no-result`
 * (narrative.ccar-missing), `we-everywhere` (narrative.action-first-person), `too-long` (over 400 words; no
 * rule without a layout engine), `no-numbers` (narrative.result-measurable), `old` (narrative.example-recency,
 * against {@link CORPUS_TODAY}), `passive` (narrative.passive-run).
 */
export const CORPUS_FLAWS = ['no-result', 'we-everywhere', 'too-long', 'no-numbers', 'old', 'passive'] as const;
export type TCorpusFlaw = (typeof CORPUS_FLAWS)[number];

/** How the parts are joined: one paragraph, a paragraph per part, word labels ("Challenge:"), letter labels ("C:"). */
export type TCorpusStyle = 'prose' | 'paragraphs' | 'labelled' | 'letters';

/** An example as written: hand labels and its CCAR parts in order. */
export interface TCorpusEntry {
  readonly id: string;
  readonly modelId: 'ecq-2006' | 'ecq-2025';
  /** The ECQ the example was written for. */
  readonly ecqCode: string;
  /** The sub-competencies it clearly shows, by the hand of its writer. */
  readonly subCodes: readonly string[];
  readonly style: TCorpusStyle;
  readonly flaws: readonly TCorpusFlaw[];
  readonly parts: readonly (readonly [TCcarPart, string])[];
}

export type TCorpusSplit = 'tuning' | 'held-out';

/** An example with its text assembled and its CCAR spans resolved to offsets. */
export interface TCorpusExample extends TCorpusEntry {
  readonly position: number;
  readonly split: TCorpusSplit;
  readonly text: string;
  readonly spans: readonly (TSpan & { readonly part: TCcarPart })[];
}

/** The reference date for the `old` flaw. */
export const CORPUS_TODAY = '2025-11-01';
