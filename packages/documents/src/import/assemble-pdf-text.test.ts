import { describe, expect, it } from 'vitest';
import { assemblePdfText, type TPdfPageText, type TPdfTextItem } from './assemble-pdf-text';

/** A run of 12-pt text; its width as Times would set it, about half an em a character. */
function run(str: string, x: number, y: number, fontSize = 12): TPdfTextItem {
  return { str, x, y, width: str.length * fontSize * 0.5, fontSize };
}

/** A US Letter page of left-aligned lines, 14 pt apart from the top margin down, plus any extra runs. */
function page(lines: readonly string[], extra: readonly TPdfTextItem[] = [], top = 708): TPdfPageText {
  return { left: 0, bottom: 0, width: 612, height: 792, items: [...lines.map((text, i) => run(text, 72, top - 14 * i)), ...extra] };
}

/** A line that fills the 6.5-inch measure: 78 characters. */
const FULL = `${'word '.repeat(15)}end`;

describe('assemblePdfText', () => {
  it('joins runs on one baseline with spaces at word gaps, nothing inside words, tabs at column gaps; superscripts stay on their line', () => {
    const { text } = assemblePdfText([
      { left: 0, bottom: 0, width: 612, height: 792, items: [run('Lead', 72, 700), run('ing', 96, 700), run('Change', 120, 700), run('1', 156, 704, 7), run('ECQ 1', 300, 700)] },
    ]);
    expect(text).toBe('Leading Change1\tECQ 1');
  });

  it('drops a header repeated on every page and "Page N of M", "N" or "- N -" footers; keeps other edge lines', () => {
    const pages = [1, 2, 3].map((n) =>
      page([`ECQ ${n}: Heading`, 'Body text.'], [run('Jane Q. Candidate', 72, 744), run(n === 2 ? `- ${n} -` : `Page ${n} of 3`, 280, 40)]),
    );
    const { text, droppedLines } = assemblePdfText(pages);
    expect(text).toBe('ECQ 1: Heading\n\nBody text.\n\nECQ 2: Heading\n\nBody text.\n\nECQ 3: Heading\n\nBody text.');
    expect(droppedLines).toBe(6);
  });

  it('counts "every page" as all pages but one, and keeps a line found at the top of only some pages', () => {
    const withName = (n: number, name: boolean): TPdfPageText => page([`Paragraph ${n}.`], name ? [run('Jane Q. Candidate', 72, 744)] : []);
    expect(assemblePdfText([withName(1, false), withName(2, true), withName(3, true), withName(4, true)]).text).not.toContain('Jane');
    expect(assemblePdfText([withName(1, false), withName(2, false), withName(3, true), withName(4, true)]).text).toContain('Jane');
    // A name beside a page number on one line is a running header too.
    const tabbed = [1, 2].map((n) => page(['Body.'], [run('Jane Q. Candidate', 72, 744), run(`Page ${n}`, 480, 744)]));
    expect(assemblePdfText(tabbed).text).toBe('Body.\n\nBody.');
    // A body line that opens every page, with no gap under it, is text, not a header.
    const labelled = [1, 2, 3].map(() => page(['Challenge:', 'Body.']));
    expect(assemblePdfText(labelled).text).toBe('Challenge:\n\nBody.\n\nChallenge:\n\nBody.\n\nChallenge:\n\nBody.');
  });

  it('joins wrapped lines into one paragraph line, also across a page break, and keeps hyphenated words whole', () => {
    const { text } = assemblePdfText([page([FULL, `${'word '.repeat(14)}well-`]), page([`known ${FULL.slice(6)}`, 'end.'])]);
    expect(text).toBe(`${FULL} ${'word '.repeat(14)}well-known ${FULL.slice(6)} end.`);
  });

  it('starts a paragraph at a vertical gap, a first-line indent, a short line, a new font size, and a bullet', () => {
    const items = [
      run('Title', 72, 720, 16),
      run(FULL, 72, 700), run('short end.', 72, 686),
      run(FULL, 72, 672), run(FULL, 72, 658),
      run(FULL, 72, 630),
      run(FULL.slice(5), 108, 616), run(FULL, 72, 602),
      run('•', 72, 588), run('first item that is long enough to wrap over onto a second line of the', 90, 588), run('text.', 90, 574),
      run('•', 72, 560), run('second item.', 90, 560),
    ];
    expect(assemblePdfText([{ left: 0, bottom: 0, width: 612, height: 792, items }]).text).toBe(
      [
        'Title',
        `${FULL} short end.`,
        `${FULL} ${FULL}`,
        FULL,
        `${FULL.slice(5)} ${FULL}`,
        '• first item that is long enough to wrap over onto a second line of the text.\n• second item.',
      ].join('\n\n'),
    );
  });

  it('reads private-use bullet glyphs from Word PDFs as bullets and ignores blank and broken runs', () => {
    const items = [run('\uf0b7', 72, 700), run('Mapped the claim path.', 90, 700), run('   ', 72, 686), { str: 'NaN', x: Number.NaN, y: 1, width: 1, fontSize: 12 }];
    expect(assemblePdfText([{ left: 0, bottom: 0, width: 612, height: 792, items }]).text).toBe('• Mapped the claim path.');
    expect(assemblePdfText([]).text).toBe('');
  });
});
