import {
  AppError,
  ASCENT_EM,
  DEFAULT_PAGE_SETUP,
  MARGIN_TEXT_SIZE,
  parseCalendarDate,
  QRB_DECISION_RULES,
  SES_APPOINTMENT_TYPES,
  toWinAnsi,
  type TCalendarDate,
  type TLayoutFont,
} from '@ecq/core';
import { rgb } from 'pdf-lib';
import { createPdfDocument } from './pdf-document';

export interface TQrbCertificateMember {
  readonly name: string;
  readonly agencyName: string;
  readonly appointment: 'career' | 'noncareer';
}

export interface TQrbCertificateEcq {
  readonly code: string;
  readonly name: string;
  /** Members who found the ECQ met. */
  readonly meets: number;
  /** Members who found it not met. */
  readonly doesNotMeet: number;
}

export interface TQrbCertificateAmendment {
  readonly amendedOn: string;
  readonly reason: string;
}

export interface TExportQrbCertificateRequest {
  /** The decision id (a UUID), shown in the footer of every page. */
  readonly certificateNumber: string;
  readonly candidateName: string;
  /** The agency that selected the candidate. */
  readonly agencyName: string;
  readonly positionTitle: string;
  /** Shown on its own line when given and not blank. */
  readonly announcementNumber?: string | undefined;
  /** E.g. core `CASE_BASIS_LABELS.A`. */
  readonly basisLabel: string;
  /** E.g. "Executive Core Qualifications (January 2025)". */
  readonly modelTitle: string;
  /** YYYY-MM-DD. */
  readonly decidedOn: string;
  readonly decisionRule: 'unanimous' | 'majority';
  /** YYYY-MM-DD. */
  readonly boardConvenedOn: string;
  readonly boardMembers: readonly TQrbCertificateMember[];
  readonly ecqs: readonly TQrbCertificateEcq[];
  /** Amendments recorded after the decision (reason and date), listed on the certificate so it shows the record as it stands. */
  readonly amendments?: readonly TQrbCertificateAmendment[] | undefined;
}

/** The longest certificate number accepted: a UUID is 36 characters; the footer has room for a few lines. */
export const QRB_CERTIFICATE_NUMBER_MAX_LENGTH = 100;

/** The certificate's heading, also the first line of its text. */
export const QRB_CERTIFICATE_HEADING = 'Qualifications Review Board Certification';

const DECISION_RULE_TEXT: Readonly<Record<TExportQrbCertificateRequest['decisionRule'], string>> = {
  unanimous: 'unanimous consensus on every ECQ',
  majority: 'majority on every ECQ',
};

const APPOINTMENT_TEXT: Readonly<Record<TQrbCertificateMember['appointment'], string>> = {
  career: 'career SES',
  noncareer: 'noncareer SES',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const PAGE = DEFAULT_PAGE_SETUP;
const BOX_LEFT = PAGE.margins.left;
const BOX_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;
const BOX_TOP = PAGE.height - PAGE.margins.top;
const BOX_BOTTOM = PAGE.margins.bottom;
const BODY_SIZE = PAGE.fontSize;
const HEADING_SIZE = 16;
/** Baseline-to-baseline distance as a share of the type size: Word's "single" for Times. */
const LEADING_EM = 1.15;
const COLUMN_GAP = 12;
const FOOTER_LEADING = 11;

/** One string drawn on a page, already in WinAnsi. */
interface TDrawnText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly font: TLayoutFont;
}

/** A table cell: text wrapped inside `[x, x + width)` of the text box (x from its left edge). */
interface TCell {
  readonly text: string;
  readonly x: number;
  readonly width: number;
  readonly font: TLayoutFont;
  readonly align?: 'left' | 'right' | 'center';
}

/** A row's cells with their wrapped lines, and the height they take at `size`. */
interface TWrappedRow {
  readonly cells: readonly TCell[];
  readonly lines: readonly (readonly string[])[];
  readonly lineCount: number;
  readonly size: number;
  readonly height: number;
}

type TMeasure = (text: string, font: TLayoutFont, size: number) => number;

