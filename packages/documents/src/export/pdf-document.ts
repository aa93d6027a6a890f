import type { TLayoutFont } from '@ecq/core';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';

/** Producer and creator recorded in every exported PDF. */
export const PDF_PRODUCER = 'ECQ Workbench';

/**
 * The creation and modification date of every exported PDF: fixed, so the same request always gives the
 * same bytes (an export is a rendering of stored records, which carry their own dates).
 */
export const PDF_FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * A new PDF with the metadata every export carries — its title (shown in the window's title bar), author and
 * subject, ECQ Workbench as producer, US English, the fixed dates — and the Times fonts the layouts measure.
 */
export async function createPdfDocument(info: {
  readonly title: string;
  readonly author?: string | undefined;
  readonly subject: string;
}): Promise<{ readonly doc: PDFDocument; readonly fonts: Readonly<Record<TLayoutFont, PDFFont>> }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author !== undefined && info.author !== '') doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreator(PDF_PRODUCER);
  doc.setLanguage('en-US');
  doc.setCreationDate(PDF_FIXED_DATE);
  doc.setModificationDate(PDF_FIXED_DATE);
  const fonts: Record<TLayoutFont, PDFFont> = {
    regular: await doc.embedFont(StandardFonts.TimesRoman),
    bold: await doc.embedFont(StandardFonts.TimesRomanBold),
  };
  return { doc, fonts };
}
