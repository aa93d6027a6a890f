import { ECQ_2025, segmentNarrative } from '@ecq/core';
import { describe, expect, it } from 'vitest';
import { exportNarrativeDocx } from '../export/export-docx';
import { exportNarrativePdf } from '../export/export-pdf';
import { buildDocx, buildNarrativePdf, buildZip, readZipEntries, sampleNarrative } from '../testing';
import { importNarrativeFile } from './import-narrative-file';

const NAME = 'Jane Q. Candidate';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const P1 = 'Challenge: In 2022 the regional office I led took 148 days to decide a disability claim, and the backlog had grown to 21,000 claims.';
const P2 = 'Context: As Director I oversaw 640 employees in three locations and answered to the Deputy Under Secretary for Field Operations.';
const P3 = 'Action: I replaced four divisions with six cross-trained claim teams, negotiated new assignments with the union and built a tracker every team could read.';
const P4 = 'Result: Within nine months processing time fell from 148 to 102 days and the backlog dropped by 38 percent; the model went to eleven other offices.';
const paragraphs = (n: number): string[] => Array.from({ length: n }, (_, i) => [P1, P2, P3, P4][i % 4]!);

describe('importNarrativeFile: Word', () => {
  it('reads headings, paragraphs, bullets, numbered items and a table as the lines the analyzer reads', async () => {
    const bytes = await buildDocx(
      [
        { heading: 'ECQ 1: Leading Change' },
        { paragraph: P1 },
        { bullets: ['Mapped the claim path end to end', 'Piloted cross-trained teams'] },
        { numbered: ['Intake', 'Rating'] },
        { table: [['ECQ 2', 'Leading People'], ['Example', 'Claims teams']] },
        { paragraph: 'Result: processing time fell by 31 percent.', bold: true },
      ],
      { header: NAME },
    );
    const imported = await importNarrativeFile({ bytes, filename: 'my-ecqs.docx' });
    expect(imported).toEqual({
      format: 'docx',
      warnings: [],
      text: [
        'ECQ 1: Leading Change',
        '',
        P1,
        '',
        '• Mapped the claim path end to end',
        '• Piloted cross-trained teams',
        '',
        '1. Intake',
        '2. Rating',
        '',
        'ECQ 2\tLeading People',
        'Example\tClaims teams',
        '',
        'Result: processing time fell by 31 percent.',
      ].join('\n'),
    });
    // The page header (the candidate's name) is not body text.
    expect(imported.text).not.toContain(NAME);
  });

  it('keeps every paragraph through export and import, and the analyzer finds the five ECQs again', async () => {
    const text = sampleNarrative();
    const structure = segmentNarrative(text, { model: ECQ_2025 });
    const sections = structure.sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode, start: s.start, end: s.end }));
    const docx = await exportNarrativeDocx({ text, candidateName: NAME, sections });
    const imported = await importNarrativeFile({ bytes: docx, filename: 'package.docx' });
    const linesOf = (t: string): string[] => t.split('\n').filter((l) => l.trim().length > 0);
    expect(linesOf(imported.text)).toEqual(linesOf(text));
    expect(imported.text).not.toContain(NAME);
    const again = segmentNarrative(imported.text, { model: ECQ_2025 });
    expect(again.sections.map((s) => s.ecqCode)).toEqual(['LC', 'LP', 'DR', 'AOS', 'BC']);
    expect(again.sections.map((s) => s.ecqCode)).toEqual(structure.sections.map((s) => s.ecqCode));

    // Import is a fixed point: exporting the imported text and importing it again changes nothing.
    const resections = again.sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode, start: s.start, end: s.end }));
    const docx2 = await exportNarrativeDocx({ text: imported.text, candidateName: NAME, sections: resections });
    expect((await importNarrativeFile({ bytes: docx2 })).text).toBe(imported.text);
  });

  it('reads a Word file whose zip uses zip64 records, as some writers produce', async () => {
    const plain = await buildDocx([{ heading: 'ECQ 1: Leading Change' }, { paragraph: P1 }]);
    const bytes = buildZip(readZipEntries(plain), { zip64: true });
    expect((await importNarrativeFile({ bytes })).text).toBe(`ECQ 1: Leading Change\n\n${P1}`);
  });

  it('trusts the content over the name and the declared type, with a warning for each', async () => {
    const bytes = await buildDocx([{ paragraph: P1 }]);
    const imported = await importNarrativeFile({ bytes, filename: 'ecqs.pdf', contentType: 'application/pdf' });
    expect(imported.format).toBe('docx');
    expect(imported.text).toBe(P1);
    expect(imported.warnings).toEqual([
      'file: named "ecqs.pdf" but its content is a Word document; it was read as .docx',
      'file: sent as "application/pdf" but its content is a Word document; it was read as .docx',
    ]);
  });
});

