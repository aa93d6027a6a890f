import type { TTextSpan } from '../../api/wire-types';

/** A block of the package's text as the review page shows it: an ECQ heading or a paragraph, by offsets. */
export interface TTextBlock extends TTextSpan {
  readonly kind: 'heading' | 'paragraph';
}

/** An ECQ heading as candidates write it and the analyzer reads it: "ECQ 1: Leading Change". */
const ECQ_HEADING = /^ECQ\s+\d+\s*[:.-]/i;

/**
 * The text cut into blocks at blank lines, each with its offsets in the text (so a finding's `start`/`end`
 * can be found in it). One-line blocks that open an ECQ become headings, so that a screen reader can move
 * between ECQs.
 */
export function textBlocksOf(text: string): TTextBlock[] {
  const blocks: TTextBlock[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') return;
    const blockStart = from + lead;
    blocks.push({ start: blockStart, end: blockStart + body.length, kind: !body.includes('\n') && ECQ_HEADING.test(body) ? 'heading' : 'paragraph' });
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return blocks;
}

/** A piece of a block: marked when it lies in the selected span. */
export interface TTextPiece {
  readonly text: string;
  readonly isMarked: boolean;
}

/** A block's text in pieces, the part inside `span` marked (a span may cover several blocks, or none). */
export function piecesOf(text: string, block: TTextSpan, span: TTextSpan | undefined): TTextPiece[] {
  const whole = text.slice(block.start, block.end);
  if (span === undefined || span.end <= span.start || span.end <= block.start || span.start >= block.end) return [{ text: whole, isMarked: false }];
  const from = Math.max(span.start, block.start);
  const to = Math.min(span.end, block.end);
  return [
    { text: text.slice(block.start, from), isMarked: false },
    { text: text.slice(from, to), isMarked: true },
    { text: text.slice(to, block.end), isMarked: false },
  ].filter((piece) => piece.text !== '');
}

/** The index of the block a span starts in (or the nearest one after it): where to move for a finding. */
export function blockIndexAt(blocks: readonly TTextSpan[], offset: number): number {
  const index = blocks.findIndex((block) => offset < block.end);
  return index === -1 ? blocks.length - 1 : index;
}
