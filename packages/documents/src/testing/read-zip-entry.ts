import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../import/read-zip-directory';

/** One entry of a zip (a .docx) as text, for tests that look inside: `readZipEntry(bytes, 'word/document.xml')`. */
export function readZipEntry(bytes: Uint8Array, name: string): string {
  const entry = readZipDirectory(bytes).find((e) => e.name === name);
  if (!entry) throw new Error(`no zip entry ${name}`);
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  return new TextDecoder().decode(entry.method === 0 ? data : inflateRawSync(data));
}

/** Every entry of a zip, inflated: to rebuild a real .docx with {@link buildZip} in another dress (zip64…). */
export function readZipEntries(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  return readZipDirectory(bytes).map((entry) => {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    return { name: entry.name, data: entry.method === 0 ? data.slice() : new Uint8Array(inflateRawSync(data)) };
  });
}