describe('importNarrativeFile: PDF', () => {
  it('rebuilds paragraphs across pages and drops the running header and the "Page N of M" footer', async () => {
    const blocks = [
      { heading: 'ECQ 1: Leading Change' },
      ...paragraphs(20).map((paragraph) => ({ paragraph })),
      { heading: 'ECQ 2: Leading People' },
      { bullet: 'Built six cross-trained claim teams, each responsible for a claim from the day it arrived to the decision.' },
      { bullet: 'Cut processing time by 31 percent.' },
      ...paragraphs(30).map((paragraph) => ({ paragraph })),
    ];
    const bytes = await buildNarrativePdf({ header: NAME, pageNumbers: true, blocks });
    const original = bytes.slice();
    const imported = await importNarrativeFile({ bytes, filename: 'ecqs.pdf', contentType: 'application/pdf' });
    expect(imported.format).toBe('pdf');
    expect(imported.pages).toBeGreaterThanOrEqual(3);
    expect(imported.text).not.toContain(NAME);
    expect(imported.text).not.toMatch(/Page \d+ of \d+/);
    expect(imported.text).toBe(
      [
        'ECQ 1: Leading Change',
        ...paragraphs(20),
        'ECQ 2: Leading People',
        '• Built six cross-trained claim teams, each responsible for a claim from the day it arrived to the decision.\n• Cut processing time by 31 percent.',
        ...paragraphs(30),
      ].join('\n\n'),
    );
    expect(imported.warnings).toEqual([`file: ${2 * imported.pages!} running header and footer lines were left out (page numbers, a line repeated on every page)`]);
    // pdf.js is handed a copy: the caller's bytes are untouched.
    expect(bytes).toEqual(original);
  });

  it('reads back the QRB PDF export: every word in order, the five ECQs, no running header or footer', async () => {
    const text = sampleNarrative();
    const structure = segmentNarrative(text, { model: ECQ_2025 });
    const sections = structure.sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode, start: s.start, end: s.end }));
    const pdf = await exportNarrativePdf({ text, candidateName: NAME, sections });
    const imported = await importNarrativeFile({ bytes: pdf, filename: 'package.pdf' });
    expect(imported.pages).toBeGreaterThanOrEqual(10);
    expect(imported.text.split(/\s+/)).toEqual(text.split(/\s+/));
    expect(segmentNarrative(imported.text, { model: ECQ_2025 }).sections.map((s) => s.ecqCode)).toEqual(['LC', 'LP', 'DR', 'AOS', 'BC']);
    expect(imported.warnings).toEqual([`file: ${2 * imported.pages!} running header and footer lines were left out (page numbers, a line repeated on every page)`]);
  });

  it('keeps a name printed once on a one-page PDF but drops its page number', async () => {
    const bytes = await buildNarrativePdf({ header: NAME, pageNumbers: true, blocks: [{ heading: 'ECQ 3: Driving Results' }, { paragraph: P4 }] });
    const imported = await importNarrativeFile({ bytes });
    expect(imported.pages).toBe(1);
    expect(imported.text).toBe(`${NAME}\n\nECQ 3: Driving Results\n\n${P4}`);
  });

  it('ends paragraphs at short lines when there is no space between them', async () => {
    const bytes = await buildNarrativePdf({ paragraphGap: 0, blocks: [{ heading: 'ECQ 1: Leading Change' }, { paragraph: `${P1} ${P2}` }, { paragraph: P3 }] });
    expect((await importNarrativeFile({ bytes })).text).toBe(`ECQ 1: Leading Change\n\n${P1} ${P2}\n\n${P3}`);
  });
});