/**
 * Renders the certificate of a Qualifications Review Board approval as a PDF (POLICY.md §2, high: an
 * OPM-convened QRB certifies a candidate's executive qualifications before a first career SES appointment,
 * 5 CFR 317.502): the statement of certification, the case (candidate, selecting agency, position and
 * announcement, basis, ECQ model), the decision (dates and rule), every ECQ with the board's count, the board
 * members with their agencies and appointments, the amendments recorded since, and the certificate number
 * with "Page N of M" in the bottom margin of every page. US Letter, 1-inch margins, Times; one page unless the
 * text needs more. Every string is drawn through core's `toWinAnsi` and wrapped by the font's own widths, so
 * no text fails to draw or crosses a margin. Deterministic: the same request gives the same bytes.
 * @throws AppError `INVALID_DATE` naming `decidedOn`, `boardConvenedOn` or `amendments[i].amendedOn` when not a
 * calendar date; `BAD_REQUEST` naming the field for a blank text, an empty `ecqs` or `boardMembers`, counts
 * that do not add up to the board, an ECQ not met under `decisionRule` (a certificate is only for an
 * approval), or dates out of order (decided before the board convened, amended before the decision).
 */
export async function exportQrbCertificatePdf(request: TExportQrbCertificateRequest): Promise<Uint8Array> {
  assertRequest(request);
  const { doc, fonts } = await createPdfDocument({
    title: `QRB Certification: ${request.candidateName.trim()}`,
    author: 'Office of Personnel Management \u2014 Qualifications Review Board',
    subject: 'Certification of executive qualifications for a first career SES appointment (5 CFR 317.502)',
  });
  // Glyph by glyph: pdf-lib's width of a whole string subtracts kerning that `drawText` never applies, so a
  // line measured whole can be drawn up to a few tenths of a point past the margin.
  const measure: TMeasure = (text, font, size) => {
    let width = 0;
    for (const char of text) width += fonts[font].widthOfTextAtSize(char, size);
    return width;
  };
  const pages = layOutBody(request, measure);
  pages.forEach((body, k) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    let current: TLayoutFont | undefined;
    for (const item of [...body, ...layOutFooter(request.certificateNumber, k + 1, pages.length, measure)]) {
      // pdf-lib adds a font resource on every `setFont` (and every `drawText` given a font): switch only on change.
      if (item.font !== current) page.setFont(fonts[item.font]);
      current = item.font;
      page.drawText(item.text, { x: item.x, y: item.y, size: item.size, color: rgb(0, 0, 0) });
    }
  });
  return doc.save();
}

