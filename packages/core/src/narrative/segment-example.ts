import { findPartLabel, type TPartLabel } from './ccar/find-part-label';
import { decodeParts, scoreSentenceParts, type TScoredSentence } from './ccar/infer-ccar-parts';
import { splitLines, trimSpan } from './text/split-lines';
import { splitSentences } from './text/split-sentences';
import type { TTokenIndex } from './text/token-index';
import { countWords } from './text/tokenize';
import {
  CCAR_PARTS,
  type TCcarPart,
  type TExampleBoundary,
  type TNarrativeExample,
  type TNarrativePart,
  type TNarrativeSentence,
  type TPartSpan,
  type TSpan,
} from './types';

export interface TSegmentExampleOptions {
  readonly index?: number;
  readonly boundary?: TExampleBoundary;
  /** A title line inside `span`; sentences start after it. */
  readonly title?: TSpan & { readonly text: string };
  /** The text's tokens, when the caller has them. */
  readonly tokens?: TTokenIndex;
}

interface TSegment {
  readonly part: TNarrativePart | undefined;
  readonly label: TSpan | undefined;
  readonly contentStart: number;
  readonly end: number;
}

/**
 * Splits one example into sentences and gives each its CCAR part (POLICY.md §3, high: Challenge, Context,
 * Action, Result; Verification for accomplishment records). Labelled parts ("Challenge:", "C:", "**Result**",
 * a flattened table's "Action⇥…") are taken as written; unlabelled sentences are inferred from word cues, a
 * position prior and the usual order of the parts, and every sentence shows its scores and cues. Inference
 * is ECQ Workbench's heuristic (low confidence): it informs, it never decides a package.
 */
export function segmentExample(text: string, span: TSpan, options: TSegmentExampleOptions = {}): TNarrativeExample {
  const start = clamp(span.start, 0, text.length);
  const end = clamp(span.end, start, text.length);
  const contentStart = options.title ? clamp(options.title.end, start, end) : start;
  const segments = segmentsOf(text, contentStart, end);
  const sentenceSpans: { span: TSpan; segment: TSegment }[] = [];
  for (const segment of segments) {
    for (const s of splitSentences(text, segment.contentStart, segment.end)) sentenceSpans.push({ span: s, segment });
  }
  const count = sentenceSpans.length;
  const scored: TScoredSentence[] = sentenceSpans.map((s, i) => scoreSentenceParts(text, s.span, i, count, options.tokens));
  // Verification sentences sit outside the CCAR sequence; decode the others.
  const chain = sentenceSpans.map((s, i) => ({ i, part: s.segment.part })).filter((s) => s.part !== 'verification');
  const decoded = decodeParts(
    chain.map((c) => scored[c.i]!),
    chain.map((c) => (c.part === undefined || c.part === 'verification' ? undefined : c.part)),
  );
  const partOf = new Map<number, TCcarPart>(chain.map((c, k) => [c.i, decoded[k]!]));

  const sentences: TNarrativeSentence[] = sentenceSpans.map((s, i) => ({
    start: s.span.start,
    end: s.span.end,
    part: s.segment.part ?? partOf.get(i) ?? 'action',
    partSource: s.segment.part === undefined ? 'inferred' : 'labelled',
    partScores: scored[i]!.scores,
    partCues: scored[i]!.cues,
  }));
  const present = new Set(sentences.map((s) => s.part));
  return {
    start,
    end,
    index: options.index ?? 0,
    boundary: options.boundary ?? 'section-start',
    title: options.title,
    isLabelled: segments.some((s) => s.label !== undefined),
    sentences,
    parts: partSpans(text, sentences, segments),
    missingParts: CCAR_PARTS.filter((p) => !present.has(p)),
    wordCount: countWords(text, start, end),
  };
}

/** Cuts the example at its labels; one-letter "C:" labels read as Challenge, then Context. */
function segmentsOf(text: string, start: number, end: number): TSegment[] {
  const labels: { label: TPartLabel; part: TNarrativePart }[] = [];
  let letterCs = 0;
  for (const line of splitLines(text, start, end)) {
    const label = findPartLabel(line);
    if (!label) continue;
    const part = label.part === 'c' ? (letterCs++ === 0 ? 'challenge' : 'context') : label.part;
    labels.push({ label, part });
  }
  const segments: TSegment[] = [];
  const firstStart = labels[0]?.label.start ?? end;
  if (trimSpan(text, start, firstStart).end > trimSpan(text, start, firstStart).start) {
    segments.push({ part: undefined, label: undefined, contentStart: start, end: firstStart });
  }
  labels.forEach(({ label, part }, k) => {
    const next = labels[k + 1]?.label.start ?? end;
    segments.push({ part, label: { start: label.start, end: label.end }, contentStart: Math.min(label.contentStart, next), end: next });
  });
  return segments;
}

/** Merges consecutive sentences of one part into spans; a labelled part's span starts at its label. */
function partSpans(text: string, sentences: readonly TNarrativeSentence[], segments: readonly TSegment[]): TPartSpan[] {
  const spans: TPartSpan[] = [];
  for (const segment of segments) {
    if (segment.label !== undefined && segment.part !== undefined) {
      const body = trimSpan(text, segment.label.start, segment.end);
      spans.push({ start: body.start, end: body.end, part: segment.part, partSource: 'labelled', label: segment.label });
    }
  }
  let run: { start: number; end: number; part: TNarrativePart } | undefined;
  const flush = (): void => {
    if (run) spans.push({ ...run, partSource: 'inferred', label: undefined });
    run = undefined;
  };
  for (const sentence of sentences) {
    if (sentence.partSource === 'labelled') {
      flush();
      continue;
    }
    if (run && run.part === sentence.part) run.end = sentence.end;
    else {
      flush();
      run = { start: sentence.start, end: sentence.end, part: sentence.part };
    }
  }
  flush();
  return spans.sort((a, b) => a.start - b.start);
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), low), high) : low;
}