describe('importNarrativeFile: Markdown and plain text', () => {
  it('strips markdown syntax but keeps headings as lines, bullets, numbering and table rows', async () => {
    const markdown = [
      '# ECQ 1: **Leading Change**',
      '',
      'Challenge: the _claims_ backlog reached **21,000** ([report](https://example.gov/r)); see `VBMS` and ![chart](c.png).',
      '',
      '* First bullet with *emphasis*',
      '- [x] Second bullet',
      '  + Nested bullet',
      '1. Numbered item',
      '',
      '> Quoted result: time fell by 31\\* percent.',
      '',
      'Leading People',
      '==============',
      '',
      '| ECQ | Example |',
      '|-----|:-------:|',
      '| 2 | Claims teams |',
      '',
      '```',
      'kept *as is*',
      '```',
      '---',
      'snake_case_name and 5 * 3 * 2 stay.',
    ].join('\n');
    const imported = await importNarrativeFile({ bytes: encode(markdown), filename: 'ecqs.md' });
    expect(imported.format).toBe('md');
    expect(imported.warnings).toEqual([]);
    expect(imported.text).toBe(
      [
        'ECQ 1: Leading Change',
        '',
        'Challenge: the claims backlog reached 21,000 (report); see VBMS and chart.',
        '',
        '• First bullet with emphasis',
        '• Second bullet',
        '  • Nested bullet',
        '1. Numbered item',
        '',
        'Quoted result: time fell by 31* percent.',
        '',
        'Leading People',
        '',
        'ECQ\tExample',
        '2\tClaims teams',
        '',
        'kept *as is*',
        '',
        'snake_case_name and 5 * 3 * 2 stay.',
      ].join('\n'),
    );
  });

  it('reads markdown by its headings whatever the name, and .md by its name', async () => {
    expect((await importNarrativeFile({ bytes: encode('## Leading Change\n\nText.'), filename: 'notes.txt' })).format).toBe('md');
    expect((await importNarrativeFile({ bytes: encode('Leading Change\n\nText.'), filename: 'notes.markdown' })).format).toBe('md');
    expect((await importNarrativeFile({ bytes: encode('Leading Change\n\n**Text**.') })).text).toBe('Leading Change\n\n**Text**.');
  });

  it('normalizes plain text: CRLF, no-break spaces, trailing spaces, blank-line runs; smart quotes kept', async () => {
    const text = '\r\n\r\nECQ 1: Leading\u00a0Change   \r\n\r\n\r\n\r\n“I led” the team’s work.\t\r\nLast\u200b line\r\n\r\n';
    const imported = await importNarrativeFile({ bytes: encode(text), filename: 'ecqs.txt', contentType: 'text/plain; charset=utf-8' });
    expect(imported).toEqual({ format: 'txt', warnings: [], text: 'ECQ 1: Leading Change\n\n“I led” the team’s work.\nLast line' });
  });

  it('decodes UTF-8 with a BOM, UTF-16 LE and BE with a BOM, and falls back to Windows-1252 with a warning', async () => {
    const text = 'ECQ 1: Leading Change — “résumé” 🇺🇸';
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]);
    expect(await importNarrativeFile({ bytes: utf8 })).toEqual({ format: 'txt', warnings: [], text });

    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      le.set([unit & 0xff, unit >> 8], 2 + 2 * i);
      be.set([unit >> 8, unit & 0xff], 2 + 2 * i);
    }
    expect((await importNarrativeFile({ bytes: le })).text).toBe(text);
    expect((await importNarrativeFile({ bytes: be })).text).toBe(text);

    // "Résumé — “quoted”" as Windows-1252 bytes: not valid UTF-8.
    const cp1252 = new Uint8Array([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x20, 0x97, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94]);
    const imported = await importNarrativeFile({ bytes: cp1252, filename: 'old.txt' });
    expect(imported.text).toBe('Résumé — “quoted”');
    expect(imported.warnings).toEqual(['file: the text is not UTF-8; it was read as Windows-1252 (Western European), check accented letters and quotes']);
  });

  it('warns when a text file is named or sent as something else', async () => {
    const imported = await importNarrativeFile({ bytes: encode('Leading Change'), filename: 'ecqs.docx', contentType: 'application/pdf' });
    expect(imported.format).toBe('txt');
    expect(imported.warnings).toEqual([
      'file: named "ecqs.docx" but its content is plain text; it was read as text',
      'file: sent as "application/pdf" but its content is plain text; it was read as text',
    ]);
  });
});
