import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';
import { countWords } from './tokenize';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at terminal punctuation but not after abbreviations, initials or decimals', () => {
    expect(sentences('I briefed Dr. Lee at the U.S. Department of Labor. Costs fell 3.5 percent! Why? Because e.g. the rule changed.')).toEqual([
      'I briefed Dr. Lee at the U.S. Department of Labor.',
      'Costs fell 3.5 percent!',
      'Why?',
      'Because e.g. the rule changed.',
    ]);
  });

  it('joins lines wrapped by a PDF and splits list items, table rows and blank lines', () => {
    const text = 'I led a team of twelve analysts who reviewed\nclaims from four regions every week\n• first item here\n• second item here\nAction\tI did it\n\nNew paragraph';
    expect(sentences(text)).toEqual([
      'I led a team of twelve analysts who reviewed\nclaims from four regions every week',
      '• first item here',
      '• second item here',
      'Action\tI did it',
      'New paragraph',
    ]);
  });

  it('returns trimmed, non-empty spans only', () => {
    expect(splitSentences('  \n\n . ')).toEqual([{ start: 5, end: 6 }]);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('countWords', () => {
  it('counts runs of letters or digits, contractions as one word, in any script', () => {
    expect(countWords("I don't know — 40% of 2,300 staff")).toBe(8);
    expect(countWords('Ústí nad Labem 東京')).toBe(4);
    expect(countWords('   ')).toBe(0);
  });
});
