/** Every line break the importers may meet: CRLF, CR, vertical tab, form feed, NEL, the Unicode separators. */
const LINE_BREAK = /\r\n?|[\u000b\f\u0085\u2028\u2029]/g;
/** Spaces that are not U+0020: no-break, figure, narrow no-break, the en/em family, ideographic… */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Characters with no width that only get in a reader's way: zero-width space, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
/** Control characters other than tab and line feed (which carry table cells and lines). */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * The one text shape every importer hands to the analyzer: NFC, LF line breaks, plain spaces (tabs kept: they
 * separate table cells), no invisible or control characters, no trailing spaces, at most one blank line in a
 * row, none at either end. Smart quotes and dashes are kept as written.
 */
export function normalizeImportedText(text: string): string {
  const lines = text
    .normalize('NFC')
    .replace(LINE_BREAK, '\n')
    .replace(ODD_SPACE, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .split('\n');
  // Line by line, not /[ \t]+$/gm: that regex is quadratic on a long run of spaces inside a line.
  const out: string[] = [];
  let blanks = 0;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.length === 0) {
      blanks += 1;
      continue;
    }
    if (out.length > 0 && blanks > 0) out.push('');
    out.push(line);
    blanks = 0;
  }
  return out.join('\n');
}
