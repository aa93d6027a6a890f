import { AppError, layoutNarrative, NARRATIVE_TEXT_MAX_LENGTH, type TPageSection } from '@ecq/core';
import { createPdfDocument } from './pdf-document';

export interface TExportNarrativePdfRequest {
  /** The package as plain text, as analysed. */
  readonly text: string;
  /** Shown in the top margin of every page and recorded as the document's author. */
  readonly candidateName: string;
  /** The document title; "Executive Core Qualifications: <candidate>" by default. */
  readonly title?: string | undefined;
  /** The ECQ sections found by segmentation: their first lines are the bold headings. */
  readonly sections: readonly TPageSection[];
}

export { PDF_FIXED_DATE, PDF_PRODUCER } from './pdf-document';

/**
 * Renders an ECQ narrative package as a PDF in the usual QRB layout (POLICY.md §3; issue 4, part 3): the
 * lines of `layoutNarrative` exactly, in the standard Times-Roman and Times-Bold fonts at their computed
 * positions, so the PDF has the very page count the page rules measured; the candidate's name in the top
 * margin and "Page N of M" in the bottom margin of every page. Text the standard fonts cannot show is drawn
 * as "?" (core's `toWinAnsi`, which the layout measured). Deterministic: the same request gives the same bytes.
 * A blank candidate name (a draft, e.g. from `ecq migrate`) leaves the top margin empty.
 * @throws AppError `BAD_REQUEST` naming `sections[i]` when outside the text;
 * `PAYLOAD_TOO_LARGE` naming `text` over `NARRATIVE_TEXT_MAX_LENGTH` (the checks of the Word export).
 */
export async function exportNarrativePdf(request: TExportNarrativePdfRequest): Promise<Uint8Array> {
  assertRequest(request);
  const candidateName = request.candidateName.trim();
  const layout = layoutNarrative({ text: request.text, sections: request.sections }, { candidateName });
  const { setup } = layout;

  const { doc, fonts } = await createPdfDocument({
    title: request.title?.trim() || defaultTitleOf(candidateName),
    author: candidateName,
    subject: 'Executive Core Qualification narratives',
  });
  for (const page of layout.pages) {
    const pdfPage = doc.addPage([setup.width, setup.height]);
    for (const line of page.lines) {
      if (line.text !== '') pdfPage.drawText(line.text, { x: line.x, y: line.y, size: setup.fontSize, font: fonts[line.font] });
    }
    for (const margin of [page.header, page.footer]) {
      if (margin) pdfPage.drawText(margin.text, { x: margin.x, y: margin.y, size: margin.size, font: fonts[margin.font] });
    }
  }
  return doc.save();
}

/** The document title when none is given. */
export function defaultTitleOf(candidateName: string): string {
  return candidateName === '' ? 'Executive Core Qualifications' : `Executive Core Qualifications: ${candidateName}`;
}

/** The same checks, codes and messages as the Word export, so both formats refuse the same requests. */
function assertRequest(request: TExportNarrativePdfRequest): void {
  const { text, sections } = request;
  if (typeof text !== 'string') throw new AppError('BAD_REQUEST', 'text must be a string', { field: 'text' });
  if (typeof request.candidateName !== 'string') throw new AppError('BAD_REQUEST', 'candidateName must be a string', { field: 'candidateName' });
  if (request.title !== undefined && typeof request.title !== 'string') throw new AppError('BAD_REQUEST', 'title must be a string', { field: 'title' });
  if (text.length > NARRATIVE_TEXT_MAX_LENGTH) {
    throw new AppError('PAYLOAD_TOO_LARGE', `text is longer than ${NARRATIVE_TEXT_MAX_LENGTH.toLocaleString('en-US')} characters`, { field: 'text' });
  }
  if (!Array.isArray(sections)) throw new AppError('BAD_REQUEST', 'sections must be a list', { field: 'sections' });
  sections.forEach((s, i) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > text.length) {
      throw new AppError('BAD_REQUEST', `sections[${i}] must be offsets inside the text (0 ≤ start ≤ end ≤ ${text.length})`, { field: `sections[${i}]` });
    }
  });
}
