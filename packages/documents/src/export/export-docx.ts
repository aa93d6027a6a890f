import { AppError, NARRATIVE_TEXT_MAX_LENGTH, type TPageSection } from '@ecq/core';
import { defaultTitleOf } from './export-pdf';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TextRun,
} from 'docx';

/** The QRB page (POLICY.md §3): US Letter, 1-inch margins, Times New Roman 12 pt, in Word's units. */
export const QRB_DOCX_PAGE = {
  /** 8.5 × 11 inches in twentieths of a point. */
  widthTwips: 12_240,
  heightTwips: 15_840,
  marginTwips: 1_440,
  /** Header and footer sit half an inch from the edge, inside the 1-inch margin. */
  headerFooterTwips: 720,
  font: 'Times New Roman',
  /** Half-points, Word's unit for type size: 24 = 12 pt. */
  sizeHalfPoints: 24,
} as const;

export interface TExportNarrativeDocxRequest {
  readonly text: string;
  /** Printed at the top of every page. */
  readonly candidateName: string;
  /** The document's title property; "Executive Core Qualifications: <name>" when absent (as the PDF export). */
  readonly title?: string | undefined;
  /** The ECQ sections found by the analyzer (`segmentNarrative`), as offsets into `text`. */
  readonly sections: readonly TPageSection[];
}

/** Characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/FFFF): dropped from the runs. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LINE_BREAK = /\r\n|[\n\r\u000b\f\u2028\u2029]/g;

/**
 * Writes an ECQ narrative as a Word file in the usual QRB layout (issue 4 part 3; POLICY.md §3): US Letter,
 * 1-inch margins, Times New Roman 12 pt, single spacing; every line of the text a paragraph, blank lines
 * kept as empty paragraphs, tabs as tabs; the first line of each ECQ section (one with an `ecqCode`) a bold
 * Heading 1 kept with the next line; the candidate's name in the page header and "Page N of M" (Word page
 * fields) in the footer; title and creator in the document properties. The body (`word/document.xml`) is a
 * function of the request alone; only the file's timestamps vary.
 * A blank candidate name (a draft) leaves the page header empty.
 * @throws AppError BAD_REQUEST naming `sections[i]` when outside the text;
 * PAYLOAD_TOO_LARGE naming `text` over `NARRATIVE_TEXT_MAX_LENGTH`.
 */
export async function exportNarrativeDocx(request: TExportNarrativeDocxRequest): Promise<Uint8Array> {
  const { text, sections } = request;
  const candidateName = request.candidateName.trim();
  if (text.length > NARRATIVE_TEXT_MAX_LENGTH) {
    throw new AppError('PAYLOAD_TOO_LARGE', `text is longer than ${NARRATIVE_TEXT_MAX_LENGTH.toLocaleString('en-US')} characters`, { field: 'text' });
  }
  sections.forEach((s, i) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > text.length) {
      throw new AppError('BAD_REQUEST', `sections[${i}] must be offsets inside the text (0 ≤ start ≤ end ≤ ${text.length})`, { field: `sections[${i}]` });
    }
  });

  const lines = splitLines(text);
  const headingLines = new Set<number>();
  for (const section of sections) {
    if (section.ecqCode === undefined) continue;
    const k = lines.findIndex((l) => l.end >= firstVisible(text, section.start, section.end));
    if (k >= 0) headingLines.add(k);
  }
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first]!.text.trim().length === 0) first++;
  while (last >= first && lines[last]!.text.trim().length === 0) last--;
  const body: Paragraph[] = [];
  for (let k = first; k <= last; k++) {
    const line = lines[k]!.text;
    if (headingLines.has(k)) body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [runOf(line.trim())] }));
    else body.push(new Paragraph({ children: line.trim().length === 0 ? [] : [runOf(line.trimEnd())] }));
  }
  if (body.length === 0) body.push(new Paragraph({}));

  const document = new Document({
    title: request.title?.trim() || defaultTitleOf(candidateName),
    subject: 'Executive Core Qualifications',
    creator: candidateName,
    lastModifiedBy: candidateName,
    styles: {
      default: {
        document: {
          run: { font: QRB_DOCX_PAGE.font, size: QRB_DOCX_PAGE.sizeHalfPoints },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
        heading1: {
          run: { font: QRB_DOCX_PAGE.font, size: QRB_DOCX_PAGE.sizeHalfPoints, bold: true, color: '000000' },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: QRB_DOCX_PAGE.widthTwips, height: QRB_DOCX_PAGE.heightTwips, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: QRB_DOCX_PAGE.marginTwips,
              right: QRB_DOCX_PAGE.marginTwips,
              bottom: QRB_DOCX_PAGE.marginTwips,
              left: QRB_DOCX_PAGE.marginTwips,
              header: QRB_DOCX_PAGE.headerFooterTwips,
              footer: QRB_DOCX_PAGE.headerFooterTwips,
            },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: candidateName === '' ? [] : [runOf(candidateName)] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** One run for a line: text XML can hold, tabs as Word tabs. */
function runOf(line: string): TextRun {
  const parts = line.replace(NOT_XML, '').split('\t');
  return new TextRun({ children: parts.flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])).filter((c) => c !== '') });
}

interface TLine {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function splitLines(text: string): TLine[] {
  const lines: TLine[] = [];
  let start = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    lines.push({ text: text.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

/** The first non-blank character of `text[start, end)`, or `start` when all is blank. */
function firstVisible(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text[i]!.trim().length > 0) return i;
  return start;
}
