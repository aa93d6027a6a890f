import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

/** A block of a test PDF: a bold heading line, a wrapped paragraph, or a wrapped bullet item. */
export type TPdfFixtureBlock = { readonly heading: string } | { readonly paragraph: string } | { readonly bullet: string };

export interface TPdfFixtureOptions {
  readonly blocks: readonly TPdfFixtureBlock[];
  /** A running header line at the top of every page (the candidate's name). */
  readonly header?: string;
  /** Write "Page N of M" at the bottom of every page. */
  readonly pageNumbers?: boolean;
  /** Blank space between paragraphs, in points (a blank 12-pt line by default; 0 for none). */
  readonly paragraphGap?: number;
}

const PAGE = { width: 612, height: 792, margin: 72, size: 12, leading: 14 } as const;
const BULLET_INDENT = 18;

/**
 * A real PDF written by pdf-lib in the QRB layout (US Letter, 1-inch margins, Times 12 pt): headings bold,
 * paragraphs wrapped to the margins, bullets with a hanging indent, an optional running header and
 * "Page N of M" footer. For import tests; the text is laid out here with the fonts' real widths.
 */
export async function buildNarrativePdf(options: TPdfFixtureOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const gap = options.paragraphGap ?? PAGE.leading;
  const width = PAGE.width - 2 * PAGE.margin;

  interface TPlaced {
    readonly text: string;
    readonly x: number;
    readonly font: PDFFont;
    readonly gapBefore: number;
    /** Drawn on the baseline of the next placed line (a bullet glyph). */
    readonly sameLine?: boolean;
  }
  const placed: TPlaced[] = [];
  options.blocks.forEach((block, k) => {
    const isListContinued = 'bullet' in block && k > 0 && 'bullet' in options.blocks[k - 1]!;
    const gapBefore = k === 0 || isListContinued ? 0 : gap;
    if ('heading' in block) {
      placed.push({ text: block.heading, x: PAGE.margin, font: bold, gapBefore });
    } else if ('paragraph' in block) {
      wrap(block.paragraph, regular, width).forEach((line, i) => placed.push({ text: line, x: PAGE.margin, font: regular, gapBefore: i === 0 ? gapBefore : 0 }));
    } else {
      // Word's bullet: the glyph at the margin, the text at a tab stop, continuation lines hanging at the tab.
      wrap(block.bullet, regular, width - BULLET_INDENT).forEach((line, i) => {
        if (i === 0) placed.push({ text: '•', x: PAGE.margin, font: regular, gapBefore, sameLine: true });
        placed.push({ text: line, x: PAGE.margin + BULLET_INDENT, font: regular, gapBefore: i === 0 ? gapBefore : 0 });
      });
    }
  });

  const pages: { text: string; x: number; y: number; font: PDFFont }[][] = [[]];
  let y = PAGE.height - PAGE.margin - PAGE.size;
  let pending: TPlaced | undefined;
  for (const line of placed) {
    if (line.sameLine) {
      pending = line;
      continue;
    }
    y -= pages[pages.length - 1]!.length === 0 ? 0 : line.gapBefore + PAGE.leading;
    if (y < PAGE.margin) {
      pages.push([]);
      y = PAGE.height - PAGE.margin - PAGE.size;
    }
    if (pending) pages[pages.length - 1]!.push({ text: pending.text, x: pending.x, y, font: pending.font });
    pending = undefined;
    pages[pages.length - 1]!.push({ text: line.text, x: line.x, y, font: line.font });
  }
  pages.forEach((lines, p) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    if (options.header !== undefined) page.drawText(options.header, { x: PAGE.margin, y: PAGE.height - 48, size: PAGE.size, font: regular });
    for (const line of lines) page.drawText(line.text, { x: line.x, y: line.y, size: PAGE.size, font: line.font });
    if (options.pageNumbers) {
      const footer = `Page ${p + 1} of ${pages.length}`;
      page.drawText(footer, { x: (PAGE.width - regular.widthOfTextAtSize(footer, PAGE.size)) / 2, y: 40, size: PAGE.size, font: regular });
    }
  });
  pdf.setTitle('Test narrative');
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  return pdf.save();
}

function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line.length === 0 ? word : `${line} ${word}`;
    if (line.length > 0 && font.widthOfTextAtSize(candidate, PAGE.size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * A one-page PDF whose /Encrypt dictionary demands a password (standard security handler, RC4 40-bit, with
 * owner and user keys no empty password opens), written by hand: pdf-lib cannot encrypt.
 */
export function buildPasswordProtectedPdf(): Uint8Array {
  const hex32 = 'A1'.repeat(32);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex32}> /U <${'B2'.repeat(32)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, k) => {
    offsets.push(body.length);
    body += `${k + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'0F'.repeat(16)}> <${'0F'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
