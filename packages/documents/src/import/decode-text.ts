import type { AppError } from '@ecq/core';
import { fileError } from './file-error';

export type TTextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface TDecodedText {
  readonly text: string;
  readonly encoding: TTextEncoding;
  readonly warnings: readonly string[];
}

/**
 * Control characters that never appear in prose (C0 but tab, line feed, vertical tab, form feed, carriage
 * return; DEL; C1, which Windows-1252 leaves for its five undefined bytes).
 */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Above this share of control characters a "text" file is binary data. */
const MAX_CONTROL_SHARE = 0.005;

/**
 * Decodes a plain-text upload: a byte-order mark decides (UTF-8, UTF-16 LE or BE, the mark dropped);
 * without one, valid UTF-8 is UTF-8 and anything else is read as Windows-1252, the encoding of text saved by
 * older Windows editors, with a warning. A NUL byte (outside UTF-16) or more than a trace of control
 * characters means binary data: UNSUPPORTED_MEDIA_TYPE naming `file`. A trace is dropped with a warning.
 */
export function decodeText(bytes: Uint8Array): TDecodedText {
  const warnings: string[] = [];
  let encoding: TTextEncoding;
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decodeUtf16(bytes, encoding, warnings);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decodeUtf16(bytes, encoding, warnings);
  } else {
    if (bytes.includes(0)) throw notText();
    encoding = 'utf-8';
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      if (hasBom) {
        text = new TextDecoder('utf-8').decode(bytes);
        warnings.push('file: some bytes are not valid UTF-8 and were replaced with "\uFFFD"');
      } else {
        encoding = 'windows-1252';
        text = decodeWindows1252(bytes);
        warnings.push('file: the text is not UTF-8; it was read as Windows-1252 (Western European), check accented letters and quotes');
      }
    }
  }
  const controls = countControls(text, Math.floor(text.length * MAX_CONTROL_SHARE) + 1);
  if (controls > 0) {
    if (controls > text.length * MAX_CONTROL_SHARE) throw notText();
    text = text.replace(CONTROL, '');
    warnings.push(`file: ${controls} control character${controls === 1 ? ' was' : 's were'} removed`);
  }
  return { text, encoding, warnings };
}

/** Control characters in `text`, counting no further than `enough` (a binary file may hold millions). */
function countControls(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f)) count++;
  }
  return count;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): string {
  const whole = bytes.length - (bytes.length % 2);
  if (whole !== bytes.length) warnings.push('file: the UTF-16 text ends with half a character, which was dropped');
  const text = new TextDecoder(encoding).decode(bytes.subarray(0, whole));
  if (text.includes('\uFFFD')) warnings.push('file: some UTF-16 characters are invalid and were replaced with "\uFFFD"');
  return text;
}

function notText(): AppError {
  return fileError('UNSUPPORTED_MEDIA_TYPE', 'not a Word document, PDF, Markdown or plain-text file (it looks like binary data)');
}

/**
 * Windows-1252 as WHATWG defines it: Latin-1 except 0x80–0x9F, where it has €, curly quotes, dashes… Written
 * out because Node 20's TextDecoder reads that range as C1 controls.
 */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const codes = Array.from(bytes.subarray(at, at + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80]! : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
