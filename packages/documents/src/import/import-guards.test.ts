import { AppError, type TAppErrorCode } from '@ecq/core';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildNarrativePdf, buildPasswordProtectedPdf, buildZip, concat } from '../testing';
import { importNarrativeFile } from './import-narrative-file';
import { NARRATIVE_IMPORT_MAX_CHARACTERS, NARRATIVE_UPLOAD_LIMIT_BYTES } from './import-limits';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const DOCUMENT_XML = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Leading Change</w:t></w:r></w:p></w:body></w:document>';

/** The import's rejection: an AppError naming `file`, with this code and a message matching `message`. */
async function rejection(bytes: Uint8Array, code: TAppErrorCode, message: RegExp, filename?: string): Promise<AppError> {
  const error: unknown = await importNarrativeFile(filename === undefined ? { bytes } : { bytes, filename }).then(
    (imported) => new Error(`imported: ${JSON.stringify(imported).slice(0, 200)}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect({ code: appError.code, field: appError.field }).toEqual({ code, field: 'file' });
  expect(appError.message).toMatch(/^file: /);
  expect(appError.message).toMatch(message);
  return appError;
}

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures reproduce. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('importNarrativeFile: sizes and emptiness', () => {
  it('refuses an empty file, and one with only blank lines, as having no text', async () => {
    await rejection(new Uint8Array(0), 'BAD_REQUEST', /^file: no text found/);
    await rejection(encode(' \r\n\t\n\u00a0\n'), 'BAD_REQUEST', /^file: no text found$/);
    await rejection(encode('#  \n\n---\n\n```\n```\n'), 'BAD_REQUEST', /^file: no text found$/, 'empty.md');
  });

  it('refuses 10 MiB + 1 byte before reading it, and accepts exactly 10 MiB up to the character limit', async () => {
    const over = new Uint8Array(NARRATIVE_UPLOAD_LIMIT_BYTES + 1).fill(0x61);
    await rejection(over, 'PAYLOAD_TOO_LARGE', /10,485,761 bytes; at most 10 MiB/);
    // Exactly the limit is read, and then refused for its text: far more characters than a package holds.
    const limit = new Uint8Array(NARRATIVE_UPLOAD_LIMIT_BYTES).fill(0x61);
    await rejection(limit, 'PAYLOAD_TOO_LARGE', /characters of text; at most/);
  });

  it('accepts text at the character limit and refuses one character more', async () => {
    const at = 'a'.repeat(NARRATIVE_IMPORT_MAX_CHARACTERS);
    expect((await importNarrativeFile({ bytes: encode(at) })).text.length).toBe(NARRATIVE_IMPORT_MAX_CHARACTERS);
    await rejection(encode(`${at}b`), 'PAYLOAD_TOO_LARGE', /characters of text/);
  });
});

describe('importNarrativeFile: binary garbage and other formats', () => {
  it('refuses random bytes as not text', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      await rejection(noise(4096, seed), 'UNSUPPORTED_MEDIA_TYPE', /binary data/, 'ecqs.txt');
    }
  });

  it('refuses a PNG, a Word 97–2003 file, RTF, and text with more than a trace of control characters', async () => {
    await rejection(concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(200, 9)]), 'UNSUPPORTED_MEDIA_TYPE', /binary/);
    await rejection(concat([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(600, 7)]), 'UNSUPPORTED_MEDIA_TYPE', /\.doc.*save it as \.docx/, 'ecqs.doc');
    await rejection(encode('{\\rtf1\\ansi Leading Change}'), 'UNSUPPORTED_MEDIA_TYPE', /RTF/);
    await rejection(encode('Leading\u0001Change\u0002\u0003'), 'UNSUPPORTED_MEDIA_TYPE', /binary/);
  });

  it('drops a trace of control characters with a warning', async () => {
    const text = `${'Leading Change. '.repeat(40)}\u0007end`;
    const imported = await importNarrativeFile({ bytes: encode(text) });
    expect(imported.text).toBe(`${'Leading Change. '.repeat(40)}end`);
    expect(imported.warnings).toEqual(['file: 1 control character was removed']);
  });
});

describe('importNarrativeFile: hostile text', () => {
  it('reads lines built to make regular expressions backtrack without hanging (spans are bounded)', async () => {
    const hostile: readonly (readonly [string, string])[] = [
      ['ecqs.md', '![a'.repeat(130_000)],
      ['ecqs.md', '[a'.repeat(190_000)],
      ['ecqs.md', '<http:'.repeat(65_000)],
      ['ecqs.md', '`'.repeat(390_000)],
      ['ecqs.md', '**a'.repeat(130_000)],
      ['ecqs.md', '_a'.repeat(190_000)],
      ['ecqs.md', `# ${' '.repeat(390_000)}x`],
      ['ecqs.txt', `a${' '.repeat(390_000)}b`],
      ['ecqs.txt', `a${'\n'.repeat(390_000)}b`],
    ];
    for (const [filename, text] of hostile) {
      const outcome = await importNarrativeFile({ bytes: encode(text), filename }).then(
        (imported) => imported.format,
        (error: unknown) => (error instanceof AppError ? error.code : error),
      );
      expect(['md', 'txt', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST']).toContain(outcome);
    }
  });
});

