import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isAppError } from '@ecq/core';
import { assemblePdfText, type TPdfPageText, type TPdfTextItem } from './assemble-pdf-text';
import { fileError } from './file-error';
import { PDF_MAX_PAGES, PDF_READ_TIMEOUT_MS } from './import-limits';

export interface TExtractedPdfText {
  readonly text: string;
  readonly pages: number;
  readonly warnings: readonly string[];
}

type TPdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<TPdfjs> | undefined;
let standardFonts: string | undefined;

/**
 * pdf.js, loaded on first use (it takes a while to load, and most imports are Word files). The legacy build
 * is the one for Node; in Node pdf.js always runs its "worker" in-process, loading `pdf.worker.mjs` beside
 * itself, so there is no worker thread or worker URL to set up.
 */
function loadPdfjs(): Promise<TPdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * The 14 standard PDF fonts, shipped with pdf.js and read from disk: without them pdf.js falls back to
 * guesses, with an error on the way, for every PDF that uses Times or Helvetica without embedding it.
 */
function standardFontDirectory(): string {
  standardFonts ??= `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
  return standardFonts;
}

/**
 * The text of a PDF with pdf.js (issue 4 part 2): every page's text runs, rebuilt into lines and paragraphs
 * with running headers and footers dropped ({@link assemblePdfText}). Scripts are never evaluated
 * (`isEvalSupported: false`), fonts never installed, nothing read but pdf.js's own standard fonts. Rejects,
 * naming `file`: more than {@link PDF_MAX_PAGES} pages (PAYLOAD_TOO_LARGE); a password-protected, damaged or
 * unreadable PDF, or one that takes longer than {@link PDF_READ_TIMEOUT_MS} (BAD_REQUEST).
 */
export async function extractPdfText(bytes: Uint8Array): Promise<TExtractedPdfText> {
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  const task = getDocument({
    // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    standardFontDataUrl: standardFontDirectory(),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(fileError('BAD_REQUEST', `the PDF could not be read within ${PDF_READ_TIMEOUT_MS / 1000} seconds`)), PDF_READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([readPages(task), timeout]);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

type TLoadingTask = ReturnType<TPdfjs['getDocument']>;

async function readPages(task: TLoadingTask): Promise<TExtractedPdfText> {
  const document = await pdfCall(() => task.promise);
  const count = document.numPages;
  if (count > PDF_MAX_PAGES) {
    throw fileError('PAYLOAD_TOO_LARGE', `the PDF has ${count} pages; at most ${PDF_MAX_PAGES} are read (an ECQ package has at most 10)`);
  }
  const pages: TPdfPageText[] = [];
  for (let number = 1; number <= count; number++) {
    const page = await pdfCall(() => document.getPage(number));
    const content = await pdfCall(() => page.getTextContent());
    const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view.map(Number);
    const items: TPdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      // `transform` is typed any[] by pdf.js: [a, b, c, d, e, f] of the text matrix in user space.
      const t = (item.transform as unknown[]).map(Number);
      const fontSize = Math.hypot(t[2] ?? 0, t[3] ?? 0) || item.height;
      items.push({ str: item.str, x: t[4] ?? 0, y: t[5] ?? 0, width: item.width, fontSize });
    }
    pages.push({ left: Math.min(x0, x1), bottom: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0), items });
    page.cleanup();
  }
  const { text, droppedLines } = assemblePdfText(pages);
  const warnings = droppedLines > 0
    ? [`file: ${droppedLines} running header and footer line${droppedLines === 1 ? ' was' : 's were'} left out (page numbers, a line repeated on every page)`]
    : [];
  return { text, pages: count, warnings };
}

/** A pdf.js call; whatever it throws on a bad file becomes a BAD_REQUEST naming `file`. */
async function pdfCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isAppError(error)) throw error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw fileError('BAD_REQUEST', 'the PDF is password-protected; save a copy without a password and upload it again', error);
    }
    throw fileError('BAD_REQUEST', 'the PDF is damaged and cannot be read', error);
  }
}
