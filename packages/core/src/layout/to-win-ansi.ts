import { WIN_ANSI_RANGES } from './times-widths';

/** What stands for a character the standard PDF fonts cannot show (emoji, CJK, most symbols). */
export const WIN_ANSI_SUBSTITUTE = '?';

const WIN_ANSI = new Set<number>();
for (const [first, last] of WIN_ANSI_RANGES) for (let cp = first; cp <= last; cp++) WIN_ANSI.add(cp);

/** True when the standard PDF fonts can show the code point (PDF's WinAnsiEncoding). */
export function isWinAnsi(codePoint: number): boolean {
  return WIN_ANSI.has(codePoint);
}

/**
 * Characters outside WinAnsi with a faithful WinAnsi stand-in: Unicode dashes and primes, the bullets Word
 * and PDF text produce (including Word's Symbol- and Wingdings-font private-use bullets), ligatures from PDF
 * text, and a few common signs. Spaces that must not break become a no-break space.
 */
const LOOKALIKES: ReadonlyMap<number, string> = new Map([
  [0x2007, '\u00a0'], [0x202f, '\u00a0'],
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2043, '-'], [0x2212, '-'], [0x2015, '\u2014'],
  [0x201b, '\u2018'], [0x201f, '\u201c'], [0x2032, "'"], [0x2033, '"'],
  [0x2024, '.'], [0x2025, '..'],
  [0x2219, '\u2022'], [0x25aa, '\u2022'], [0x25ab, '\u2022'], [0x25a0, '\u2022'], [0x25a1, '\u2022'], [0x25cf, '\u2022'],
  [0x25cb, '\u2022'], [0x25e6, '\u2022'], [0x25ba, '\u2022'], [0x27a2, '\u2022'], [0xf0a7, '\u2022'], [0xf0b7, '\u2022'],
  [0xfb00, 'ff'], [0xfb01, 'fi'], [0xfb02, 'fl'], [0xfb03, 'ffi'], [0xfb04, 'ffl'],
  [0x2264, '<='], [0x2265, '>='], [0x2260, '!='], [0x2192, '->'], [0x2190, '<-'],
]);

const BREAKING_SPACE = /[\t\n\v\f\r\u0085\u2028\u2029\p{Zs}]/u;
/** Controls, invisible formatting (soft hyphen, zero-width spaces and joiners, bidi marks) and emoji modifiers. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u{fe00}-\u{fe0f}\u{e0100}-\u{e01ef}\u{1f3fb}-\u{1f3ff}]/u;
const COMBINING_MARK = /\p{M}/u;

/**
 * What one code point becomes in WinAnsi text: itself when it can be shown, a look-alike, `' '` for a space
 * or tab that may break a line (a no-break space stays one), `''` for a control or an invisible format
 * character, {@link WIN_ANSI_SUBSTITUTE} otherwise. Combining marks are handled by {@link encodeWinAnsi}.
 */
export function winAnsiOf(codePoint: number): string {
  if (codePoint === 0xad) return ''; // WinAnsi has a glyph for it, but a soft hyphen shows only at a break
  if (WIN_ANSI.has(codePoint)) return String.fromCodePoint(codePoint);
  const lookalike = LOOKALIKES.get(codePoint);
  if (lookalike !== undefined) return lookalike;
  const char = String.fromCodePoint(codePoint);
  if (BREAKING_SPACE.test(char)) return ' ';
  if (INVISIBLE.test(char)) return '';
  return WIN_ANSI_SUBSTITUTE;
}

/** {@link winAnsiOf} for U+0000–U+00FF, which is nearly all of an English narrative. */
const LATIN1: readonly string[] = Array.from({ length: 0x100 }, (_, cp) => winAnsiOf(cp));

/** A text, or the part `text[start, end)` of it. */
export interface TWinAnsiSource {
  readonly text: string;
  readonly start?: number;
  readonly end?: number;
}

/** Receives the WinAnsi form of a text, code point by code point, with source offsets. */
export interface TWinAnsiSink {
  /** `text[start, end)` (one code point) shows as `out`: one or more characters, `' '` (a break) or `''`. */
  readonly add: (out: string, start: number, end: number) => void;
  /** A combining mark at `text[start, end)` composes with the character added last, which becomes `out`. */
  readonly compose: (out: string, start: number, end: number) => void;
}

/**
 * Walks `text[start, end)` and tells `sink` what each code point becomes in WinAnsi (see {@link winAnsiOf}).
 * A combining mark composes with the character before it when the pair has a WinAnsi precomposed form
 * ("e" + U+0301 → "é", as pasted from macOS); otherwise it is substituted. Lone surrogates are substituted.
 * The one walk shared by {@link toWinAnsi} and the layout engine, so what is measured is what is drawn.
 */
export function encodeWinAnsi(source: TWinAnsiSource, sink: TWinAnsiSink): void {
  const { text } = source;
  let last = '';
  const stop = Math.min(source.end ?? text.length, text.length);
  for (let i = Math.max(0, source.start ?? 0); i < stop; ) {
    const unit = text.charCodeAt(i);
    if (unit < 0x100) {
      const out = LATIN1[unit]!;
      sink.add(out, i, i + 1);
      if (out !== '') last = out;
      i++;
      continue;
    }
    const codePoint = text.codePointAt(i) ?? 0xfffd;
    const end = Math.min(stop, i + (codePoint > 0xffff ? 2 : 1));
    const isMark = codePoint >= 0x300 && COMBINING_MARK.test(String.fromCodePoint(codePoint));
    const composed = isMark && last.length === 1 && last !== ' ' ? (last + String.fromCodePoint(codePoint)).normalize('NFC') : '';
    if (composed.length === 1 && WIN_ANSI.has(composed.charCodeAt(0))) {
      sink.compose(composed, i, end);
      last = composed;
    } else {
      const out = winAnsiOf(codePoint);
      sink.add(out, i, end);
      if (out !== '') last = out.slice(-1);
    }
    i = end;
  }
}

/**
 * The text as the standard PDF fonts (WinAnsi) can show it: every character outside WinAnsi becomes a
 * look-alike or {@link WIN_ANSI_SUBSTITUTE}, spaces and line breaks become plain spaces, invisible
 * characters are dropped. The PDF export and the layout engine share it, so the page count measures the
 * very text the PDF draws. Never throws.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  encodeWinAnsi({ text }, {
    add: (chars) => {
      out += chars;
    },
    compose: (char) => {
      out = out.slice(0, -1) + char;
    },
  });
  return out;
}
