import type { AppError } from '@ecq/core';
import { decodeText } from './decode-text';
import { extractDocxText } from './extract-docx-text';
import { extractPdfText } from './extract-pdf-text';
import { fileError } from './file-error';
import { NARRATIVE_IMPORT_MAX_CHARACTERS, NARRATIVE_UPLOAD_LIMIT_BYTES } from './import-limits';
import { normalizeImportedText } from './normalize-imported-text';
import { claimsOf, mismatchWarnings, sniffContent } from './sniff-file-type';
import { MARKDOWN_HEADING, stripMarkdown } from './strip-markdown';

export const NARRATIVE_FILE_FORMATS = ['docx', 'pdf', 'md', 'txt'] as const;
export type TNarrativeFileFormat = (typeof NARRATIVE_FILE_FORMATS)[number];

export interface TImportNarrativeFileRequest {
  readonly bytes: Uint8Array;
  /** The uploaded file's name; a hint only, checked against the content. */
  readonly filename?: string;
  /** The declared media type; a hint only, checked against the content. */
  readonly contentType?: string;
}

export interface TImportedNarrative {
  /** Plain text in the shape the analyzer reads: one paragraph a line, a blank line between paragraphs. */
  text: string;
  format: TNarrativeFileFormat;
  /** What the reader should check: a name that contradicts the content, an encoding guess, dropped lines. */
  warnings: string[];
  /** Pages in the file, for PDFs. */
  pages?: number;
}

/**
 * Reads an uploaded ECQ narrative — Word, PDF, Markdown or plain text — into plain text for the analyzer
 * (issue 4 part 2). The format is sniffed from the bytes; a name or declared type that says otherwise
 * earns a warning and the content wins. Every failure is an AppError naming the field `file`, never
 * another exception:
 * - PAYLOAD_TOO_LARGE: over {@link NARRATIVE_UPLOAD_LIMIT_BYTES}, a zip bomb, a PDF over the page limit,
 *   text over {@link NARRATIVE_IMPORT_MAX_CHARACTERS} characters;
 * - UNSUPPORTED_MEDIA_TYPE: binary data, a zip that is not a Word document, .doc, RTF;
 * - BAD_REQUEST: an empty file or one with no text ("file: no text found"), a damaged, truncated or
 *   password-protected file.
 */
export async function importNarrativeFile(request: TImportNarrativeFileRequest): Promise<TImportedNarrative> {
  const { bytes } = request;
  if (bytes.length > NARRATIVE_UPLOAD_LIMIT_BYTES) {
    throw fileError('PAYLOAD_TOO_LARGE',
      `the file is ${bytes.length.toLocaleString('en-US')} bytes; at most ${formatMiB(NARRATIVE_UPLOAD_LIMIT_BYTES)} (${NARRATIVE_UPLOAD_LIMIT_BYTES.toLocaleString('en-US')} bytes) is accepted`);
  }
  if (bytes.length === 0) throw fileError('BAD_REQUEST', 'no text found (the file is empty)');
  const claims = claimsOf(request);
  let format: TNarrativeFileFormat;
  let raw: string;
  let pages: number | undefined;
  const warnings: string[] = [];
  switch (sniffContent(bytes)) {
    case 'zip': {
      const docx = await extractDocxText(bytes);
      format = 'docx';
      raw = docx.text;
      warnings.push(...docx.warnings);
      break;
    }
    case 'pdf': {
      const pdf = await extractPdfText(bytes);
      format = 'pdf';
      raw = pdf.text;
      pages = pdf.pages;
      warnings.push(...pdf.warnings);
      break;
    }
    case 'text': {
      const decoded = decodeText(bytes);
      // Markup and spacing shrink in the reading, but never by half: refuse before spending time on it.
      if (decoded.text.length > 2 * NARRATIVE_IMPORT_MAX_CHARACTERS) throw tooManyCharacters(decoded.text.length);
      const isMarkdown = claims.some((c) => c.isMarkdown) || MARKDOWN_HEADING.test(decoded.text);
      format = isMarkdown ? 'md' : 'txt';
      raw = isMarkdown ? stripMarkdown(normalizeImportedText(decoded.text)) : decoded.text;
      warnings.push(...decoded.warnings);
      break;
    }
  }
  const text = normalizeImportedText(raw);
  if (text.trim().length === 0) {
    throw fileError('BAD_REQUEST', format === 'pdf'
      ? 'no text found (a scanned PDF has only images of text; upload the Word file or a PDF saved from it)'
      : 'no text found');
  }
  if (text.length > NARRATIVE_IMPORT_MAX_CHARACTERS) throw tooManyCharacters(text.length);
  return { text, format, warnings: [...mismatchWarnings(claims, format), ...warnings], ...(pages === undefined ? {} : { pages }) };
}

function tooManyCharacters(length: number): AppError {
  return fileError('PAYLOAD_TOO_LARGE',
    `the file holds ${length.toLocaleString('en-US')} characters of text; at most ${NARRATIVE_IMPORT_MAX_CHARACTERS.toLocaleString('en-US')} are accepted`);
}

function formatMiB(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
}
