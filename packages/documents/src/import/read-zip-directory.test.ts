import { AppError } from '@ecq/core';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildZip, concat, readZipEntries } from '../testing';
import { ZIP_LIMITS } from './import-limits';
import { readZipDirectory, verifyZipEntries } from './read-zip-directory';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).field).toBe('file');
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('readZipDirectory', () => {
  it('lists the entries of a real .docx with where their data starts', async () => {
    const docx = await buildDocx([{ paragraph: 'Leading Change' }]);
    const entries = readZipDirectory(docx);
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
    for (const e of entries) {
      expect(e.dataStart).toBeGreaterThan(e.localHeaderOffset);
      expect(e.dataStart + e.compressedSize).toBeLessThanOrEqual(docx.length);
    }
    expect(() => verifyZipEntries(docx, entries)).not.toThrow();
  });

  it('reads zip64 records and finds the same entries', async () => {
    const docx = await buildDocx([{ paragraph: 'Leading Change' }]);
    const zip64 = buildZip(readZipEntries(docx), { zip64: true });
    const plain = buildZip(readZipEntries(docx));
    const shape = (bytes: Uint8Array) => readZipDirectory(bytes).map(({ name, compressedSize, uncompressedSize }) => ({ name, compressedSize, uncompressedSize }));
    expect(shape(zip64)).toEqual(shape(plain));
  });

  it('refuses a zip64 locator hidden in the comment, data before the directory, and split archives', () => {
    const zip64 = buildZip([{ name: 'word/document.xml', data: '<x/>' }], { zip64: true });
    const commented = concat([zip64, new Uint8Array([0x50, 0x4b, 0x06, 0x07])]);
    new DataView(commented.buffer).setUint16(zip64.length - 2, 4, true);
    expect(refusal(() => readZipDirectory(commented)).message).toMatch(/ambiguous/);

    const zip = buildZip([{ name: 'word/document.xml', data: '<x/>' }]);
    expect(refusal(() => readZipDirectory(concat([new Uint8Array(64), zip]))).message).toMatch(/not where the end record says/);

    const split = zip.slice();
    new DataView(split.buffer).setUint16(split.length - 22 + 4, 1, true);
    expect(refusal(() => readZipDirectory(split)).message).toMatch(/split across several zip files/);
  });

  it('applies the limits it is given', () => {
    const zip = buildZip([{ name: 'a', data: 'x' }, { name: 'b', data: 'y' }, { name: 'c', data: 'z' }]);
    expect(readZipDirectory(zip)).toHaveLength(3);
    expect(refusal(() => readZipDirectory(zip, { ...ZIP_LIMITS, maxEntries: 2 })).code).toBe('PAYLOAD_TOO_LARGE');
  });
});
