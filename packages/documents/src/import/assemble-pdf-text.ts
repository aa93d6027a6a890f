/** One run of text on a PDF page, in PDF user space (points, y upwards from the page's bottom). */
export interface TPdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

export interface TPdfPageText {
  /** The page box, in points. */
  readonly left: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly TPdfTextItem[];
}

export interface TAssembledPdfText {
  readonly text: string;
  /** Running headers and footers left out (page numbers, a line repeated at the top of every page). */
  readonly droppedLines: number;
}

interface TPdfLine {
  readonly page: number;
  text: string;
  readonly x: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
}

/** Lines this close to a page's top or bottom edge (share of its height), and set apart from the body by a gap, may be running headers or footers. */
const EDGE_ZONE = 0.2;
/** How many lines at each end of a page are header or footer candidates. */
const EDGE_LINES = 2;
/** Items whose baselines differ by less than this share of the font size sit on one line (superscripts do). */
const SAME_LINE = 0.45;
/** A horizontal gap wider than this many ems is a tab stop or a table column, written as a tab. */
const TAB_GAP = 2;
/** A gap narrower than this share of an em joins two items without a space. */
const WORD_GAP = 0.15;
/** A vertical step this many times the usual line pitch opens a new paragraph. */
const PARAGRAPH_GAP = 1.4;

const BULLET = /^[•▪◦·●○■□➢►\uf0a7\uf0b7\uf076\uf0d8\uf0fc](?:\s+|(?=\S))|^[-–](?:\s+)/u;
const NUMBERED = /^\(?(?:\d{1,2}|[a-z])[.)]\s/;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;
const PAGE_LABEL = /^page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/**
 * Rebuilds reading text from PDF text runs (issue 4 part 2). Runs are joined into lines by their baselines
 * (left to right, a space where there is a word gap, a tab where there is a column gap); running headers and
 * footers — the one or two lines at a page's top or bottom edge set apart from the body by a gap — are
 * dropped when they are a page number ("Page 3 of 10", "3", "- 3 -") or repeat on every page (the
 * candidate's name), all pages but one counting as every page; lines are joined into paragraphs, one line each, with a blank line between paragraphs and none
 * between list items. A paragraph ends at a bullet or numbered item, a vertical gap, a change of font size,
 * a first-line indent, or a line that stops short although the next line's first word would have fitted.
 * Pure; single-column text is the shape it reads well.
 */
export function assemblePdfText(pages: readonly TPdfPageText[]): TAssembledPdfText {
  const byPage = pages.map((page, index) => buildLines(page, index));
  const kept = dropRunningLines(pages, byPage);
  const dropped = byPage.reduce((n, lines) => n + lines.length, 0) - kept.length;
  return { text: joinParagraphs(kept, pages), droppedLines: dropped };
}

