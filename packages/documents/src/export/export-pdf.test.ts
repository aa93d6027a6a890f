import {
  analyzeNarrative,
  ECQ_2025,
  isAppError,
  layoutNarrative,
  measureNarrativePages,
  NARRATIVE_CORPUS,
  NARRATIVE_TEXT_MAX_LENGTH,
  segmentNarrative,
  type TPageMeasureRequest,
} from '@ecq/core';
import { PDFDocument } from 'pdf-lib';
import { readPdfPages as readPages } from '../testing/read-pdf-text';
import { describe, expect, it } from 'vitest';
import { exportNarrativePdf, PDF_FIXED_DATE, type TExportNarrativePdfRequest } from './export-pdf';

const CANDIDATE = 'Jane Q. Candidate';
const HEADINGS = [
  ['ECQ 1: Leading Change', 'c25-lc-'],
  ['ECQ 2: Leading People', 'c25-lp-'],
  ['ECQ 3: Driving Results', 'c25-dr-'],
  ['ECQ 4: Achieving Organizational Success', 'c25-aos-'],
  ['ECQ 5: Building Coalitions', 'c25-bc-'],
] as const;

/** A five-ECQ package of corpus examples, `perEcq` under each heading (about 1,000 words per 4). */
function ecqPackage(perEcq: number): string {
  const sections = HEADINGS.map(([heading, prefix]) => {
    const pool = NARRATIVE_CORPUS.filter((e) => e.id.startsWith(prefix));
    return [heading, ...Array.from({ length: perEcq }, (_, i) => pool[i % pool.length]!.text)].join('\n\n');
  });
  return [CANDIDATE, ...sections].join('\n\n');
}

function requestFor(text: string): TPageMeasureRequest {
  const { sections } = segmentNarrative(text, { model: ECQ_2025 });
  return { text, sections: sections.map(({ index, ecqCode, start, end }) => ({ index, ecqCode, start, end })) };
}

