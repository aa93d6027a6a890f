/**
 * The shapes of a segmented ECQ narrative. Every span is a pair of character offsets into the original text
 * (`0 ≤ start ≤ end ≤ text.length`, end exclusive) so an editor can highlight exactly what a finding or a
 * tag points at.
 */
export interface TSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The parts of an example (POLICY.md §3, high): Challenge, Context, Action, Result; the accomplishment-record
 * method adds Verification. Verification is recognised only when labelled; the four CCAR parts are also
 * inferred from unlabelled prose.
 */
export const NARRATIVE_PARTS = ['challenge', 'context', 'action', 'result', 'verification'] as const;
export type TNarrativePart = (typeof NARRATIVE_PARTS)[number];

/** The four parts every example should have (POLICY.md §3, high). */
export const CCAR_PARTS = ['challenge', 'context', 'action', 'result'] as const;
export type TCcarPart = (typeof CCAR_PARTS)[number];

/** One word cue that matched: which pattern, its weight, where. */
export interface TCueHit extends TSpan {
  /** Owner of the cue: an item code (`LC.1`) for competency cues, a part name for CCAR cues. */
  readonly key: string;
  readonly pattern: string;
  readonly weight: number;
}

/** How a sentence got its part: from a label in the text, or inferred from cues, position and order. */
export type TPartSource = 'labelled' | 'inferred';

export interface TNarrativeSentence extends TSpan {
  readonly part: TNarrativePart;
  readonly partSource: TPartSource;
  /**
   * The inference scores of the four CCAR parts for this sentence (cue weights plus position prior), shown
   * even for labelled sentences so a reader can see why an unlabelled one would have been read otherwise.
   */
  readonly partScores: Readonly<Record<TCcarPart, number>>;
  /** CCAR cues that matched in this sentence. */
  readonly partCues: readonly TCueHit[];
}

/** A contiguous run of sentences with one part. */
export interface TPartSpan extends TSpan {
  readonly part: TNarrativePart;
  readonly partSource: TPartSource;
  /** The label itself ("Challenge:", "C:") when the part is labelled. */
  readonly label: TSpan | undefined;
}

/** What made the segmenter start a new example here. */
export type TExampleBoundary = 'section-start' | 'example-heading' | 'title' | 'ccar-label' | 'paragraph';

export interface TNarrativeExample extends TSpan {
  /** Position within its section, from 0. */
  readonly index: number;
  readonly boundary: TExampleBoundary;
  /** "Example 1" lines or a short title line, when present. */
  readonly title: (TSpan & { readonly text: string }) | undefined;
  /** True when at least one CCAR label was found in the example. */
  readonly isLabelled: boolean;
  readonly sentences: readonly TNarrativeSentence[];
  readonly parts: readonly TPartSpan[];
  /** CCAR parts with no sentence (POLICY.md §3). */
  readonly missingParts: readonly TCcarPart[];
  readonly wordCount: number;
}

/** How a heading was recognised as an ECQ of the governing model. */
export interface THeadingMatch {
  readonly ecqCode: string;
  readonly ecqName: string;
  /**
   * `name`/`alias`: a name of the governing model; `other-model`: an ECQ name of another model reached by a
   * crosswalk link (same, renamed or moved); `number`: "ECQ 3" read as the third ECQ.
   */
  readonly via: 'name' | 'alias' | 'other-model' | 'number';
  /** The model whose name matched (the governing model unless `via` is `other-model`). */
  readonly matchedModelId: string;
  readonly matchedCode: string;
  readonly matchedName: string;
  /** Where the name sits in the text, for renaming on migration; undefined when matched by number only. */
  readonly nameSpan: TSpan | undefined;
}

export const HEADING_STYLES = ['markdown', 'numbered', 'ecq-number', 'bullet', 'emphasis', 'all-caps', 'table', 'plain'] as const;
export type THeadingStyle = (typeof HEADING_STYLES)[number];

export interface TNarrativeHeading extends TSpan {
  readonly text: string;
  readonly match: THeadingMatch;
  readonly styles: readonly THeadingStyle[];
}

export interface TNarrativeSection extends TSpan {
  /** Position in the package, from 0. */
  readonly index: number;
  /** Undefined when the text has no ECQ heading at all (one unassigned section, classified later). */
  readonly heading: TNarrativeHeading | undefined;
  readonly ecqCode: string | undefined;
  readonly body: TSpan;
  readonly examples: readonly TNarrativeExample[];
}

export interface TNarrativeStructure {
  readonly modelId: string;
  readonly textLength: number;
  /** Text before the first ECQ heading (a title page, the candidate's name), when any. */
  readonly preamble: TSpan | undefined;
  readonly sections: readonly TNarrativeSection[];
  readonly hasHeadings: boolean;
}
