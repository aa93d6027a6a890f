import { findPartLabel } from './ccar/find-part-label';
import { cueScoresOf, hasActionCue } from './ccar/infer-ccar-parts';
import { segmentExample } from './segment-example';
import { splitLines, trimSpan, type TLine } from './text/split-lines';
import { splitSentences } from './text/split-sentences';
import type { TTokenIndex } from './text/token-index';
import { countWords } from './text/tokenize';
import type { TExampleBoundary, TNarrativeExample, TSpan } from './types';

/** "Example 1", "Example #2 – Title", "Accomplishment 3:", "**Example B**". */
const EXAMPLE_HEADING =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:[-*•][ \t]*)?(?:\*\*|__)?[ \t]*(?:example|accomplishment|achievement|illustration)[ \t]*(?:#[ \t]*)?(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|[a-e])?(?![\p{L}\p{N}])[ \t]*(?:of[ \t]+\d+[ \t]*)?(?:\*\*|__)?[ \t]*(?:[:.)–—-]|$)/iu;

const BULLET = /^\s*[-*•▪◦·●○■□➢►]/;
/** Words an example must have before a paragraph break may end it. */
const MIN_WORDS_BEFORE_BREAK = 40;
const MAX_TITLE_WORDS = 14;
const MAX_HEADING_TITLE_WORDS = 20;

interface TCut {
  readonly at: number;
  readonly boundary: TExampleBoundary;
  readonly title: (TSpan & { readonly text: string }) | undefined;
}

/**
 * Splits an ECQ section's body into examples (POLICY.md §3: one or more examples per ECQ) at, in order of
 * trust: "Example 1"/"Accomplishment" lines; short title lines standing alone before prose; a Challenge or
 * Context label after a labelled Action or Result; and, in unlabelled prose, a blank line where one
 * paragraph closes on a result and the next opens on a challenge or context, once the story so far has at
 * least {@link MIN_WORDS_BEFORE_BREAK} words and states an action.
 */
export function splitExamples(text: string, body: TSpan, tokens?: TTokenIndex): TNarrativeExample[] {
  const lines = splitLines(text, body.start, body.end);
  const nonBlank = lines.filter((l) => !l.isBlank);
  if (nonBlank.length === 0) return [];
  const cuts: TCut[] = [];
  const titledLines = new Set<number>();

  const nextNonBlank: (number | undefined)[] = new Array<number | undefined>(lines.length);
  for (let i = lines.length - 1, next: number | undefined; i >= 0; i--) {
    nextNonBlank[i] = next;
    if (!lines[i]!.isBlank) next = i;
  }

  lines.forEach((line, i) => {
    if (line.isBlank) return;
    const heading = EXAMPLE_HEADING.exec(line.text);
    if (!heading) return;
    const trimmed = trimSpan(text, line.start, line.end);
    let titleEnd = countWords(text, trimmed.start, trimmed.end) <= MAX_HEADING_TITLE_WORDS
      ? trimmed.end
      : trimSpan(text, line.start, line.start + heading[0].length).end;
    // "Example 1" alone on its line, then "Modernizing Claims Intake" on the next: the title spans both.
    const next = nextNonBlank[i];
    if (line.text.trim().length === heading[0].trim().length && next !== undefined && looksLikeTitle(lines[next]!)) {
      titleEnd = trimSpan(text, lines[next]!.start, lines[next]!.end).end;
      titledLines.add(next);
    }
    cuts.push({ at: trimmed.start, boundary: 'example-heading', title: titleOf(text, trimmed.start, titleEnd) });
    titledLines.add(i);
  });

  lines.forEach((line, i) => {
    if (titledLines.has(i) || !isTitleLine(lines, i, nextNonBlank[i])) return;
    const previous = previousNonBlank(lines, i);
    if (previous !== undefined && titledLines.has(previous)) return;
    const trimmed = trimSpan(text, line.start, line.end);
    cuts.push({ at: trimmed.start, boundary: 'title', title: titleOf(text, trimmed.start, trimmed.end) });
    titledLines.add(i);
  });

  cuts.sort((a, b) => a.at - b.at);
  const first = nonBlank[0]!;
  const firstStart = trimSpan(text, first.start, first.end).start;
  if (cuts.length === 0 || cuts[0]!.at > firstStart) cuts.unshift({ at: firstStart, boundary: 'section-start', title: undefined });

  const chunks: TCut[] = [];
  let lineIndex = 0;
  cuts.forEach((cut, k) => {
    const end = cuts[k + 1]?.at ?? body.end;
    const inside: TLine[] = [];
    while (lineIndex < lines.length && lines[lineIndex]!.start < end) {
      const line = lines[lineIndex++]!;
      if (line.start >= cut.at && (cut.title === undefined || line.start >= cut.title.end)) inside.push(line);
    }
    chunks.push(cut, ...innerCuts(text, inside, cut, tokens));
  });
  const examples: TNarrativeExample[] = [];
  chunks.forEach((cut, k) => {
    const span = trimSpan(text, cut.at, chunks[k + 1]?.at ?? body.end);
    if (span.end <= span.start) return;
    examples.push(
      segmentExample(text, span, {
        index: examples.length,
        boundary: cut.boundary,
        ...(tokens === undefined ? {} : { tokens }),
        ...(cut.title === undefined ? {} : { title: cut.title }),
      }),
    );
  });
  return examples;
}

/** Cuts inside one chunk: at labels that restart the CCAR sequence, else at paragraph breaks. */
function innerCuts(text: string, inside: readonly TLine[], chunk: TCut, tokens: TTokenIndex | undefined): TCut[] {
  const cuts: TCut[] = [];
  let hasLabels = false;
  let seenLater = false;
  for (const line of inside) {
    const label = findPartLabel(line);
    if (!label) continue;
    hasLabels = true;
    const opens = label.part === 'challenge' || label.part === 'context' || label.part === 'c';
    if (opens && seenLater) {
      cuts.push({ at: label.start, boundary: 'ccar-label', title: undefined });
      seenLater = false;
    }
    if (label.part === 'action' || label.part === 'result' || label.part === 'verification') seenLater = true;
  }
  if (hasLabels) return cuts;
  return paragraphCuts(text, inside, chunk.title?.end ?? chunk.at, tokens);
}

function paragraphCuts(text: string, lines: readonly TLine[], from: number, tokens: TTokenIndex | undefined): TCut[] {
  const paragraphs: TSpan[] = [];
  let open: { start: number; end: number } | undefined;
  for (const line of lines) {
    if (line.isBlank) {
      if (open) paragraphs.push(open);
      open = undefined;
    } else if (open) open.end = line.end;
    else open = { start: line.start, end: line.end };
  }
  if (open) paragraphs.push(open);
  const cuts: TCut[] = [];
  let wordsSoFar = paragraphs.length > 0 ? countWords(text, from, paragraphs[0]!.start) : 0;
  let hasAction = false;
  for (let k = 1; k < paragraphs.length; k++) {
    const previous = paragraphs[k - 1]!;
    const current = paragraphs[k]!;
    wordsSoFar += countWords(text, previous.start, previous.end);
    hasAction = hasAction || hasActionCue(text, previous);
    // A story is told before the next begins: enough words, and at least one action stated.
    if (wordsSoFar < MIN_WORDS_BEFORE_BREAK || !hasAction) continue;
    const last = splitSentences(text, previous.start, previous.end).at(-1);
    const next = splitSentences(text, current.start, current.end)[0];
    if (!last || !next) continue;
    const closing = cueScoresOf(text, last, tokens);
    const opening = cueScoresOf(text, next, tokens);
    const closesOnResult = closing.result >= 2 && closing.result >= Math.max(closing.challenge, closing.context);
    const opensOnSituation =
      Math.max(opening.challenge, opening.context) >= 1 && Math.max(opening.challenge, opening.context) > Math.max(opening.action, opening.result);
    if (closesOnResult && opensOnSituation) {
      const at = trimSpan(text, current.start, current.end).start;
      cuts.push({ at, boundary: 'paragraph', title: undefined });
      wordsSoFar = 0;
      hasAction = false;
    }
  }
  return cuts;
}

/** Short, capitalised, without closing punctuation, not a bullet or a CCAR label. */
function looksLikeTitle(line: TLine): boolean {
  const trimmed = line.text.trim();
  if (trimmed.length === 0 || BULLET.test(line.text) || findPartLabel(line)) return false;
  if (/[.!?,;:]["'”’)]*$/.test(trimmed.replace(/(?:\*\*|__)$/, ''))) return false;
  if (!/^[\p{Lu}\p{N}*_#("“]/u.test(trimmed)) return false;
  const words = countWords(trimmed);
  return words >= 2 && words <= MAX_TITLE_WORDS;
}

/** A title-like line standing alone (blank line or body start before it) before prose or a label. */
function isTitleLine(lines: readonly TLine[], i: number, nextIndex: number | undefined): boolean {
  const line = lines[i]!;
  if (!looksLikeTitle(line)) return false;
  const trimmed = line.text.trim();
  const words = countWords(trimmed);
  const before = lines[i - 1];
  if (before !== undefined && !before.isBlank) return false;
  const next = nextIndex === undefined ? undefined : lines[nextIndex];
  if (!next) return false;
  if (findPartLabel(next) === undefined && countWords(next.text) < 12) return false;
  // A wrapped line of prose is as long as the next one and mostly lower case; a title is short or Title Case.
  const long = trimmed.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised * 2 >= long.length || (words <= 8 && trimmed.length <= 0.6 * next.text.trim().length);
}

function previousNonBlank(lines: readonly TLine[], i: number): number | undefined {
  for (let k = i - 1; k >= 0; k--) if (!lines[k]!.isBlank) return k;
  return undefined;
}

function titleOf(text: string, start: number, end: number): TSpan & { readonly text: string } {
  return { start, end, text: text.slice(start, end) };
}
