import { tokenize, type TToken } from './tokenize';

/** A text tokenized once, so every step of an analysis reads the same tokens without tokenizing again. */
export interface TTokenIndex {
  readonly text: string;
  readonly tokens: readonly TToken[];
}

export function indexTokens(text: string): TTokenIndex {
  return { text, tokens: tokenize(text) };
}

/**
 * The tokens lying wholly inside `[start, end)`: from the index when it was built on this very text (binary
 * search), else by tokenizing the range.
 */
export function tokensIn(text: string, start: number, end: number, index: TTokenIndex | undefined): readonly TToken[] {
  if (index === undefined || index.text !== text) return tokenize(text, start, end);
  const { tokens } = index;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < tokens.length && tokens[last]!.end <= end) last++;
  return tokens.slice(lo, last);
}