/** The body of the certificate, page by page, inside the 1-inch margins. */
function layOutBody(request: TExportQrbCertificateRequest, measure: TMeasure): TDrawnText[][] {
  const pages: TDrawnText[][] = [[]];
  let top = BOX_TOP;
  const isPageEmpty = (): boolean => pages[pages.length - 1]!.length === 0;
  const ensureRoom = (height: number): void => {
    if (top - height < BOX_BOTTOM - 1e-9 && !isPageEmpty()) {
      pages.push([]);
      top = BOX_TOP;
    }
  };
  const gap = (height: number): void => {
    if (!isPageEmpty()) top -= height;
  };
  /** Keeps what follows on one page when a page can hold it. */
  const keepTogether = (height: number): void => {
    if (height <= BOX_TOP - BOX_BOTTOM) ensureRoom(height);
  };
  /** Cells side by side, each wrapped in its column. */
  const wrapRow = (cells: readonly TCell[], size = BODY_SIZE): TWrappedRow => {
    const lines = cells.map((cell) => wrapText(toWinAnsi(cell.text), cell.width, (s) => measure(s, cell.font, size)));
    const lineCount = Math.max(0, ...lines.map((l) => l.length));
    return { cells, lines, lineCount, size, height: lineCount * size * LEADING_EM };
  };
  /** A row at the cursor, on one page when a page can hold it. */
  const place = ({ cells, lines, lineCount, size, height }: TWrappedRow): void => {
    const leading = size * LEADING_EM;
    keepTogether(height);
    for (let k = 0; k < lineCount; k++) {
      ensureRoom(leading);
      const y = round(top - ASCENT_EM * size);
      cells.forEach((cell, c) => {
        const text = lines[c]![k];
        if (text === undefined || text === '') return;
        const spare = cell.width - measure(text, cell.font, size);
        const shift = cell.align === 'right' ? spare : cell.align === 'center' ? spare / 2 : 0;
        pages[pages.length - 1]!.push({ text, x: round(BOX_LEFT + cell.x + shift), y, size, font: cell.font });
      });
      top -= leading;
    }
  };
  const row = (cells: readonly TCell[], size = BODY_SIZE): void => place(wrapRow(cells, size));
  const full = (text: string, font: TLayoutFont, align: TCell['align'] = 'left'): TCell => ({ text, x: 0, width: BOX_WIDTH, font, align });
  /** A bold heading and its rows, the heading kept on the page of the first `keep` rows. */
  const section = (title: string, rows: readonly (readonly TCell[])[], keep: number): void => {
    gap(BODY_SIZE * LEADING_EM);
    const wrapped = [wrapRow([full(title, 'bold')]), ...rows.map((cells) => wrapRow(cells))];
    keepTogether(wrapped.slice(0, 1 + keep).reduce((height, r) => height + r.height, 0));
    wrapped.forEach(place);
  };

  row([full(QRB_CERTIFICATE_HEADING, 'bold', 'center')], HEADING_SIZE);
  row([full('Office of Personnel Management', 'regular', 'center')]);
  gap(BODY_SIZE * LEADING_EM);
  row([
    full(
      `The Qualifications Review Board convened by the Office of Personnel Management certified the executive qualifications of ${request.candidateName.trim()} for a first career appointment to the Senior Executive Service (SES), as 5 CFR 317.502 requires.`,
      'regular',
    ),
  ]);
  gap(BODY_SIZE * LEADING_EM);

  const announcement = request.announcementNumber?.trim() ?? '';
  const fields: [string, string][] = [
    ['Candidate:', request.candidateName],
    ['Selecting agency:', request.agencyName],
    ['Position:', request.positionTitle],
    ...(announcement === '' ? [] : [['Announcement number:', announcement] as [string, string]]),
    ['Basis:', request.basisLabel],
    ['ECQ model:', request.modelTitle],
    ['Date of decision:', formatDate(request.decidedOn)],
    ['Board convened on:', formatDate(request.boardConvenedOn)],
    ['Decision rule:', DECISION_RULE_TEXT[request.decisionRule]],
  ];
  const labelWidth = Math.max(...fields.map(([label]) => measure(label, 'bold', BODY_SIZE))) + COLUMN_GAP;
  for (const [label, value] of fields) {
    row([
      { text: label, x: 0, width: labelWidth, font: 'bold' },
      { text: value.trim(), x: labelWidth, width: BOX_WIDTH - labelWidth, font: 'regular' },
    ]);
  }

  const counts = request.ecqs.map((e) => `Meets (${e.meets} of ${e.meets + e.doesNotMeet})`);
  const countWidth = Math.max(measure('Board finding', 'bold', BODY_SIZE), ...counts.map((c) => measure(c, 'regular', BODY_SIZE)));
  const ecqWidth = BOX_WIDTH - countWidth - COLUMN_GAP;
  const ecqColumns = (ecq: string, count: string, font: TLayoutFont): TCell[] => [
    { text: ecq, x: 0, width: ecqWidth, font },
    { text: count, x: ecqWidth + COLUMN_GAP, width: countWidth, font, align: 'right' },
  ];
  section(
    'Executive Core Qualifications',
    [ecqColumns('ECQ', 'Board finding', 'bold'), ...request.ecqs.map((ecq, i) => ecqColumns(`${ecq.code.trim()}: ${ecq.name.trim()}`, counts[i]!, 'regular'))],
    2,
  );

  const appointmentWidth = Math.max(...['Appointment', ...Object.values(APPOINTMENT_TEXT)].map((t) => measure(t, 'bold', BODY_SIZE)));
  const nameWidth = Math.floor((BOX_WIDTH - appointmentWidth - 2 * COLUMN_GAP) * 0.45);
  const agencyWidth = BOX_WIDTH - appointmentWidth - 2 * COLUMN_GAP - nameWidth;
  const memberColumns = (name: string, agency: string, appointment: string, font: TLayoutFont): TCell[] => [
    { text: name, x: 0, width: nameWidth, font },
    { text: agency, x: nameWidth + COLUMN_GAP, width: agencyWidth, font },
    { text: appointment, x: BOX_WIDTH - appointmentWidth, width: appointmentWidth, font },
  ];
  section(
    'Board members',
    [
      memberColumns('Member', 'Agency', 'Appointment', 'bold'),
      ...request.boardMembers.map((m) => memberColumns(m.name.trim(), m.agencyName.trim(), APPOINTMENT_TEXT[m.appointment], 'regular')),
    ],
    2,
  );

  const amendments = request.amendments ?? [];
  const dates = amendments.map((a) => formatDate(a.amendedOn));
  const dateWidth = Math.max(0, ...dates.map((d) => measure(d, 'regular', BODY_SIZE))) + COLUMN_GAP;
  const amendmentRows = amendments.map((amendment, i): TCell[] => [
    { text: dates[i]!, x: 0, width: dateWidth, font: 'regular' },
    { text: amendment.reason.trim(), x: dateWidth, width: BOX_WIDTH - dateWidth, font: 'regular' },
  ]);
  section('Amendments recorded after the decision', amendmentRows.length === 0 ? [[full('None.', 'regular')]] : amendmentRows, 1);
  return pages;
}

