import mammoth from 'mammoth';
import { docxHtmlToText } from './docx-html-to-text';
import { fileError, quoteName } from './file-error';
import { DOCX_MAX_XML_PART_BYTES } from './import-limits';
import { readZipDirectory, verifyZipEntries, type TZipEntry } from './read-zip-directory';

export interface TExtractedDocxText {
  readonly text: string;
  readonly warnings: readonly string[];
}

/** Paragraph styles Word users give titles, read as headings too (mammoth knows Heading 1–6 already). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Images are never read: their bytes would only be inflated to be thrown away. */
const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * The text of a Word file (issue 4 part 2). The zip is checked first ({@link readZipDirectory}: entry count,
 * declared and actual sizes, ratios, encryption, structure; no XML part over {@link DOCX_MAX_XML_PART_BYTES})
 * and only then given to mammoth, whose HTML is
 * turned into lines ({@link docxHtmlToText}). Headers and footers of the Word file are not part of the text.
 * Rejects, naming `file`: a zip that is not a Word document (UNSUPPORTED_MEDIA_TYPE), any zip-bomb sign
 * (PAYLOAD_TOO_LARGE), a damaged file mammoth cannot read (BAD_REQUEST).
 */
export async function extractDocxText(bytes: Uint8Array): Promise<TExtractedDocxText> {
  const entries = readZipDirectory(bytes);
  const kind = zipKindOf(entries);
  if (kind !== 'docx') {
    throw fileError('UNSUPPORTED_MEDIA_TYPE', `a zip archive that is not a Word document (${kind}); save it as .docx, PDF or plain text`);
  }
  const heavy = entries.find((e) => /\.(?:xml|rels)$/i.test(e.name) && e.uncompressedSize > DOCX_MAX_XML_PART_BYTES);
  if (heavy) {
    throw fileError('PAYLOAD_TOO_LARGE',
      `the Word document's part ${quoteName(heavy.name)} is ${(heavy.uncompressedSize / (1024 * 1024)).toFixed(1)} MB; at most ${DOCX_MAX_XML_PART_BYTES / (1024 * 1024)} MB is read`);
  }
  verifyZipEntries(bytes, entries);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, convertImage: SKIP_IMAGES, externalFileAccess: false },
    );
  } catch (error) {
    throw fileError('BAD_REQUEST', 'the Word document is damaged and cannot be read', error);
  }
  const warnings = result.messages
    .filter((m) => m.type === 'error')
    .map((m) => `file: part of the Word document could not be read (${m.message})`);
  return { text: docxHtmlToText(result.value), warnings };
}

/** What a zip holds, by its entry names: a Word document, or which other kind for the error message. */
export function zipKindOf(entries: readonly TZipEntry[]): string {
  const names = new Set(entries.map((e) => e.name));
  // Word names the main part document.xml; other writers may number it (document2.xml): mammoth follows the package's relationships.
  if (entries.some((e) => /^word\/document\d*\.xml$/.test(e.name))) return 'docx';
  if (names.has('xl/workbook.xml')) return 'an Excel workbook';
  if (names.has('ppt/presentation.xml')) return 'a PowerPoint presentation';
  if (names.has('mimetype') && names.has('content.xml')) return 'an OpenDocument file';
  return entries.length === 0 ? 'an empty zip' : 'a zip archive';
}