describe('importNarrativeFile: zip bombs and malformed Word files', () => {
  it('refuses a truncated .docx as damaged', async () => {
    const docx = await buildDocx([{ paragraph: 'Leading Change' }]);
    for (const length of [4, 30, Math.floor(docx.length / 2), docx.length - 10]) {
      await rejection(docx.subarray(0, length), 'BAD_REQUEST', /damaged|truncated/, 'ecqs.docx');
    }
  });

  it('refuses an entry declaring 1 GB, by its ratio and by the total', async () => {
    const bomb = buildZip([{ name: 'word/document.xml', data: DOCUMENT_XML, declaredUncompressedSize: 1024 ** 3 }]);
    await rejection(bomb, 'PAYLOAD_TOO_LARGE', /expands [\d,]{9,}:1; at most 100:1/);
    // Many entries each under the ratio floor, adding up past 50 MB.
    const spread = buildZip([
      { name: 'word/document.xml', data: DOCUMENT_XML },
      ...Array.from({ length: 60 }, (_, i) => ({ name: `word/media/image${i}.bin`, data: noise(12_000, i), method: 'deflate' as const, declaredUncompressedSize: 1_000_000 })),
    ]);
    await rejection(spread, 'PAYLOAD_TOO_LARGE', /expands to more than 50 MB/);
  });

  it('refuses a Word XML part too large to parse, even within the ratio and total limits', async () => {
    // 11 MB from 120 kB is under 100:1 and under the 50 MB total, but too much XML for mammoth to parse.
    const heavy = buildZip([
      { name: 'word/document.xml', data: DOCUMENT_XML },
      { name: 'word/styles.xml', data: noise(120_000, 4), declaredUncompressedSize: 11 * 1024 * 1024 },
    ]);
    await rejection(heavy, 'PAYLOAD_TOO_LARGE', /part "word\/styles.xml" is 11.0 MB; at most 10 MB is read/);
  });

  it('refuses a zip with 5,000 entries before reading them', async () => {
    const many = buildZip(Array.from({ length: 5_000 }, (_, i) => ({ name: i === 0 ? 'word/document.xml' : `f${i}`, data: 'x', method: 'store' as const })));
    await rejection(many, 'PAYLOAD_TOO_LARGE', /5,000 entries; at most 1,000/);
  });

  it('refuses a real deflate bomb by its ratio, and a directory that understates what an entry inflates to', async () => {
    await rejection(buildZip([{ name: 'word/document.xml', data: new Uint8Array(5 * 1024 * 1024) }]), 'PAYLOAD_TOO_LARGE', /expands 1,\d{3}:1/);
    const liar = buildZip([{ name: 'word/document.xml', data: `${DOCUMENT_XML}${' '.repeat(100_000)}`, declaredUncompressedSize: 1_000 }]);
    await rejection(liar, 'PAYLOAD_TOO_LARGE', /holds more data than its directory declares/);
    const overstated = buildZip([{ name: 'word/document.xml', data: DOCUMENT_XML, declaredUncompressedSize: DOCUMENT_XML.length + 5 }]);
    await rejection(overstated, 'BAD_REQUEST', /not the size its directory declares/);
  });

  it('refuses encrypted entries, unknown compression, overlapping entries and a directory that lies about its count', async () => {
    await rejection(buildZip([{ name: 'word/document.xml', data: DOCUMENT_XML, flags: 0x0001 }]), 'BAD_REQUEST', /encrypted/);
    await rejection(buildZip([{ name: 'word/document.xml', data: DOCUMENT_XML, methodCode: 12 }]), 'BAD_REQUEST', /compression method 12/);
    const overlap = buildZip([{ name: 'word/document.xml', data: DOCUMENT_XML }, { name: 'word/styles.xml', data: DOCUMENT_XML }], { overlap: true });
    await rejection(overlap, 'BAD_REQUEST', /overlap/);
    const fewer = buildZip([{ name: 'word/document.xml', data: DOCUMENT_XML }, { name: 'a', data: 'b' }], { declaredEntryCount: 1 });
    await rejection(fewer, 'BAD_REQUEST', /more than the entries it declares/);
    const more = buildZip([{ name: 'word/document.xml', data: DOCUMENT_XML }], { declaredEntryCount: 2 });
    await rejection(more, 'BAD_REQUEST', /damaged/);
  });

  it('refuses zips that are not Word documents by what they are', async () => {
    await rejection(buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]), 'UNSUPPORTED_MEDIA_TYPE', /not a Word document \(an Excel workbook\)/, 'ecqs.xlsx');
    await rejection(buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 'store' }, { name: 'content.xml', data: '<x/>' }]), 'UNSUPPORTED_MEDIA_TYPE', /OpenDocument/, 'ecqs.odt');
    await rejection(buildZip([]), 'UNSUPPORTED_MEDIA_TYPE', /an empty zip/);
    await rejection(buildZip([{ name: 'notes.txt', data: 'Leading Change' }]), 'UNSUPPORTED_MEDIA_TYPE', /a zip archive/);
  });

  it('refuses a Word file whose XML is broken, and one with no text', async () => {
    await rejection(buildZip([{ name: 'word/document.xml', data: '<w:document><<<' }]), 'BAD_REQUEST', /Word document is damaged/);
    await rejection(await buildDocx([]), 'BAD_REQUEST', /^file: no text found$/);
  });
});

describe('importNarrativeFile: malformed PDFs', () => {
  it('refuses a PDF header followed by garbage, and a truncated PDF', async () => {
    await rejection(concat([encode('%PDF-1.7\n'), noise(5_000, 11)]), 'BAD_REQUEST', /PDF is damaged|no text found/);
    const pdf = await buildNarrativePdf({ blocks: [{ paragraph: 'Leading Change' }] });
    await rejection(pdf.subarray(0, Math.floor(pdf.length / 3)), 'BAD_REQUEST', /PDF is damaged|no text found/);
  });

  it('refuses a password-protected PDF', async () => {
    await rejection(buildPasswordProtectedPdf(), 'BAD_REQUEST', /password-protected/);
  });

  it('refuses a PDF with no text layer, and one over the page limit', async () => {
    const scanned = await PDFDocument.create();
    scanned.addPage().drawRectangle({ x: 72, y: 72, width: 100, height: 100 });
    await rejection(await scanned.save(), 'BAD_REQUEST', /^file: no text found \(a scanned PDF/);
    const long = await PDFDocument.create();
    for (let i = 0; i < 101; i++) long.addPage();
    await rejection(await long.save(), 'PAYLOAD_TOO_LARGE', /101 pages; at most 100/);
  });
});