/**
 * The bottom margin of one page: "Certificate number: …" at the left (wrapped upwards if it is long) and
 * "Page N of M" at the right, on the margin's middle line.
 */
function layOutFooter(certificateNumber: string, number: number, pageCount: number, measure: TMeasure): TDrawnText[] {
  const size = MARGIN_TEXT_SIZE;
  const baseline = round(PAGE.margins.bottom / 2 - size / 3);
  const pageText = `Page ${number} of ${pageCount}`;
  const pageWidth = measure(pageText, 'regular', size);
  const lines = wrapText(toWinAnsi(`Certificate number: ${certificateNumber.trim()}`), BOX_WIDTH - pageWidth - COLUMN_GAP, (s) => measure(s, 'regular', size));
  return [
    ...lines.map((text, k): TDrawnText => ({ text, x: BOX_LEFT, y: round(baseline + (lines.length - 1 - k) * FOOTER_LEADING), size, font: 'regular' })),
    { text: pageText, x: round(BOX_LEFT + BOX_WIDTH - pageWidth), y: baseline, size, font: 'regular' },
  ];
}

/**
 * Greedy word wrap of WinAnsi text into lines no wider than `width`. A word wider than a whole line (a long
 * id, a run without spaces) is broken between characters, starting on the current line. Runs of spaces
 * collapse to one (the fields are single-line values).
 */
