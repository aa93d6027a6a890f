import { fileError } from './file-error';

/** What the bytes are, read from the bytes alone. */
export type TContentKind = 'zip' | 'pdf' | 'text';

/** The kinds a name or a declared type can claim: a family of formats, or something else. */
export type TClaimedFamily = 'docx' | 'pdf' | 'text' | 'other';

export interface TFileClaim {
  /** How the claim reads in a warning: `named "cv.pdf"` or `sent as "application/pdf"`. */
  readonly source: string;
  readonly family: TClaimedFamily;
  /** True when the claim is specifically Markdown (`.md`, `text/markdown`). */
  readonly isMarkdown: boolean;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** OLE2 compound file: Word 97–2003 .doc, and also any password-protected Office file. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

/**
 * Sniffs a file by its first bytes, never by its name (issue 4 part 2): `PK\x03\x04` is a zip (a Word file
 * if it holds `word/document.xml`, decided later), `%PDF-` a PDF, anything else is read as text, which
 * {@link decodeText} may still refuse as binary. Word 97–2003 or password-protected Office files and RTF are
 * refused here with the way out (UNSUPPORTED_MEDIA_TYPE naming `file`).
 */
export function sniffContent(bytes: Uint8Array): TContentKind {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE)) {
    throw fileError('UNSUPPORTED_MEDIA_TYPE',
      'a Word 97–2003 (.doc) or password-protected Office file; save it as .docx without a password, or as PDF');
  }
  if (startsWith(bytes, RTF)) throw fileError('UNSUPPORTED_MEDIA_TYPE', 'an RTF file; save it as .docx, PDF or plain text');
  return 'text';
}

const EXTENSIONS: Readonly<Record<string, TClaimedFamily>> = {
  docx: 'docx', docm: 'docx', dotx: 'docx',
  pdf: 'pdf',
  md: 'text', markdown: 'text', mdown: 'text', mkd: 'text', txt: 'text', text: 'text',
};
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd']);

const MEDIA_TYPES: Readonly<Record<string, TClaimedFamily>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template': 'docx',
  'application/vnd.ms-word.document.macroenabled.12': 'docx',
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
};
/** Declared types that say nothing about the content. */
const NO_CLAIM = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/** What the file's name and declared media type say it is; nothing when they say nothing. */
export function claimsOf(request: { readonly filename?: string | undefined; readonly contentType?: string | undefined }): TFileClaim[] {
  const claims: TFileClaim[] = [];
  const name = request.filename?.trim() ?? '';
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot > 0 && dot < base.length - 1) {
    const extension = base.slice(dot + 1).toLowerCase();
    claims.push({ source: `named ${JSON.stringify(base)}`, family: EXTENSIONS[extension] ?? 'other', isMarkdown: MARKDOWN_EXTENSIONS.has(extension) });
  }
  const type = (request.contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (!NO_CLAIM.has(type)) {
    const family = MEDIA_TYPES[type] ?? (type.startsWith('text/') ? 'text' : 'other');
    claims.push({ source: `sent as ${JSON.stringify(type)}`, family, isMarkdown: type === 'text/markdown' || type === 'text/x-markdown' });
  }
  return claims;
}

const DESCRIPTIONS: Readonly<Record<'docx' | 'pdf' | 'md' | 'txt', string>> = {
  docx: 'a Word document; it was read as .docx',
  pdf: 'a PDF; it was read as PDF',
  md: 'Markdown text; it was read as Markdown',
  txt: 'plain text; it was read as text',
};

/** A warning for each claim the content contradicts: the content wins. */
export function mismatchWarnings(claims: readonly TFileClaim[], format: 'docx' | 'pdf' | 'md' | 'txt'): string[] {
  const family: TClaimedFamily = format === 'md' || format === 'txt' ? 'text' : format;
  return claims
    .filter((claim) => claim.family !== family)
    .map((claim) => `file: ${claim.source} but its content is ${DESCRIPTIONS[format]}`);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
