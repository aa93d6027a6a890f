import { ECQ_2025, segmentNarrative } from '@ecq/core';
import { describe, expect, it } from 'vitest';
import { importNarrativeFile } from '../import/import-narrative-file';
import { readZipEntry, sampleNarrative } from '../testing';
import { exportNarrativeDocx, type TExportNarrativeDocxRequest } from './export-docx';

const NAME = 'Jane Q. Candidate';

function requestFor(text: string, candidateName = NAME): TExportNarrativeDocxRequest {
  const structure = segmentNarrative(text, { model: ECQ_2025 });
  return { text, candidateName, sections: structure.sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode, start: s.start, end: s.end })) };
}

/** The text of each body paragraph of document.xml, with "⇥" for tabs, and whether it is a Heading 1. */
function paragraphsOf(documentXml: string): { text: string; isHeading: boolean }[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'), documentXml.indexOf('<w:sectPr>'));
  return [...body.matchAll(/<w:p\/>|<w:p>(.*?)<\/w:p>/g)].map((m) => ({
    text: (m[1] ?? '').replace(/<w:tab\/>/g, '⇥').replace(/<[^>]+>/g, ''),
    isHeading: (m[1] ?? '').includes('<w:pStyle w:val="Heading1"/>'),
  }));
}

describe('exportNarrativeDocx', () => {
  it('lays the text out in the QRB layout: US Letter, 1-inch margins, Times New Roman 12 pt, single spacing', async () => {
    const bytes = await exportNarrativeDocx(requestFor(sampleNarrative()));
    const documentXml = readZipEntry(bytes, 'word/document.xml');
    expect(documentXml).toContain('<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/>');
    expect(documentXml).toContain('<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>');
    const styles = readZipEntry(bytes, 'word/styles.xml');
    expect(styles).toContain('<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/>');
    expect(styles).toContain('<w:pPrDefault><w:pPr><w:spacing w:after="0" w:before="0" w:line="240"/>');
    const heading1 = /<w:style w:type="paragraph" w:styleId="Heading1">.*?<\/w:style>/s.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('<w:b/>');
    expect(heading1).toContain('<w:sz w:val="24"/>');
    expect(heading1).toContain('w:ascii="Times New Roman"');
  });

  it('makes the first line of each ECQ section a bold heading and every other line a paragraph, blank lines kept', async () => {
    const text = 'Jane Q. Candidate\n\nECQ 1: Leading Change\nChallenge:\tthe backlog.\n\n\nECQ 2: Leading People\nI led 40 people.\n';
    const bytes = await exportNarrativeDocx(requestFor(text));
    expect(paragraphsOf(readZipEntry(bytes, 'word/document.xml'))).toEqual([
      { text: 'Jane Q. Candidate', isHeading: false },
      { text: '', isHeading: false },
      { text: 'ECQ 1: Leading Change', isHeading: true },
      { text: 'Challenge:⇥the backlog.', isHeading: false },
      { text: '', isHeading: false },
      { text: '', isHeading: false },
      { text: 'ECQ 2: Leading People', isHeading: true },
      { text: 'I led 40 people.', isHeading: false },
    ]);
    // Without any ECQ heading the analyzer's one section has no code, and no line is made a heading.
    const plain = await exportNarrativeDocx(requestFor('I led a team of 40.\nWe cut costs.'));
    expect(paragraphsOf(readZipEntry(plain, 'word/document.xml')).map((p) => p.isHeading)).toEqual([false, false]);
  });

  it("prints the candidate's name in the header, Word's page fields in the footer, title and creator in the properties", async () => {
    const bytes = await exportNarrativeDocx({ ...requestFor(sampleNarrative(200)), title: 'SES application, Deputy Director' });
    expect(readZipEntry(bytes, 'word/header1.xml')).toContain(`<w:t xml:space="preserve">${NAME}</w:t>`);
    const footer = readZipEntry(bytes, 'word/footer1.xml');
    const pieces = [...footer.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:instrText[^>]*>([^<]*)<\/w:instrText>|w:fldCharType="(\w+)"/g)]
      .map((m) => m[1] ?? (m[2] === undefined ? `<${m[3]}>` : `{${m[2]}}`));
    expect(pieces).toEqual(['Page ', '<begin>', '{PAGE}', '<separate>', '<end>', ' of ', '<begin>', '{NUMPAGES}', '<separate>', '<end>']);
    expect(readZipEntry(bytes, 'word/document.xml')).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/><w:footerReference w:type="default"/);
    const core = readZipEntry(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>SES application, Deputy Director</dc:title>');
    expect(core).toContain(`<dc:creator>${NAME}</dc:creator>`);
    const untitled = await exportNarrativeDocx(requestFor('Leading Change'));
    expect(readZipEntry(untitled, 'docProps/core.xml')).toContain(`<dc:title>Executive Core Qualifications: ${NAME}</dc:title>`);
  });

  it('writes the same body, header, footer and styles for the same request, and another body for other text', async () => {
    const text = sampleNarrative(300);
    const [a, b, c] = await Promise.all([exportNarrativeDocx(requestFor(text)), exportNarrativeDocx(requestFor(text)), exportNarrativeDocx(requestFor(`${text}\n\nOne more line.`))]);
    for (const part of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml', 'word/styles.xml']) {
      expect(readZipEntry(a, part)).toBe(readZipEntry(b, part));
    }
    expect(readZipEntry(c, 'word/document.xml')).not.toBe(readZipEntry(a, 'word/document.xml'));
  });

  it('drops characters XML cannot hold and escapes the rest, so Word and the importer can open the file', async () => {
    const text = 'ECQ 1: Leading Change\nBudget <$5M> & “growth”\u0001\u0007 of 12%\ud800.';
    const bytes = await exportNarrativeDocx(requestFor(text));
    expect(readZipEntry(bytes, 'word/document.xml')).toContain('Budget &lt;$5M&gt; &amp; “growth” of 12%.');
    expect((await importNarrativeFile({ bytes })).text).toBe('ECQ 1: Leading Change\n\nBudget <$5M> & “growth” of 12%.');
  });

  it('accepts a blank candidate name (a draft with an empty header); refuses sections outside the text and text over the limit, naming the field', async () => {
    const text = 'ECQ 1: Leading Change';
    const refusal = async (request: TExportNarrativeDocxRequest): Promise<unknown> => exportNarrativeDocx(request).then(() => undefined, (e: unknown) => e);
    await expect(exportNarrativeDocx({ text, candidateName: '  ', sections: [] })).resolves.toBeInstanceOf(Uint8Array);
    expect(await refusal({ text, candidateName: NAME, sections: [{ index: 0, ecqCode: 'LC', start: 0, end: 99 }] })).toMatchObject({ code: 'BAD_REQUEST', field: 'sections[0]' });
    expect(await refusal({ text, candidateName: NAME, sections: [{ index: 0, ecqCode: 'LC', start: 5, end: 2 }] })).toMatchObject({ code: 'BAD_REQUEST', field: 'sections[0]' });
    expect(await refusal({ text: 'a'.repeat(200_001), candidateName: NAME, sections: [] })).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'text' });
  });
});