function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (measure(joined) <= width) {
      line = joined;
    } else if (measure(word) <= width) {
      lines.push(line);
      line = word;
    } else {
      let rest = word;
      let prefix = line === '' ? '' : `${line} `;
      for (;;) {
        let cut = 0;
        while (cut < rest.length && measure(prefix + rest.slice(0, cut + 1)) <= width) cut++;
        if (cut === rest.length) break;
        // Nothing fits after the words already on the line: go on on the next; a lone glyph always fits.
        if (cut === 0 && prefix !== '') {
          lines.push(prefix.trimEnd());
          prefix = '';
          continue;
        }
        cut = Math.max(cut, 1);
        lines.push(prefix + rest.slice(0, cut));
        rest = rest.slice(cut);
        prefix = '';
      }
      line = prefix + rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** "2025-03-14" as "March 14, 2025"; the date is already checked. */
function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${MONTHS[month - 1]!} ${day}, ${year}`;
}

/** Positions to a thousandth of a point, so the PDF's numbers stay short and stable. */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function fail(field: string, message: string): never {
  throw new AppError('BAD_REQUEST', `${field}: ${message}`, { field });
}

function assertText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') fail(field, 'must not be blank');
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * A certificate states an approval (POLICY.md §2): every field it prints is present, the dates are calendar
 * dates in order, and every ECQ is met under the board's rule, as `deriveBoardDecision` counts it.
 */
function assertRequest(request: TExportQrbCertificateRequest): void {
  assertText(request.certificateNumber, 'certificateNumber');
  if (request.certificateNumber.trim().length > QRB_CERTIFICATE_NUMBER_MAX_LENGTH) {
    fail('certificateNumber', `must be at most ${QRB_CERTIFICATE_NUMBER_MAX_LENGTH} characters`);
  }
  for (const field of ['candidateName', 'agencyName', 'positionTitle', 'basisLabel', 'modelTitle'] as const) assertText(request[field], field);
  if (request.announcementNumber !== undefined && typeof request.announcementNumber !== 'string') fail('announcementNumber', 'must be text');

  const decidedOn: TCalendarDate = parseCalendarDate(request.decidedOn, 'decidedOn');
  const convenedOn: TCalendarDate = parseCalendarDate(request.boardConvenedOn, 'boardConvenedOn');
  if (decidedOn < convenedOn) fail('decidedOn', `the decision (${decidedOn}) cannot come before the board convened (${convenedOn})`);
  if (!(QRB_DECISION_RULES as readonly unknown[]).includes(request.decisionRule)) fail('decisionRule', `must be one of ${QRB_DECISION_RULES.join(', ')}`);

  if (!Array.isArray(request.boardMembers as unknown) || request.boardMembers.length === 0) fail('boardMembers', 'a certificate names the board; the list is empty');
  request.boardMembers.forEach((member, i) => {
    assertText(member.name, `boardMembers[${i}].name`);
    assertText(member.agencyName, `boardMembers[${i}].agencyName`);
    if (!(SES_APPOINTMENT_TYPES as readonly unknown[]).includes(member.appointment)) {
      fail(`boardMembers[${i}].appointment`, `must be one of ${SES_APPOINTMENT_TYPES.join(', ')}`);
    }
  });

  if (!Array.isArray(request.ecqs as unknown) || request.ecqs.length === 0) fail('ecqs', 'a certificate lists the ECQs decided on; the list is empty');
  const boardSize = request.boardMembers.length;
  request.ecqs.forEach((ecq, i) => {
    const field = `ecqs[${i}]`;
    assertText(ecq.code, `${field}.code`);
    assertText(ecq.name, `${field}.name`);
    if (!isCount(ecq.meets)) fail(`${field}.meets`, 'must be a whole number of members, 0 or more');
    if (!isCount(ecq.doesNotMeet)) fail(`${field}.doesNotMeet`, 'must be a whole number of members, 0 or more');
    const total = ecq.meets + ecq.doesNotMeet;
    if (total !== boardSize) fail(field, `${ecq.meets} meets and ${ecq.doesNotMeet} does not meet are ${total} findings; the board has ${boardSize} members`);
    const isMet = request.decisionRule === 'unanimous' ? ecq.doesNotMeet === 0 : ecq.meets * 2 > total;
    if (!isMet) {
      fail(field, `${ecq.code.trim()} is not met by ${request.decisionRule === 'unanimous' ? 'unanimous consensus' : 'a majority'} (${ecq.meets} of ${total} find it met); a certificate is only for an approval`);
    }
  });

  if (request.amendments !== undefined) {
    if (!Array.isArray(request.amendments as unknown)) fail('amendments', 'must be a list');
    request.amendments.forEach((amendment, i) => {
      const amendedOn = parseCalendarDate(amendment.amendedOn, `amendments[${i}].amendedOn`);
      if (amendedOn < decidedOn) fail(`amendments[${i}].amendedOn`, `an amendment is recorded on or after the decision (${decidedOn}); got ${amendedOn}`);
      assertText(amendment.reason, `amendments[${i}].reason`);
    });
  }
}
