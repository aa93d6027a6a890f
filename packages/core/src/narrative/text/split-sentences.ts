import type { TSpan } from '../types';
import { trimSpan } from './split-lines';

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'div',
  'approx', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'col',
  'lt', 'capt', 'cmdr', 'adm', 'sgt', 'rep', 'sen', 'hon', 'gov', 'amb', 'est', 'al', 'cf', 'ref', 'sec', 'vol', 'pp',
]);

const LIST_MARKER = /^\s*(?:[-*•▪◦·●○■□➢►–—]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])\s/;

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x2028 || c === 0x2029;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || isLineBreak(c) || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0x1680 || c === 0xfeff;
}

/**
 * Splits `text[start, end)` into sentences and returns their trimmed spans. A sentence ends at `.`, `!`,
 * `?` or `…` followed by a space and anything but a lower-case letter (except after an abbreviation or an
 * initial), at a blank line, and at a line break when the line ends in punctuation, when the next line is
 * a list item, in tab-separated (table) text, or after a short line. Other single line breaks are treated
 * as wrapping, as in text extracted from a PDF. Linear in the length of the range.
 */
export function splitSentences(text: string, start = 0, end = text.length): TSpan[] {
  const spans: TSpan[] = [];
  const push = (s: number, e: number): void => {
    const span = trimSpan(text, s, e);
    if (span.end > span.start) spans.push(span);
  };
  let sentenceStart = start;
  let lineStart = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isTerminal(c)) {
      let j = i + 1;
      while (j < end && isTerminal(text.charCodeAt(j))) j++;
      while (j < end && isCloser(text.charCodeAt(j))) j++;
      if (j < end && isSpace(text.charCodeAt(j))) {
        let k = j;
        while (k < end && isSpace(text.charCodeAt(k)) && !isLineBreak(text.charCodeAt(k))) k++;
        const isBreak = k >= end || isLineBreak(text.charCodeAt(k)) || !isLowerCase(text, k);
        if (isBreak && !(c === 46 && j === i + 1 && isAbbreviation(text, lineStart, i))) {
          push(sentenceStart, j);
          sentenceStart = j;
        }
      }
      i = j;
      continue;
    }
    if (isLineBreak(c)) {
      const nextStart = i + (c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
      let nextEnd = nextStart;
      while (nextEnd < end && !isLineBreak(text.charCodeAt(nextEnd))) nextEnd++;
      if (breaksSentence(text, lineStart, i, nextStart, nextEnd)) {
        push(sentenceStart, i);
        sentenceStart = nextStart;
      }
      lineStart = nextStart;
      i = nextStart;
      continue;
    }
    i++;
  }
  push(sentenceStart, end);
  return spans;
}

function isLowerCase(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(text.codePointAt(at) ?? c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function breaksSentence(text: string, lineStart: number, lineEnd: number, nextStart: number, nextEnd: number): boolean {
  const current = trimSpan(text, lineStart, lineEnd);
  const next = trimSpan(text, nextStart, nextEnd);
  if (current.end <= current.start || next.end <= next.start) return true;
  let e = current.end;
  while (e > current.start && isCloser(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1);
  if (isTerminal(last) || last === 58 || last === 59) return true; // : ;
  if (LIST_MARKER.test(text.slice(nextStart, Math.min(nextEnd, nextStart + 8)))) return true;
  if (hasTab(text, lineStart, lineEnd) || hasTab(text, nextStart, nextEnd)) return true;
  return hasAtMostWords(text, current.start, current.end, 6);
}

/** Whether a range has at most `max` whitespace-separated words, stopping as soon as it has more. */
function hasAtMostWords(text: string, start: number, end: number, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const isWordChar = !isSpace(text.charCodeAt(i));
    if (isWordChar && !inWord && ++words > max) return false;
    inWord = isWordChar;
  }
  return true;
}

function hasTab(text: string, start: number, end: number): boolean {
  const at = text.indexOf('\t', start);
  return at >= 0 && at < end;
}

function isAbbreviation(text: string, floor: number, dot: number): boolean {
  let s = dot;
  while (s > floor && dot - s < 12 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (/^\p{L}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
