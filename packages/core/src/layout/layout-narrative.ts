import { AppError } from '../errors/app-error';
import type { TPageMeasureRequest } from '../narrative/measure-pages';
import { splitLines } from '../narrative/text/split-lines';
import { widthUnits, type TLayoutFont } from './measure-text';
import {
  ASCENT_EM,
  assertPageSetup,
  DEFAULT_PAGE_SETUP,
  describePageSetup,
  linesPerPage,
  MARGIN_TEXT_SIZE,
  type TPageSetup,
} from './page-setup';
import { encodeWinAnsi, toWinAnsi } from './to-win-ansi';

/** One line of body text as drawn: WinAnsi text at a baseline, and the source it shows. */
export interface TLayoutLine {
  /** The text drawn, in WinAnsi (see `toWinAnsi`): words joined by single spaces; '' for a blank line. */
  readonly text: string;
  /** Left end of the baseline, in PDF points from the bottom-left corner of the page. */
  readonly x: number;
  readonly y: number;
  /** Advance width in points. */
  readonly width: number;
  readonly font: TLayoutFont;
  /** `text[start, end)` of the source is what the line shows (a blank line: its source line, maybe empty). */
  readonly start: number;
  readonly end: number;
}

/** The candidate's name (top margin) or the page number (bottom margin); neither takes a body line. */
export interface TLayoutMarginText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly font: TLayoutFont;
  readonly size: number;
}

export interface TLayoutPage {
  /** From 1. */
  readonly number: number;
  readonly lines: readonly TLayoutLine[];
  /** The candidate's name, right-aligned in the top margin; undefined without a name. */
  readonly header: TLayoutMarginText | undefined;
  /** "Page N of M", centred in the bottom margin. */
  readonly footer: TLayoutMarginText;
}

/** Where an ECQ section of the request fell. */
export interface TLayoutSection {
  readonly index: number;
  readonly ecqCode: string | undefined;
  /** Pages (from 1) of its first and last lines; for a section with no line, the page where it would start. */
  readonly firstPage: number;
  readonly lastPage: number;
  /** Body lines whose source starts inside the section, blank lines included. */
  readonly lines: number;
  /** `lines / linesPerPage`, rounded to 2 decimals. */
  readonly pages: number;
}

export interface TNarrativeLayout {
  readonly setup: TPageSetup;
  /** How the text was laid out, e.g. "US Letter (8.5 × 11 in), 1-inch margins, Times 12 pt, 13.8 pt leading". */
  readonly basis: string;
  readonly linesPerPage: number;
  readonly pageCount: number;
  readonly pages: readonly TLayoutPage[];
  readonly sections: readonly TLayoutSection[];
}

export interface TLayoutNarrativeOptions {
  /** The page and type; {@link DEFAULT_PAGE_SETUP} (POLICY.md §3) by default. */
  readonly page?: TPageSetup | undefined;
  /** Shown in the top margin of every page when given. */
  readonly candidateName?: string | undefined;
}

/** A line before pagination: width in thousandths of an em. */
interface TDraftLine {
  readonly text: string;
  readonly units: number;
  readonly font: TLayoutFont;
  readonly start: number;
  readonly end: number;
  /** A heading line, or a blank line right after one: stays on the page of the line that follows. */
  readonly keepWithNext: boolean;
}

/** A word or a run of a long word, in thousandths of an em. */
interface TRun {
  text: string;
  units: number;
  start: number;
  end: number;
}

/** Space between words in both faces (AFM width of "space"), thousandths of an em. */
const SPACE_UNITS = widthUnits(' ', 'regular');
/** Widths are sums of whole thousandths; this only absorbs rounding in setups whose box is not a whole number of them. */
const FIT_TOLERANCE = 1e-6;

/**
 * Lays an ECQ narrative out as the QRB reads it (POLICY.md §3: at most 10 pages, about 2 per ECQ, typically
 * 12-point font and 1-inch margins), so page limits are checked on real pages and the PDF export draws
 * exactly these lines. Rules:
 * - each source line is a paragraph; a blank source line is one empty line, except blank lines before the
 *   first and after the last paragraph, which are dropped;
 * - the first line of every section with an ECQ (the heading found by segmentation) is set in bold and kept
 *   on one page with the line after it (blank lines after a heading stay with it too);
 * - greedy word wrapping at spaces by the standard Times AFM widths, without kerning (as PDF `Tj` draws);
 *   a word wider than the line is broken between characters; runs of spaces and tabs count as one space;
 *   leading and trailing spaces of a paragraph are dropped;
 * - text is drawn in WinAnsi (`toWinAnsi`): characters the standard fonts lack are measured and drawn as "?".
 * Pure, synchronous and linear in the text (plus sorting the sections); works from the request alone.
 * @throws AppError `VALIDATION_FAILED` when `text` is not a string or the page setup is invalid.
 */
