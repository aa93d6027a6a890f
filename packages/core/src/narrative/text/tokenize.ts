import type { TSpan } from '../types';

export interface TToken extends TSpan {
  /** The token as written. */
  readonly text: string;
  /** Lower-cased, curly apostrophes straightened, possessive `'s` dropped: what cue patterns compare. */
  readonly lower: string;
}

/**
 * Words (letters with inner apostrophes), numbers (with separators, an optional `%`) and `$`. Hyphens and
 * slashes split words, so a cue "cross functional" matches "cross-functional".
 */
const TOKEN = /\$|[\p{L}\p{M}][\p{L}\p{M}'’]*|\d+(?:[.,]\d+)*%?/gu;

/** Tokens of `text` between `start` and `end`, with their offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): TToken[] {
  const tokens: TToken[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const tokenEnd = Math.min(m.index + m[0].length, end);
    const written = text.slice(m.index, tokenEnd);
    tokens.push({ start: m.index, end: tokenEnd, text: written, lower: lowerToken(written) });
  }
  return tokens;
}

function lowerToken(written: string): string {
  const lower = written.includes('’') ? written.toLowerCase().replace(/’/g, "'") : written.toLowerCase();
  if (!lower.includes("'")) return lower;
  if (lower.endsWith("'s")) return lower.slice(0, -2);
  if (lower.endsWith("'")) return lower.slice(0, -1);
  return lower;
}

function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(text[at]!);
}

/**
 * Counts words the way a reader does: runs of letters or digits, with "don't" as one word. A character
 * loop, linear and allocation-free for ASCII text.
 */
export function countWords(text: string, start = 0, end = text.length): number {
  let count = 0;
  let inWord = false;
  for (let i = Math.max(0, start); i < end && i < text.length; i++) {
    if (isWordChar(text, i)) {
      if (!inWord) count++;
      inWord = true;
    } else {
      const c = text.charCodeAt(i);
      // An apostrophe between two word characters keeps the word going.
      inWord = inWord && (c === 39 || c === 0x2019) && i + 1 < end && isWordChar(text, i + 1);
    }
  }
  return count;
}