describe('exportNarrativePdf', () => {
  // Four examples per ECQ and three more at the end: about 5,500 words, some 10 pages.
  const extra = ['c25-lc-5', 'c25-lp-5', 'c25-dr-5'].map((id) => NARRATIVE_CORPUS.find((e) => e.id === id)!.text);
  const text = [ecqPackage(4), ...extra].join('\n\n');
  const request = requestFor(text);

  it('renders a 10-page package on exactly the pages the layout and the page measurer count', async () => {
    const bytes = await exportNarrativePdf({ ...request, candidateName: CANDIDATE });
    const layout = layoutNarrative(request, { candidateName: CANDIDATE });
    const pdf = await PDFDocument.load(bytes);
    expect(layout.pageCount).toBeGreaterThanOrEqual(9);
    expect(layout.pageCount).toBeLessThanOrEqual(11);
    expect(pdf.getPageCount()).toBe(layout.pageCount);
    expect(pdf.getPageCount()).toBe(measureNarrativePages(request).totalPages);
    const report = analyzeNarrative(text, { model: ECQ_2025, measurePages: measureNarrativePages });
    expect(report.pages.status === 'measured' && report.pages.totalPages).toBe(pdf.getPageCount());
    for (const page of pdf.getPages()) expect(page.getSize()).toEqual({ width: 612, height: 792 });
  });

  it('draws exactly the layout\'s lines at their positions, with the name and "Page N of M" in the margins of every page', async () => {
    const bytes = await exportNarrativePdf({ ...request, candidateName: CANDIDATE });
    const layout = layoutNarrative(request, { candidateName: CANDIDATE });
    const pages = await readPages(bytes);
    expect(pages).toHaveLength(layout.pageCount);
    pages.forEach((items, k) => {
      const page = layout.pages[k]!;
      const body = items.filter((i) => i.fontSize === 12);
      const margins = items.filter((i) => i.fontSize !== 12);
      expect(margins.map((i) => i.str)).toEqual([CANDIDATE, `Page ${k + 1} of ${layout.pageCount}`]);
      expect(margins[0]!.y).toBeGreaterThan(792 - 72);
      expect(margins[1]!.y).toBeLessThan(72);
      const drawn = page.lines.filter((l) => l.text !== '');
      expect(body.map((i) => i.str)).toEqual(drawn.map((l) => l.text));
      body.forEach((item, j) => {
        const line = drawn[j]!;
        expect(item.x).toBeCloseTo(line.x, 3);
        expect(item.y).toBeCloseTo(line.y, 3);
        // pdf.js measures the rendered advance: the layout's width, inside the 468-point text box.
        expect(item.width).toBeCloseTo(line.width, 2);
        expect(item.x + item.width).toBeLessThanOrEqual(72 + 468 + 1e-6);
        expect(item.y).toBeGreaterThan(72);
      });
    });
  });

  it('records the metadata: title, the candidate as author, ECQ Workbench as producer, fixed dates', async () => {
    const pdf = await PDFDocument.load(await exportNarrativePdf({ ...request, candidateName: CANDIDATE, title: 'ECQs for SES-2025-017' }), {
      updateMetadata: false,
    });
    expect(pdf.getTitle()).toBe('ECQs for SES-2025-017');
    expect(pdf.getAuthor()).toBe(CANDIDATE);
    expect(pdf.getProducer()).toBe('ECQ Workbench');
    expect(pdf.getCreator()).toBe('ECQ Workbench');
    expect(pdf.getCreationDate()).toEqual(PDF_FIXED_DATE);
    expect(pdf.getModificationDate()).toEqual(PDF_FIXED_DATE);
    const untitled = await PDFDocument.load(await exportNarrativePdf({ ...request, candidateName: CANDIDATE }), { updateMetadata: false });
    expect(untitled.getTitle()).toBe(`Executive Core Qualifications: ${CANDIDATE}`);
  });

  it('gives the same bytes for the same input, and other bytes for other input', async () => {
    const first = await exportNarrativePdf({ ...request, candidateName: CANDIDATE });
    const second = await exportNarrativePdf({ ...request, candidateName: CANDIDATE });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const other = await exportNarrativePdf({ ...request, candidateName: 'John Doe' });
    expect(Buffer.from(first).equals(Buffer.from(other))).toBe(false);
  });

  it('renders text outside WinAnsi as "?" instead of failing, on the pages the layout counts', async () => {
    const odd = 'ECQ 1: Leading Change\n\nI led a team 🚀 across 东京 and Zürich — “cafe\u0301” \u2011 done.\n\u0000\u200b';
    const oddRequest = requestFor(odd);
    const bytes = await exportNarrativePdf({ ...oddRequest, candidateName: 'Zoë 李 Candidate' });
    const pages = await readPages(bytes);
    expect(pages).toHaveLength(layoutNarrative(oddRequest).pageCount);
    expect(pages[0]!.map((i) => i.str)).toEqual([
      'ECQ 1: Leading Change',
      'I led a team ? across ?? and Zürich — “café” - done.',
      'Zoë ? Candidate',
      'Page 1 of 1',
    ]);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getAuthor()).toBe('Zoë 李 Candidate');
  });

  it('renders an empty package as one page with its margins', async () => {
    const pages = await readPages(await exportNarrativePdf({ text: '', sections: [], candidateName: CANDIDATE }));
    expect(pages.map((items) => items.map((i) => i.str))).toEqual([[CANDIDATE, 'Page 1 of 1']]);
  });

  it('draws no header for a blank name (a draft), and still numbers the pages', async () => {
    const pages = await readPages(await exportNarrativePdf({ text: 'A draft.', sections: [], candidateName: '  ' }));
    expect(pages.map((items) => items.map((i) => i.str))).toEqual([['A draft.', 'Page 1 of 1']]);
  });

  it('refuses what the Word export refuses: sections outside the text, a text too long', async () => {
    const refusal = async (bad: TExportNarrativePdfRequest): Promise<unknown> => exportNarrativePdf(bad).catch((e: unknown) => e);
    const cases: [TExportNarrativePdfRequest, string, string][] = [
      [{ text: 'x', sections: [{ index: 0, ecqCode: 'LC', start: 0, end: 2 }], candidateName: CANDIDATE }, 'BAD_REQUEST', 'sections[0]'],
      [{ text: 'x'.repeat(NARRATIVE_TEXT_MAX_LENGTH + 1), sections: [], candidateName: CANDIDATE }, 'PAYLOAD_TOO_LARGE', 'text'],
    ];
    for (const [bad, code, field] of cases) {
      const error = await refusal(bad);
      expect(isAppError(error) && [error.code, error.field]).toEqual([code, field]);
    }
  });
});
