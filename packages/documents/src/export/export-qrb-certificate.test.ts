import { CASE_BASIS_LABELS, isAppError } from '@ecq/core';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { readPdfPages, type TPdfTextItem as TTextItem } from '../testing/read-pdf-text';
import { describe, expect, it } from 'vitest';
import { PDF_FIXED_DATE } from './export-pdf';
import { exportQrbCertificatePdf, type TExportQrbCertificateRequest } from './export-qrb-certificate';

const CERTIFICATE = '3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d';

const REQUEST: TExportQrbCertificateRequest = {
  certificateNumber: CERTIFICATE,
  candidateName: 'Jane Q. Candidate',
  agencyName: 'Department of the Interior',
  positionTitle: 'Deputy Director, Office of Natural Resources Revenue',
  announcementNumber: 'SES-2025-017',
  basisLabel: CASE_BASIS_LABELS.A,
  modelTitle: 'Executive Core Qualifications (January 2025)',
  decidedOn: '2025-03-14',
  decisionRule: 'unanimous',
  boardConvenedOn: '2025-03-12',
  boardMembers: [
    { name: 'Ana Ruiz', agencyName: 'Department of Energy', appointment: 'career' },
    { name: 'Ben Okafor', agencyName: 'Department of Labor', appointment: 'career' },
    { name: 'Chloe Park', agencyName: 'Small Business Administration', appointment: 'noncareer' },
  ],
  ecqs: [
    { code: 'LC', name: 'Leading Change', meets: 3, doesNotMeet: 0 },
    { code: 'LP', name: 'Leading People', meets: 3, doesNotMeet: 0 },
    { code: 'DR', name: 'Driving Results', meets: 3, doesNotMeet: 0 },
    { code: 'AOS', name: 'Achieving Organizational Success', meets: 3, doesNotMeet: 0 },
    { code: 'BC', name: 'Building Coalitions', meets: 3, doesNotMeet: 0 },
  ],
  amendments: [{ amendedOn: '2025-04-02', reason: 'Corrected the announcement number.' }],
};

const PAGE = { width: 612, height: 792, margin: 72 };
/** Times' ascent and descent in ems: a line's ink lies between baseline − descent and baseline + ascent. */
const ASCENT_EM = 0.891;
const DESCENT_EM = 0.217;

/** The text pdf.js reads from each page, without the runs that are only spaces. */
async function readPages(bytes: Uint8Array): Promise<TTextItem[][]> {
  return (await readPdfPages(bytes)).map((items) => items.filter((item) => item.str.trim() !== ''));
}

/** A page's lines top to bottom: the items on one baseline, left to right, joined by a space. */
function linesOf(items: readonly TTextItem[]): string[] {
  const rows = new Map<number, TTextItem[]>();
  for (const item of items) {
    const y = Math.round(item.y * 10) / 10;
    rows.set(y, [...(rows.get(y) ?? []), item]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) => row.sort((a, b) => a.x - b.x).map((i) => i.str.trim()).join(' ').replace(/ +/g, ' '));
}

async function linesOfPdf(bytes: Uint8Array): Promise<string[][]> {
  return (await readPages(bytes)).map(linesOf);
}

/** Every drawn string inside the 1-inch side margins; body text inside the top and bottom ones too. */
function expectInsideMargins(pages: readonly TTextItem[][]): void {
  for (const items of pages) {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.x).toBeGreaterThanOrEqual(PAGE.margin - 1e-6);
      expect(item.x + item.width).toBeLessThanOrEqual(PAGE.width - PAGE.margin + 1e-6);
      const isFooter = item.fontSize === 10;
      if (isFooter) {
        expect(item.y - DESCENT_EM * item.fontSize).toBeGreaterThan(0);
        expect(item.y + ASCENT_EM * item.fontSize).toBeLessThan(PAGE.margin);
      } else {
        expect(item.y - DESCENT_EM * item.fontSize).toBeGreaterThanOrEqual(PAGE.margin - 1e-6);
        expect(item.y + ASCENT_EM * item.fontSize).toBeLessThanOrEqual(PAGE.height - PAGE.margin + 1e-6);
      }
    }
  }
}

/** The base fonts a page uses and its content stream, decoded. */
function fontsAndContentOf(pdf: PDFDocument, index: number): { fonts: string[]; content: string } {
  const page = pdf.getPage(index);
  const fontDict = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  const fonts = (fontDict?.values() ?? []).map((ref) => String(pdf.context.lookup(ref, PDFDict).get(PDFName.of('BaseFont')))).sort();
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  const content = streams
    .map((stream) => (stream instanceof PDFRawStream ? new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()) : ''))
    .join('\n');
  return { fonts, content };
}