function buildLines(page: TPdfPageText, index: number): TPdfLine[] {
  const items = page.items
    .filter((i) => i.str.trim().length > 0 && [i.x, i.y, i.width, i.fontSize].every(Number.isFinite))
    .map((i) => ({ ...i, fontSize: Math.max(1, Math.abs(i.fontSize)), width: Math.max(0, i.width) }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const clusters: { y: number; size: number; items: TPdfTextItem[] }[] = [];
  for (const item of items) {
    const last = clusters[clusters.length - 1];
    if (last && Math.abs(item.y - last.y) <= SAME_LINE * Math.max(last.size, item.fontSize)) {
      last.items.push(item);
      if (item.fontSize > last.size) {
        last.size = item.fontSize;
        last.y = item.y;
      }
    } else {
      clusters.push({ y: item.y, size: item.fontSize, items: [item] });
    }
  }
  return clusters.map((cluster) => {
    const runs = cluster.items.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const run of runs) {
      const gap = run.x - end;
      if (text.length > 0) {
        if (gap > TAB_GAP * cluster.size) text = `${text.trimEnd()}\t`;
        else if (gap > WORD_GAP * cluster.size && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
      }
      text += run.str;
      end = Math.max(end, run.x + run.width);
    }
    const first = runs[0]!;
    return {
      page: index,
      text: text.split('\t').map((cell) => cell.replace(/ {2,}/g, ' ').trim()).join('\t').trim(),
      x: first.x,
      right: end,
      y: cluster.y,
      size: cluster.size,
    };
  });
}

/** Drops page numbers and lines repeated at the same end of (nearly) every page. */
function dropRunningLines(pages: readonly TPdfPageText[], byPage: readonly TPdfLine[][]): TPdfLine[] {
  const pitch = usualPitch(byPage.flat());
  const candidates = byPage.map((lines, p) => {
    const page = pages[p]!;
    const isTop = (l: TPdfLine): boolean => l.y >= page.bottom + page.height * (1 - EDGE_ZONE);
    const isBottom = (l: TPdfLine): boolean => l.y <= page.bottom + page.height * EDGE_ZONE;
    const top = edgeBlock(lines, pitch).filter(isTop);
    const bottom = edgeBlock([...lines].reverse(), pitch).filter(isBottom);
    return new Set([...top, ...bottom]);
  });
  const seenOn = new Map<string, number>();
  for (const set of candidates) {
    for (const key of new Set([...set].map(keyOf))) seenOn.set(key, (seenOn.get(key) ?? 0) + 1);
  }
  const everyPage = Math.max(2, pages.length - 1);
  return byPage.flatMap((lines, p) =>
    lines.filter((line) => {
      if (!candidates[p]!.has(line)) return true;
      return !isPageNumber(line.text) && (seenOn.get(keyOf(line)) ?? 0) < everyPage;
    }),
  );
}

/**
 * The first lines of a page (at most {@link EDGE_LINES}, in `lines` order) that stand apart from the lines
 * after them by a gap wider than {@link PARAGRAPH_GAP} line pitches, as headers and footers sit in the
 * margin: a body line that merely happens to open every page is never a candidate, nor is a page's only text.
 */
function edgeBlock(lines: readonly TPdfLine[], pitch: number): TPdfLine[] {
  for (let k = 1; k <= EDGE_LINES && k < lines.length; k++) {
    if (Math.abs(lines[k - 1]!.y - lines[k]!.y) > PARAGRAPH_GAP * pitch) return lines.slice(0, k);
  }
  return [];
}

function keyOf(line: TPdfLine): string {
  return line.text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function isPageNumber(text: string): boolean {
  const cells = text.split('\t').map((c) => c.trim()).filter((c) => c.length > 0);
  if (cells.length === 1) return PAGE_NUMBER.test(cells[0]!);
  return cells.some((c) => PAGE_LABEL.test(c));
}

function joinParagraphs(lines: readonly TPdfLine[], pages: readonly TPdfPageText[]): string {
  if (lines.length === 0) return '';
  const pitch = usualPitch(lines);
  const left = usualLeft(lines);
  const right = rightEdge(lines, pages, left);
  const out: string[] = [];
  let paragraph = '';
  let isItem = false;
  let previous: TPdfLine | undefined;
  const close = (separator: string): void => {
    if (paragraph.length > 0) out.push(paragraph, separator);
    paragraph = '';
  };
  for (const line of lines) {
    const text = line.text.replace(BULLET, '• ');
    const opensItem = text.startsWith('• ') || NUMBERED.test(text);
    if (previous === undefined) {
      paragraph = text;
      isItem = opensItem;
      previous = line;
      continue;
    }
    const isGap = line.page === previous.page && previous.y - line.y > PARAGRAPH_GAP * pitch;
    const breaks =
      opensItem ||
      isGap ||
      Math.abs(line.size - previous.size) > 0.15 * previous.size ||
      (!isItem && line.x > left + line.size && Math.abs(previous.x - left) < line.size) ||
      stopsShort(previous, line, right);
    if (breaks) {
      close(opensItem && isItem && !isGap ? '\n' : '\n\n');
      paragraph = text;
      isItem = opensItem;
    } else {
      paragraph = isHyphenated(paragraph) ? paragraph + text : `${paragraph} ${text}`;
    }
    previous = line;
  }
  close('');
  return out.join('').trimEnd();
}

/** Ends in a letter and a hyphen ("decision-"): the next line continues the word. */
function isHyphenated(text: string): boolean {
  return text.endsWith('-') && /\p{L}/u.test(text.charAt(text.length - 2));
}

/**
 * The line ends well before the margin although the next line's first word would have fitted: a deliberate
 * break. The word's width is estimated from the next line's average character width, so it must fit with
 * half its width and half an em to spare before the break counts (wide letters would otherwise fool it).
 */
function stopsShort(line: TPdfLine, next: TPdfLine, right: number): boolean {
  const firstWord = next.text.split(/\s/, 1)[0] ?? '';
  const perChar = next.text.length > 0 ? (next.right - next.x) / next.text.length : next.size / 2;
  const wordWidth = firstWord.length * perChar;
  return right - line.right > 1.5 * wordWidth + 0.5 * line.size;
}

/**
 * Where full lines end: the furthest right a left-aligned line reaches, unless no line gets even halfway
 * across the text block (a page of headings and short items), when the right margin is taken to mirror the
 * left one.
 */
function rightEdge(lines: readonly TPdfLine[], pages: readonly TPdfPageText[], left: number): number {
  let observed = 0;
  for (const l of lines) if (Math.abs(l.x - left) < 2) observed = Math.max(observed, l.right);
  const page = pages[lines[0]!.page]!;
  const mirrored = page.left + page.width - (left - page.left);
  return observed - left >= 0.5 * (mirrored - left) ? observed : mirrored;
}

/** The median baseline step between consecutive lines of one page with the same font size. */
function usualPitch(lines: readonly TPdfLine[]): number {
  const steps: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1]!;
    const b = lines[k]!;
    const step = a.y - b.y;
    if (a.page === b.page && Math.abs(a.size - b.size) < 0.5 && step > 0 && step < 3 * a.size) steps.push(step);
  }
  if (steps.length === 0) return 1.2 * (lines[0]?.size ?? 12);
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)]!;
}

/** The most common left edge: where body lines start. */
function usualLeft(lines: readonly TPdfLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.x), (counts.get(Math.round(l.x)) ?? 0) + 1);
  let best = Math.round(lines[0]!.x);
  for (const [x, n] of counts) if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && x < best)) best = x;
  return best;
}