export function layoutNarrative(request: TPageMeasureRequest, options: TLayoutNarrativeOptions = {}): TNarrativeLayout {
  const setup = options.page ?? DEFAULT_PAGE_SETUP;
  assertPageSetup(setup);
  const { text } = request;
  if (typeof text !== 'string') throw new AppError('VALIDATION_FAILED', 'text must be a string', { field: 'text' });
  const sections = Array.isArray(request.sections) ? request.sections : [];
  const perPage = linesPerPage(setup);
  const maxUnits = ((setup.width - setup.margins.left - setup.margins.right) * 1000) / setup.fontSize;

  const headingStarts = sections
    .filter((s) => s.ecqCode !== undefined && Number.isFinite(s.start))
    .map((s) => s.start)
    .sort((a, b) => a - b);
  const drafts = breakIntoLines(text, { headingStarts, maxUnits });
  const bodyPages = paginate(drafts, setup);
  const pageCount = bodyPages.length;
  const header = headerFor(options.candidateName, setup);
  const pages = bodyPages.map((lines, k): TLayoutPage => ({
    number: k + 1,
    lines,
    header,
    footer: footerFor({ number: k + 1, pageCount }, setup),
  }));

  const lineStarts: number[] = [];
  const linePages: number[] = [];
  for (const page of pages) {
    for (const line of page.lines) {
      lineStarts.push(line.start);
      linePages.push(page.number);
    }
  }
  return {
    setup,
    basis: describePageSetup(setup),
    linesPerPage: perPage,
    pageCount,
    pages,
    sections: sections.map((section): TLayoutSection => {
      const from = firstAtOrAfter(lineStarts, section.start);
      const to = Math.max(from, firstAtOrAfter(lineStarts, section.end));
      const lines = to - from;
      const firstPage = linePages[from] ?? pageCount;
      return {
        index: section.index,
        ecqCode: section.ecqCode,
        firstPage,
        lastPage: lines > 0 ? (linePages[to - 1] ?? firstPage) : firstPage,
        lines,
        pages: Math.round((lines / perPage) * 100) / 100,
      };
    }),
  };
}

