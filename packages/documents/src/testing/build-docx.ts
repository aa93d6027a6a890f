import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/** A block of a test Word document, in the shapes candidates write. */
export type TDocxFixtureBlock =
  | { readonly heading: string; readonly level?: 1 | 2 }
  | { readonly paragraph: string; readonly bold?: boolean }
  | { readonly bullets: readonly string[] }
  | { readonly numbered: readonly string[] }
  | { readonly table: readonly (readonly string[])[] };

export interface TDocxFixtureOptions {
  /** Text of the page header (not part of the document's body text). */
  readonly header?: string;
}

const BULLETS = 'fixture-bullets';
const NUMBERS = 'fixture-numbers';

/** A real .docx written by the docx library (as Word would write one), for import tests and benchmarks. */
export async function buildDocx(blocks: readonly TDocxFixtureBlock[], options: TDocxFixtureOptions = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let list = 0;
  for (const block of blocks) {
    if ('heading' in block) {
      children.push(new Paragraph({ text: block.heading, heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1 }));
    } else if ('paragraph' in block) {
      children.push(new Paragraph({ children: [new TextRun({ text: block.paragraph, bold: block.bold ?? false })] }));
    } else if ('bullets' in block) {
      for (const item of block.bullets) children.push(new Paragraph({ text: item, numbering: { reference: BULLETS, level: 0 } }));
    } else if ('numbered' in block) {
      list += 1;
      for (const item of block.numbered) children.push(new Paragraph({ text: item, numbering: { reference: NUMBERS, level: 0, instance: list } }));
    } else {
      children.push(
        new Table({
          rows: block.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
        }),
      );
    }
  }
  const document = new Document({
    creator: 'ECQ Workbench tests',
    numbering: {
      config: [
        { reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT }] },
        { reference: NUMBERS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [
      {
        ...(options.header === undefined ? {} : { headers: { default: new Header({ children: [new Paragraph(options.header)] }) } }),
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
