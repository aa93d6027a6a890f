import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/app-error';
import type { TPageSection } from '../narrative/measure-pages';
import { layoutNarrative, type TLayoutLine, type TNarrativeLayout } from './layout-narrative';
import { measureTextWidth } from './measure-text';
import { DEFAULT_PAGE_SETUP, linesPerPage } from './page-setup';
import { ecqPackage, measureRequestFor } from './testing/ecq-package';
import { toWinAnsi } from './to-win-ansi';

const TEXT_WIDTH = 468;
const FIRST_BASELINE = 792 - 72 - 0.891 * 12;

function layout(text: string, sections: readonly TPageSection[] = []): TNarrativeLayout {
  return layoutNarrative({ text, sections });
}

function lines(result: TNarrativeLayout): TLayoutLine[] {
  return result.pages.flatMap((p) => p.lines);
}

/** `count` one-line paragraphs "Line 1", "Line 2"… */
function filler(count: number): string {
  return Array.from({ length: count }, (_, k) => `Line ${k + 1}`).join('\n');
}

describe('layoutNarrative', () => {
  it('lays out US Letter with 1-inch margins, Times 12 pt and 13.8 pt leading: 46 lines a page', () => {
    const result = layout('');
    expect(result.linesPerPage).toBe(46);
    expect(linesPerPage(DEFAULT_PAGE_SETUP)).toBe(46);
    expect(result.basis).toBe('US Letter (8.5 × 11 in), 1-inch margins, Times 12 pt, 13.8 pt leading');
  });

  it('gives empty text one empty page', () => {
    const result = layout('');
    expect(result.pageCount).toBe(1);
    expect(result.pages[0]!.lines).toEqual([]);
    expect(result.pages[0]!.footer.text).toBe('Page 1 of 1');
    expect(result.pages[0]!.header).toBeUndefined();
  });

  it('sets one word at the top left of the text box, with its offsets and width', () => {
    const result = layout('  Leadership  ');
    expect(result.pageCount).toBe(1);
    expect(result.pages[0]!.lines).toEqual([
      { text: 'Leadership', x: 72, y: Math.round(FIRST_BASELINE * 1000) / 1000, width: measureTextWidth('Leadership', 'regular', 12), font: 'regular', start: 2, end: 12 },
    ]);
  });

  it('fills a line exactly to the margin and wraps one glyph more', () => {
    // "n" is 500/1000 em and "." and the space 250: 38 n + space + 39 n + "." = 39,000/1000 em = 468 pt at 12 pt.
    const exact = `${'n'.repeat(38)} ${'n'.repeat(39)}.`;
    expect(measureTextWidth(exact, 'regular', 12)).toBe(TEXT_WIDTH);
    expect(lines(layout(exact)).map((l) => l.text)).toEqual([exact]);
    expect(lines(layout(exact))[0]!.width).toBe(TEXT_WIDTH);
    const over = `${exact}.`;
    expect(lines(layout(over)).map((l) => l.text)).toEqual(['n'.repeat(38), `${'n'.repeat(39)}..`]);
  });

  it('breaks a word longer than a line between characters, and goes on after it on the same line', () => {
    const word = 'n'.repeat(100);
    const result = lines(layout(`${word} end`));
    expect(result.map((l) => [l.text, l.start, l.end])).toEqual([
      ['n'.repeat(78), 0, 78],
      [`${'n'.repeat(22)} end`, 78, 104],
    ]);
    expect(result[0]!.width).toBe(TEXT_WIDTH);
    // A long word after other words starts on a line of its own.
    expect(lines(layout(`start ${word}`)).map((l) => l.text)).toEqual(['start', 'n'.repeat(78), 'n'.repeat(22)]);
  });

  it('keeps paragraphs as in the source: a blank line is one empty line; blank lines around the text are dropped', () => {
    expect(lines(layout('First.\n\nSecond.')).map((l) => [l.text, l.start, l.end])).toEqual([
      ['First.', 0, 6],
      ['', 7, 7],
      ['Second.', 8, 15],
    ]);
    expect(lines(layout('A\n\n\n\nB')).map((l) => l.text)).toEqual(['A', '', '', '', 'B']);
    expect(lines(layout('A\r\nB\rC\u2029D\n')).map((l) => l.text)).toEqual(['A', 'B', 'C', 'D']);
    expect(lines(layout('A\n   \nB')).map((l) => [l.text, l.start, l.end])).toEqual([['A', 0, 1], ['', 2, 5], ['B', 6, 7]]);
    expect(lines(layout('\n \n\nA\n\nB\n\n\t\n')).map((l) => [l.text, l.start, l.end])).toEqual([['A', 4, 5], ['', 6, 6], ['B', 7, 8]]);
    expect(layout('\n\n  \n').pages[0]!.lines).toEqual([]);
  });

  it('steps baselines by the leading and starts a new page after 46 lines', () => {
    const result = layout(filler(47));
    expect(result.pageCount).toBe(2);
    const first = result.pages[0]!.lines;
    expect(first).toHaveLength(46);
    expect(first[1]!.y - first[0]!.y).toBeCloseTo(-13.8, 6);
    expect(result.pages[1]!.lines.map((l) => [l.text, l.y])).toEqual([['Line 47', first[0]!.y]]);
    expect(result.pages.map((p) => p.footer.text)).toEqual(['Page 1 of 2', 'Page 2 of 2']);
  });

  it('normalizes tabs and unusual whitespace to one space; a no-break space stays in its word', () => {
    expect(lines(layout('\tActed\t\tfast,\u2003 then\u00a0more \u3000 ')).map((l) => [l.text, l.start, l.end])).toEqual([
      ['Acted fast, then\u00a0more', 1, 24],
    ]);
  });

  it('measures and draws text the standard fonts lack as "?", composing combining accents when it can', () => {
    const text = 'Team 🚀 cafe\u0301 中文 — ﬁne\u200b\u00ad';
    const [line] = lines(layout(text));
    expect(line!.text).toBe('Team ? café ?? — fine');
    expect(line!.text).toBe(toWinAnsi(text).trim());
    expect(line!.width).toBeCloseTo(measureTextWidth(line!.text, 'regular', 12), 6);
    expect([line!.start, line!.end]).toEqual([0, text.length]);
  });

  describe('ECQ headings', () => {
    const HEADING = 'ECQ 1: Leading Change';

    function withHeadingAfter(fillerLines: number): { text: string; sections: TPageSection[] } {
      const before = fillerLines === 0 ? '' : `${filler(fillerLines)}\n`;
      const text = `${before}${HEADING}\n\nI led the change.`;
      return { text, sections: [{ index: 0, ecqCode: 'LC', start: before.length, end: text.length }] };
    }

    it('sets a section heading in bold, and only the first line of a section with an ECQ', () => {
      const { text, sections } = withHeadingAfter(1);
      expect(lines(layoutNarrative({ text, sections })).map((l) => [l.text, l.font])).toEqual([
        ['Line 1', 'regular'],
        [HEADING, 'bold'],
        ['', 'regular'],
        ['I led the change.', 'regular'],
      ]);
      expect(lines(layoutNarrative({ text, sections: [{ ...sections[0]!, ecqCode: undefined }] })).map((l) => l.font)).not.toContain('bold');
    });

    it('measures a bold heading with Times-Bold widths', () => {
      const { text, sections } = withHeadingAfter(0);
      const heading = lines(layoutNarrative({ text, sections }))[0]!;
      expect(heading.width).toBeCloseTo(measureTextWidth(HEADING, 'bold', 12), 6);
      expect(heading.width).toBeGreaterThan(measureTextWidth(HEADING, 'regular', 12));
    });

    it('keeps a heading with the line after it: never alone at the foot of a page', () => {
      // 43 lines, then heading, blank and text fill lines 44–46: all on page 1.
      const fits = layoutNarrative(withHeadingAfter(43));
      expect(fits.pageCount).toBe(1);
      // 44 lines: heading and blank would end page 1 with the text on page 2, so the heading moves.
      const moved = layoutNarrative(withHeadingAfter(44));
      expect(moved.pages.map((p) => p.lines.length)).toEqual([44, 3]);
      expect(moved.pages[1]!.lines.map((l) => [l.text, l.font])).toEqual([[HEADING, 'bold'], ['', 'regular'], ['I led the change.', 'regular']]);
      expect(moved.pages[1]!.lines[0]!.y).toBe(moved.pages[0]!.lines[0]!.y);
      expect(moved.sections).toEqual([{ index: 0, ecqCode: 'LC', firstPage: 2, lastPage: 2, lines: 3, pages: 0.07 }]);
      // 45 lines: the heading would be the last line of the page.
      expect(layoutNarrative(withHeadingAfter(45)).pages.map((p) => p.lines.length)).toEqual([45, 3]);
      // A plain paragraph in the same place is not moved.
      const { text, sections } = withHeadingAfter(44);
      expect(layoutNarrative({ text, sections: [{ ...sections[0]!, ecqCode: undefined }] }).pages.map((p) => p.lines.length)).toEqual([46, 1]);
    });
  });

  it('reports each section\'s pages: first, last, and lines used over lines per page', () => {
    const text = ecqPackage(4);
    const request = measureRequestFor(text);
    const result = layoutNarrative(request);
    const all = lines(result);
    expect(result.sections.map((s) => s.ecqCode)).toEqual(['LC', 'LP', 'DR', 'AOS', 'BC']);
    for (const section of result.sections) {
      const span = request.sections[section.index]!;
      const mine = result.pages.flatMap((p) => p.lines.filter((l) => l.start >= span.start && l.start < span.end).map(() => p.number));
      expect(section.lines).toBe(mine.length);
      expect(section.firstPage).toBe(mine[0]);
      expect(section.lastPage).toBe(mine.at(-1));
      expect(section.pages).toBe(Math.round((mine.length / 46) * 100) / 100);
    }
    // The heading of each section is its first line, in bold.
    for (const span of request.sections) expect(all.find((l) => l.start === span.start)?.font).toBe('bold');
  });

  it('lays a five-ECQ package of about 5,000 words on roughly 9 to 12 pages, every line inside the text box', () => {
    const text = ecqPackage(4);
    const words = text.split(/\s+/).length;
    expect(words).toBeGreaterThan(4500);
    expect(words).toBeLessThan(5500);
    const result = layoutNarrative(measureRequestFor(text), { candidateName: 'Jane Q. Candidate' });
    expect(result.pageCount).toBeGreaterThanOrEqual(8);
    expect(result.pageCount).toBeLessThanOrEqual(12);
    for (const page of result.pages) {
      expect(page.lines.length).toBeLessThanOrEqual(46);
      expect(page.header?.text).toBe('Jane Q. Candidate');
      expect(page.footer.text).toBe(`Page ${page.number} of ${result.pageCount}`);
      for (const line of page.lines) {
        expect(line.width).toBeLessThanOrEqual(TEXT_WIDTH);
        expect(line.y - 0.216 * 12).toBeGreaterThanOrEqual(72);
      }
    }
    // Greedy: no line could have taken the next line's first word.
    const all = lines(result);
    all.forEach((line, k) => {
      const next = all[k + 1];
      if (!next || line.text === '' || next.text === '' || next.font !== line.font) return;
      if (text.slice(line.end, next.start).includes('\n')) return;
      const nextWord = next.text.split(' ')[0]!;
      expect(line.width + measureTextWidth(` ${nextWord}`, line.font, 12)).toBeGreaterThan(TEXT_WIDTH);
    });
  });

  it('puts the candidate name right-aligned in the top margin and the page number centred in the bottom margin', () => {
    const page = layoutNarrative({ text: 'Text.', sections: [] }, { candidateName: ' Jane\tQ.  Candidate 🙂 ' }).pages[0]!;
    expect(page.header).toMatchObject({ text: 'Jane Q. Candidate ?', font: 'regular', size: 10 });
    expect(page.header!.x + page.header!.width).toBeCloseTo(612 - 72, 3);
    expect(page.header!.y).toBeGreaterThan(792 - 72);
    expect(page.footer.x + page.footer.width / 2).toBeCloseTo(306, 3);
    expect(page.footer.y).toBeLessThan(72);
    const long = layoutNarrative({ text: '', sections: [] }, { candidateName: 'Name '.repeat(100) }).pages[0]!.header!;
    expect(long.text.endsWith('\u2026')).toBe(true);
    expect(long.width).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(long.x).toBeGreaterThanOrEqual(72);
  });

  it('takes another page setup, and rejects an impossible one', () => {
    const doubled = layoutNarrative({ text: filler(30), sections: [] }, { page: { ...DEFAULT_PAGE_SETUP, leading: 27.6 } });
    expect(doubled.linesPerPage).toBe(23);
    expect(doubled.pageCount).toBe(2);
    expect(doubled.basis).toContain('27.6 pt leading');
    try {
      layoutNarrative({ text: 'x', sections: [] }, { page: { ...DEFAULT_PAGE_SETUP, margins: { top: 72, right: 400, bottom: 72, left: 300 } } });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('never throws, and every line shows its source span, inside the text and in order', () => {
    const chars = fc.constantFrom('a', 'W', ' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', 'é', 'e\u0301', '\u0301', '🚀', '中', '\ud800', '\u200b', '\u00ad', 'n'.repeat(90), '—', '\f');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 200 }), fc.array(fc.nat(400), { maxLength: 4 }), (parts, starts) => {
        const text = parts.join('');
        const sections = starts.map((start, index) => ({ index, ecqCode: index % 2 === 0 ? 'LC' : undefined, start, end: start + 50 }));
        const result = layoutNarrative({ text, sections });
        const all = lines(result);
        let previousEnd = 0;
        for (const line of all) {
          expect(line.start).toBeGreaterThanOrEqual(previousEnd);
          expect(line.end).toBeGreaterThanOrEqual(line.start);
          expect(line.end).toBeLessThanOrEqual(text.length);
          expect(line.width).toBeLessThanOrEqual(TEXT_WIDTH);
          expect(line.text).toBe(toWinAnsi(text.slice(line.start, line.end)).replace(/ +/g, ' ').replace(/^ | $/g, ''));
          previousEnd = line.end;
        }
        expect(result.sections).toHaveLength(sections.length);
        for (const s of result.sections) expect(s.firstPage).toBeLessThanOrEqual(s.lastPage);
      }),
      { numRuns: 300 },
    );
  });
});