/** Index of the first line starting at or after `offset` (lines are in source order). */
function firstAtOrAfter(lineStarts: readonly number[], offset: number): number {
  if (Number.isNaN(offset)) return lineStarts.length;
  let lo = 0;
  let hi = lineStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lineStarts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every paragraph broken into lines of at most `maxUnits`, in source order; headings (by their sorted starts) bold. */
function breakIntoLines(text: string, { headingStarts, maxUnits }: { headingStarts: readonly number[]; maxUnits: number }): TDraftLine[] {
  const paragraphs = splitLines(text);
  // Blank lines before the first paragraph and after the last one are not part of the narrative (as in the Word export).
  let first = 0;
  let last = paragraphs.length - 1;
  while (first <= last && paragraphs[first]!.isBlank) first++;
  while (last >= first && paragraphs[last]!.isBlank) last--;
  const drafts: TDraftLine[] = [];
  let h = 0;
  let isAfterHeading = false;
  for (let k = first; k <= last; k++) {
    const paragraph = paragraphs[k]!;
    while (h < headingStarts.length && headingStarts[h]! < paragraph.start) h++;
    const isHeading = !paragraph.isBlank && h < headingStarts.length && headingStarts[h]! < paragraph.end;
    const before = drafts.length;
    const font = isHeading ? 'bold' : 'regular';
    const emit = (run: TRun): void => {
      drafts.push({ text: run.text, units: run.units, font, start: run.start, end: run.end, keepWithNext: isHeading });
    };
    breakParagraph({ text, font, maxUnits, emit }, paragraph);
    if (drafts.length === before) {
      drafts.push({ text: '', units: 0, font: 'regular', start: paragraph.start, end: paragraph.end, keepWithNext: isAfterHeading });
    } else {
      isAfterHeading = isHeading;
    }
  }
  return drafts;
}

/** What breaking a paragraph needs: the source, the face, the width of a line, and where finished lines go. */
interface TLineBreaker {
  readonly text: string;
  readonly font: TLayoutFont;
  readonly maxUnits: number;
  readonly emit: (run: TRun) => void;
}

/** Greedy word wrapping of one paragraph, `text[span.start, span.end)`. */
function breakParagraph(breaker: TLineBreaker, span: { readonly start: number; readonly end: number }): void {
  const { text, font, maxUnits, emit } = breaker;
  let line: TRun | undefined;
  let word: TRun | undefined;
  const place = (w: TRun): void => {
    if (line && line.units + SPACE_UNITS + w.units <= maxUnits + FIT_TOLERANCE) {
      line.text += ` ${w.text}`;
      line.units += SPACE_UNITS + w.units;
      line.end = w.end;
      return;
    }
    if (line) emit(line);
    line = w.units <= maxUnits + FIT_TOLERANCE ? w : breakLongWord(breaker, w);
  };
  encodeWinAnsi(
    { text, start: span.start, end: span.end },
    {
      add: (chars, start, end) => {
        if (chars === ' ') {
          if (word) place(word);
          word = undefined;
        } else if (chars === '') {
          if (word) word.end = end;
        } else if (word) {
          word.text += chars;
          word.units += widthUnits(chars, font);
          word.end = end;
        } else {
          word = { text: chars, units: widthUnits(chars, font), start, end };
        }
      },
      compose: (char, start, end) => {
        if (!word) {
          word = { text: char, units: widthUnits(char, font), start, end };
          return;
        }
        word.units += widthUnits(char, font) - widthUnits(word.text.slice(-1), font);
        word.text = word.text.slice(0, -1) + char;
        word.end = end;
      },
    },
  );
  if (word) place(word);
  if (line) emit(line);
}

/**
 * A word wider than the line, broken between characters: full lines are emitted, the rest is returned to
 * start the next line. The word is re-read character by character (each character once).
 */
function breakLongWord(breaker: TLineBreaker, word: TRun): TRun {
  const { text, font, maxUnits, emit } = breaker;
  const chars: TRun[] = [];
  encodeWinAnsi(
    { text, start: word.start, end: word.end },
    {
      add: (out, start, end) => {
        const last = chars.at(-1);
        if (out === '' || out === ' ') {
          if (last) last.end = end;
        } else {
          chars.push({ text: out, units: widthUnits(out, font), start, end });
        }
      },
      compose: (out, start, end) => {
        const last = chars.at(-1);
        if (!last) {
          chars.push({ text: out, units: widthUnits(out, font), start, end });
          return;
        }
        last.text = last.text.slice(0, -1) + out;
        last.units = widthUnits(last.text, font);
        last.end = end;
      },
    },
  );
  let run: TRun | undefined;
  for (const char of chars) {
    if (run && run.units + char.units > maxUnits + FIT_TOLERANCE) {
      emit(run);
      run = undefined;
    }
    if (run) {
      run.text += char.text;
      run.units += char.units;
      run.end = char.end;
    } else {
      run = { ...char };
    }
  }
  return run ?? word;
}

/** Lines onto pages, as many as fit, a heading moved to the next page rather than left at the bottom. */
function paginate(drafts: readonly TDraftLine[], setup: TPageSetup): TLayoutLine[][] {
  const perPage = linesPerPage(setup);
  // chain[i]: lines from i that must share a page (a heading, the blank lines after it, and its next line).
  const chain = new Array<number>(drafts.length);
  for (let i = drafts.length - 1; i >= 0; i--) chain[i] = drafts[i]!.keepWithNext ? 1 + (chain[i + 1] ?? 0) : 1;
  const top = setup.height - setup.margins.top - ASCENT_EM * setup.fontSize;
  const pages: TLayoutLine[][] = [[]];
  let slot = 0;
  drafts.forEach((draft, i) => {
    const opensChain = draft.keepWithNext && drafts[i - 1]?.keepWithNext !== true;
    const need = chain[i] ?? 1;
    if (slot === perPage || (opensChain && slot > 0 && slot + need > perPage && need <= perPage)) {
      pages.push([]);
      slot = 0;
    }
    pages.at(-1)!.push({
      text: draft.text,
      x: setup.margins.left,
      y: round(top - slot * setup.leading),
      width: round((draft.units * setup.fontSize) / 1000),
      font: draft.font,
      start: draft.start,
      end: draft.end,
    });
    slot++;
  });
  return pages;
}

/** The candidate's name right-aligned in the top margin, shortened with "…" if wider than the text box. */
function headerFor(candidateName: string | undefined, setup: TPageSetup): TLayoutMarginText | undefined {
  const name = toWinAnsi(candidateName ?? '').replace(/ +/g, ' ').trim();
  if (name === '') return undefined;
  const maxUnits = ((setup.width - setup.margins.left - setup.margins.right) * 1000) / MARGIN_TEXT_SIZE;
  let shown = name;
  if (widthUnits(shown, 'regular') > maxUnits) {
    const ellipsis = widthUnits('\u2026', 'regular');
    let units = 0;
    let cut = 0;
    while (cut < name.length && units + widthUnits(name[cut]!, 'regular') + ellipsis <= maxUnits) units += widthUnits(name[cut++]!, 'regular');
    shown = `${name.slice(0, cut).trimEnd()}\u2026`;
  }
  const width = (widthUnits(shown, 'regular') * MARGIN_TEXT_SIZE) / 1000;
  return {
    text: shown,
    x: round(setup.width - setup.margins.right - width),
    y: round(setup.height - setup.margins.top / 2 - MARGIN_TEXT_SIZE / 3),
    width: round(width),
    font: 'regular',
    size: MARGIN_TEXT_SIZE,
  };
}

/** "Page N of M" centred in the bottom margin. */
function footerFor({ number, pageCount }: { number: number; pageCount: number }, setup: TPageSetup): TLayoutMarginText {
  const text = `Page ${number} of ${pageCount}`;
  const width = (widthUnits(text, 'regular') * MARGIN_TEXT_SIZE) / 1000;
  const boxWidth = setup.width - setup.margins.left - setup.margins.right;
  return {
    text,
    x: round(setup.margins.left + (boxWidth - width) / 2),
    y: round(setup.margins.bottom / 2 - MARGIN_TEXT_SIZE / 3),
    width: round(width),
    font: 'regular',
    size: MARGIN_TEXT_SIZE,
  };
}

/** Positions to a thousandth of a point, so the PDF's numbers stay short and stable. */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
