import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TPdfTextItem } from '../import/assemble-pdf-text';

export type { TPdfTextItem };

/** The text pdf.js reads from each page of a PDF, as drawn: non-empty strings with their positions and widths. */
export async function readPdfPages(bytes: Uint8Array): Promise<TPdfTextItem[][]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, useWorkerFetch: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: TPdfTextItem[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const items: TPdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [fontSize = 0, , , , x = 0, y = 0] = item.transform as number[];
      items.push({ str: item.str, x, y, width: item.width, fontSize });
    }
    pages.push(items);
  }
  await pdf.destroy();
  return pages;
}
