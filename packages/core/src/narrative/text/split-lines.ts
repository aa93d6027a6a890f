import type { TSpan } from '../types';

export interface TLine extends TSpan {
  readonly text: string;
  readonly isBlank: boolean;
}

/** Line breaks as they come from Word, PDF text and plain files, including vertical tab and form feed. */
const LINE_BREAK = /\r\n|[\n\r\u000b\f\u2028\u2029]/g;

/** Splits `text[from, to)` into lines with their offsets into `text`; `end` excludes the line break. */
export function splitLines(text: string, from = 0, to = text.length): TLine[] {
  const lines: TLine[] = [];
  const re = new RegExp(LINE_BREAK.source, LINE_BREAK.flags);
  re.lastIndex = from;
  let start = from;
  for (let match = re.exec(text); match !== null && match.index < to; match = re.exec(text)) {
    lines.push(line(text, start, match.index));
    start = match.index + match[0].length;
  }
  lines.push(line(text, start, Math.max(start, to)));
  return lines;
}

function line(text: string, start: number, end: number): TLine {
  const lineText = text.slice(start, end);
  return { start, end, text: lineText, isBlank: lineText.trim().length === 0 };
}

/** The span without leading and trailing whitespace; an empty span at `start` when all is blank. */
export function trimSpan(text: string, start: number, end: number): TSpan {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x202f || code === 0x205f || code === 0x1680;
}
