import { describe, expect, it } from 'vitest';
import { blockIndexAt, piecesOf, textBlocksOf } from './mark-text';

const TEXT = 'ECQ 1: Leading Change\n\nChallenge: the plant was late.\nAction: I led a team.\n\n  Result: on time.  \n\n\n';

describe('the package text on the review page', () => {
  it('cuts the text into headings and paragraphs that keep their offsets', () => {
    const blocks = textBlocksOf(TEXT);
    expect(blocks.map((b) => [b.kind, TEXT.slice(b.start, b.end)])).toEqual([
      ['heading', 'ECQ 1: Leading Change'],
      ['paragraph', 'Challenge: the plant was late.\nAction: I led a team.'],
      ['paragraph', 'Result: on time.'],
    ]);
    expect(textBlocksOf('')).toEqual([]);
  });

  it('marks the part of a block a finding points at, also when the span crosses blocks', () => {
    const blocks = textBlocksOf(TEXT);
    const start = TEXT.indexOf('late');
    const end = TEXT.indexOf('on time') + 2;
    expect(piecesOf(TEXT, blocks[1]!, { start, end })).toEqual([
      { text: 'Challenge: the plant was ', isMarked: false },
      { text: 'late.\nAction: I led a team.', isMarked: true },
    ]);
    expect(piecesOf(TEXT, blocks[2]!, { start, end })).toEqual([
      { text: 'Result: on', isMarked: true },
      { text: ' time.', isMarked: false },
    ]);
    const inside = { start: TEXT.indexOf('on time'), end: TEXT.indexOf('on time') + 2 };
    expect(piecesOf(TEXT, blocks[2]!, inside)).toEqual([
      { text: 'Result: ', isMarked: false },
      { text: 'on', isMarked: true },
      { text: ' time.', isMarked: false },
    ]);
    expect(piecesOf(TEXT, blocks[0]!, { start, end })).toEqual([{ text: 'ECQ 1: Leading Change', isMarked: false }]);
    // An empty span (a finding about the whole package) marks nothing.
    expect(piecesOf(TEXT, blocks[1]!, { start: 30, end: 30 })).toEqual([{ text: TEXT.slice(blocks[1]!.start, blocks[1]!.end), isMarked: false }]);
  });

  it('finds the block a span starts in, or the next one', () => {
    const blocks = textBlocksOf(TEXT);
    expect(blocks.map((b) => blockIndexAt(blocks, b.start))).toEqual([0, 1, 2]);
    expect(blockIndexAt(blocks, blocks[1]!.end)).toBe(2);
    expect(blockIndexAt(blocks, TEXT.length)).toBe(2);
  });
});