async function refusal(request: TExportQrbCertificateRequest): Promise<unknown> {
  return exportQrbCertificatePdf(request).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('exportQrbCertificatePdf', () => {
  it('renders the whole certificate on one US Letter page, in order', async () => {
    const bytes = await exportQrbCertificatePdf(REQUEST);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
    const [lines = []] = await linesOfPdf(bytes);
    expect(lines).toEqual([
      'Qualifications Review Board Certification',
      'Office of Personnel Management',
      expect.stringMatching(/^The Qualifications Review Board convened by the Office of Personnel Management certified the/),
      expect.any(String),
      expect.stringMatching(/as 5 CFR 317\.502 requires\.$/),
      'Candidate: Jane Q. Candidate',
      'Selecting agency: Department of the Interior',
      'Position: Deputy Director, Office of Natural Resources Revenue',
      'Announcement number: SES-2025-017',
      `Basis: ${CASE_BASIS_LABELS.A}`,
      'ECQ model: Executive Core Qualifications (January 2025)',
      'Date of decision: March 14, 2025',
      'Board convened on: March 12, 2025',
      'Decision rule: unanimous consensus on every ECQ',
      'Executive Core Qualifications',
      'ECQ Board finding',
      'LC: Leading Change Meets (3 of 3)',
      'LP: Leading People Meets (3 of 3)',
      'DR: Driving Results Meets (3 of 3)',
      'AOS: Achieving Organizational Success Meets (3 of 3)',
      'BC: Building Coalitions Meets (3 of 3)',
      'Board members',
      'Member Agency Appointment',
      'Ana Ruiz Department of Energy career SES',
      'Ben Okafor Department of Labor career SES',
      'Chloe Park Small Business Administration noncareer SES',
      'Amendments recorded after the decision',
      'April 2, 2025 Corrected the announcement number.',
      `Certificate number: ${CERTIFICATE} Page 1 of 1`,
    ]);
    const statement = lines.slice(2, 5).join(' ');
    expect(statement).toBe(
      'The Qualifications Review Board convened by the Office of Personnel Management certified the executive qualifications of Jane Q. Candidate for a first career appointment to the Senior Executive Service (SES), as 5 CFR 317.502 requires.',
    );
  });

  it('draws every string in black Times inside the margins, the footer in the bottom margin', async () => {
    const bytes = await exportQrbCertificatePdf(REQUEST);
    const pages = await readPages(bytes);
    expectInsideMargins(pages);
    const footer = pages[0]!.filter((i) => i.fontSize === 10);
    expect(footer.map((i) => i.str).join(' ')).toBe(`Certificate number: ${CERTIFICATE} Page 1 of 1`);
    const { fonts, content } = fontsAndContentOf(await PDFDocument.load(bytes), 0);
    expect([...new Set(fonts)].sort()).toEqual(['/Times-Bold', '/Times-Roman']);
    const colors = [...content.matchAll(/(\S+) (\S+) (\S+) rg/g)].map((m) => m[0]);
    expect(colors.length).toBeGreaterThan(0);
    expect(new Set(colors)).toEqual(new Set(['0 0 0 rg']));
  });

  it('records the metadata: title, OPM\'s board as author, subject, producer, en-US, fixed dates', async () => {
    const pdf = await PDFDocument.load(await exportQrbCertificatePdf(REQUEST), { updateMetadata: false });
    expect(pdf.getTitle()).toBe('QRB Certification: Jane Q. Candidate');
    expect(pdf.getAuthor()).toBe('Office of Personnel Management — Qualifications Review Board');
    expect(pdf.getSubject()).toMatch(/first career SES appointment \(5 CFR 317\.502\)/);
    expect(pdf.getProducer()).toBe('ECQ Workbench');
    expect(pdf.getCreator()).toBe('ECQ Workbench');
    expect(pdf.getCreationDate()).toEqual(PDF_FIXED_DATE);
    expect(pdf.getModificationDate()).toEqual(PDF_FIXED_DATE);
    const lang = pdf.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : lang).toBe('en-US');
  });

  it('gives the same bytes for the same request, and other bytes for another', async () => {
    const first = await exportQrbCertificatePdf(REQUEST);
    const second = await exportQrbCertificatePdf({ ...REQUEST, boardMembers: [...REQUEST.boardMembers], ecqs: [...REQUEST.ecqs] });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const other = await exportQrbCertificatePdf({ ...REQUEST, certificateNumber: '00000000-0000-4000-8000-000000000000' });
    expect(Buffer.from(first).equals(Buffer.from(other))).toBe(false);
  });

  it('states a majority decision with its counts, and leaves out a missing announcement and amendments', async () => {
    const bytes = await exportQrbCertificatePdf({
      ...REQUEST,
      decisionRule: 'majority',
      announcementNumber: '  ',
      amendments: undefined,
      ecqs: [
        { code: 'LC', name: 'Leading Change', meets: 2, doesNotMeet: 1 },
        { code: 'LP', name: 'Leading People', meets: 3, doesNotMeet: 0 },
      ],
    });
    const [lines = []] = await linesOfPdf(bytes);
    expect(lines).toContain('Decision rule: majority on every ECQ');
    expect(lines).toContain('LC: Leading Change Meets (2 of 3)');
    expect(lines).toContain('LP: Leading People Meets (3 of 3)');
    expect(lines.some((l) => l.startsWith('Announcement number'))).toBe(false);
    expect(lines.slice(lines.indexOf('Amendments recorded after the decision') + 1, -1)).toEqual(['None.']);
  });

  it('wraps a very long position title and paginates 20 amendments without crossing a margin', async () => {
    const positionTitle = `${'Principal Deputy Assistant Secretary for Policy, Management and Budget and '.repeat(6)}${'X'.repeat(150)} (acting)`;
    const amendments = Array.from({ length: 20 }, (_, i) => ({
      amendedOn: `2025-05-${String(i + 1).padStart(2, '0')}`,
      reason: `Amendment ${i + 1}: ${'the record of the board was corrected after review by the Office of Personnel Management; '.repeat(3)}end of amendment ${i + 1}.`,
    }));
    const certificateNumber = 'W'.repeat(100);
    const bytes = await exportQrbCertificatePdf({ ...REQUEST, positionTitle, amendments, certificateNumber });
    const pages = await readPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(pages.length);
    expectInsideMargins(pages);

    const lines = pages.map(linesOf);
    lines.forEach((page, k) => expect(page.at(-1)).toMatch(new RegExp(`Page ${k + 1} of ${pages.length}$`)));
    // A section heading is never left alone at the foot of a page: it goes over with its first row.
    const lastBodyLines = pages.map((items) => linesOf(items.filter((i) => i.fontSize !== 10)).at(-1));
    for (const heading of ['Executive Core Qualifications', 'Board members', 'Amendments recorded after the decision']) {
      expect(lastBodyLines).not.toContain(heading);
    }
    const text = lines.map((page) => page.join(' ')).join(' ').replace(/ +/g, ' ');
    const wrappedTitle = pages[0]!.filter((i) => i.fontSize === 12 && i.str.includes('Principal Deputy'));
    expect(wrappedTitle.length).toBeGreaterThan(3);
    // The unbreakable run is split across lines; rejoined, the title reads as given.
    expect(text.replace(/X X/g, 'XX')).toContain(`Position: ${positionTitle} Announcement number: SES-2025-017`);
    for (const { reason } of amendments) expect(text).toContain(reason);
    expect(text).toContain('end of amendment 20.');
    expect(text.indexOf('May 20, 2025')).toBeGreaterThan(text.indexOf('May 19, 2025'));
  });

  it('draws text the standard fonts cannot show as "?" instead of failing', async () => {
    const bytes = await exportQrbCertificatePdf({
      ...REQUEST,
      candidateName: 'Zoë Ŝmith 😀',
      agencyName: 'Department of State — 東京 office',
      boardMembers: [{ ...REQUEST.boardMembers[0]!, name: 'Jose\u0301 Nu\u00f1ez\u200b' }, ...REQUEST.boardMembers.slice(1)],
    });
    const [lines = []] = await linesOfPdf(bytes);
    expect(lines).toContain('Candidate: Zoë ?mith ?');
    expect(lines).toContain('Selecting agency: Department of State — ?? office');
    expect(lines).toContain('José Nuñez Department of Energy career SES');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('QRB Certification: Zoë Ŝmith 😀');
  });

  it('refuses, naming the field, a request that is not a certificate of an approval', async () => {
    const ecqsWith = (i: number, counts: { meets: number; doesNotMeet: number }): TExportQrbCertificateRequest['ecqs'] =>
      REQUEST.ecqs.map((e, k) => (k === i ? { ...e, ...counts } : e));
    const fourMembers = [...REQUEST.boardMembers, { name: 'Dev Patel', agencyName: 'NASA', appointment: 'career' as const }];
    const cases: [string, Partial<TExportQrbCertificateRequest>, string, string][] = [
      ['blank candidate', { candidateName: '  ' }, 'BAD_REQUEST', 'candidateName'],
      ['blank agency', { agencyName: '' }, 'BAD_REQUEST', 'agencyName'],
      ['blank position', { positionTitle: '\n\t' }, 'BAD_REQUEST', 'positionTitle'],
      ['blank certificate number', { certificateNumber: ' ' }, 'BAD_REQUEST', 'certificateNumber'],
      ['certificate number too long', { certificateNumber: '1'.repeat(101) }, 'BAD_REQUEST', 'certificateNumber'],
      ['impossible decision date', { decidedOn: '2025-02-30' }, 'INVALID_DATE', 'decidedOn'],
      ['convened date not YYYY-MM-DD', { boardConvenedOn: '03/12/2025' }, 'INVALID_DATE', 'boardConvenedOn'],
      ['impossible amendment date', { amendments: [{ amendedOn: '2025-13-01', reason: 'x' }] }, 'INVALID_DATE', 'amendments[0].amendedOn'],
      ['decided before convened', { boardConvenedOn: '2025-03-15' }, 'BAD_REQUEST', 'decidedOn'],
      ['amended before the decision', { amendments: [{ amendedOn: '2025-03-13', reason: 'x' }] }, 'BAD_REQUEST', 'amendments[0].amendedOn'],
      ['blank amendment reason', { amendments: [{ amendedOn: '2025-04-01', reason: ' ' }] }, 'BAD_REQUEST', 'amendments[0].reason'],
      ['no ECQs', { ecqs: [] }, 'BAD_REQUEST', 'ecqs'],
      ['no board members', { boardMembers: [] }, 'BAD_REQUEST', 'boardMembers'],
      ['blank member name', { boardMembers: [REQUEST.boardMembers[0]!, { ...REQUEST.boardMembers[1]!, name: '' }, REQUEST.boardMembers[2]!] }, 'BAD_REQUEST', 'boardMembers[1].name'],
      ['unknown appointment', { boardMembers: [{ ...REQUEST.boardMembers[0]!, appointment: 'acting' as unknown as 'career' }] }, 'BAD_REQUEST', 'boardMembers[0].appointment'],
      ['unknown decision rule', { decisionRule: 'plurality' as unknown as 'majority' }, 'BAD_REQUEST', 'decisionRule'],
      ['counts not adding up to the board', { ecqs: ecqsWith(0, { meets: 2, doesNotMeet: 0 }) }, 'BAD_REQUEST', 'ecqs[0]'],
      ['fractional count', { ecqs: ecqsWith(3, { meets: 2.5, doesNotMeet: 0.5 }) }, 'BAD_REQUEST', 'ecqs[3].meets'],
      ['not met under unanimous', { ecqs: ecqsWith(2, { meets: 2, doesNotMeet: 1 }) }, 'BAD_REQUEST', 'ecqs[2]'],
      ['not met under majority', { decisionRule: 'majority', ecqs: ecqsWith(1, { meets: 1, doesNotMeet: 2 }) }, 'BAD_REQUEST', 'ecqs[1]'],
      [
        'a tie is no majority',
        { decisionRule: 'majority', boardMembers: fourMembers, ecqs: REQUEST.ecqs.map((e, k) => ({ ...e, meets: k === 4 ? 2 : 4, doesNotMeet: k === 4 ? 2 : 0 })) },
        'BAD_REQUEST',
        'ecqs[4]',
      ],
    ];
    for (const [name, change, code, field] of cases) {
      const error = await refusal({ ...REQUEST, ...change });
      expect(isAppError(error) && [name, error.code, error.field], name).toEqual([name, code, field]);
      if (isAppError(error) && code === 'BAD_REQUEST') expect(error.message, name).toMatch(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}: `));
      if (isAppError(error) && name.startsWith('not met')) expect(error.message).toMatch(/a certificate is only for an approval/);
    }
    // The refused requests differ from REQUEST only in the field named: REQUEST itself is accepted.
    await expect(exportQrbCertificatePdf(REQUEST)).resolves.toBeInstanceOf(Uint8Array);
  });
});
