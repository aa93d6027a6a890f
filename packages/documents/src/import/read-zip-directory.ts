import { inflateRawSync } from 'node:zlib';
import type { AppError } from '@ecq/core';
import { fileError, quoteName } from './file-error';
import { ZIP_LIMITS, type TZipLimits } from './import-limits';

/** One file inside a zip, as its central directory describes it. */
export interface TZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** Where the entry's bytes start, after its local header. */
  readonly dataStart: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const EXTRA_ZIP64 = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/** Thrown by the byte reader when a structure runs past the end; reported as a damaged file. */
class Truncated extends Error {}

/**
 * Reads and checks the central directory of a zip (a .docx) before any library inflates it (issue 4 part 2:
 * protection against zip bombs and malformed files). The layout must be exactly what JSZip, which mammoth
 * uses, will read: the central directory ends where the end record starts, no data before or between, and the
 * declared entry count is the count found, so both readers see the same entries. Rejects, naming the field
 * `file`: more than {@link TZipLimits.maxEntries} entries, a declared total above
 * {@link TZipLimits.maxTotalUncompressedBytes}, an entry expanding more than
 * {@link TZipLimits.maxCompressionRatio}:1 past the ratio floor (PAYLOAD_TOO_LARGE); encrypted entries,
 * unknown compression, overlapping entries (a known bomb construction), split archives and any truncated or
 * inconsistent structure (BAD_REQUEST). Reads every byte at most a bounded number of times; never inflates.
 */
export function readZipDirectory(bytes: Uint8Array, limits: TZipLimits = ZIP_LIMITS): TZipEntry[] {
  try {
    return readDirectory(bytes, limits);
  } catch (error) {
    if (error instanceof Truncated) throw damaged('its zip structure is truncated', error);
    throw error;
  }
}

/**
 * Inflates every entry with its output capped at its declared size, so a directory that lies about sizes is
 * caught before a library trusts it: more output than declared is a bomb (PAYLOAD_TOO_LARGE), less or a
 * broken stream is a damaged file (BAD_REQUEST). Total work is bounded by the declared total that
 * {@link readZipDirectory} already capped.
 */
export function verifyZipEntries(bytes: Uint8Array, entries: readonly TZipEntry[]): void {
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === METHOD_STORED) continue;
    let inflated: Uint8Array;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      if (isNodeError(error) && error.code === 'ERR_BUFFER_TOO_LARGE') {
        throw fileError('PAYLOAD_TOO_LARGE', `zip entry ${quoteName(entry.name)} holds more data than its directory declares (a damaged file or a zip bomb)`, error);
      }
      throw damaged(`zip entry ${quoteName(entry.name)} cannot be decompressed`, error);
    }
    if (inflated.length !== entry.uncompressedSize) {
      throw damaged(`zip entry ${quoteName(entry.name)} is not the size its directory declares`);
    }
  }
}

function readDirectory(bytes: Uint8Array, limits: TZipLimits): TZipEntry[] {
  const r = byteReader(bytes);
  const eocd = findEndRecord(bytes, r);
  if (eocd < 0) throw damaged('no zip directory was found (the file is truncated or not a zip)');
  let disk = r.u16(eocd + 4);
  let directoryDisk = r.u16(eocd + 6);
  let entriesOnDisk = r.u16(eocd + 8);
  let count = r.u16(eocd + 10);
  let directorySize = r.u32(eocd + 12);
  let directoryOffset = r.u32(eocd + 16);
  const commentLength = r.u16(eocd + 20);
  if (eocd + EOCD_SIZE + commentLength > bytes.length) throw damaged('its zip comment runs past the end');
  let directoryEnd = eocd;

  const isZip64 = disk === U16_MAX || directoryDisk === U16_MAX || entriesOnDisk === U16_MAX || count === U16_MAX ||
    directorySize === U32_MAX || directoryOffset === U32_MAX;
  const locator = eocd - ZIP64_LOCATOR_SIZE;
  if (isZip64 && locator >= 0 && r.u32(locator) === SIG_ZIP64_LOCATOR) {
    // JSZip looks for the last locator signature anywhere; one hidden in the comment would make it read another directory.
    if (indexOfU32(bytes, SIG_ZIP64_LOCATOR, locator + 4) >= 0) throw damaged('its zip64 records are ambiguous');
    const record = r.u64(locator + 8);
    if (r.u32(record) !== SIG_ZIP64_EOCD) throw damaged('its zip64 directory record is missing');
    if (record + 12 + r.u64(record + 4) !== locator) throw damaged('its zip64 directory record has the wrong size');
    disk = r.u32(record + 16);
    directoryDisk = r.u32(record + 20);
    entriesOnDisk = r.u64(record + 24);
    count = r.u64(record + 32);
    directorySize = r.u64(record + 40);
    directoryOffset = r.u64(record + 48);
    directoryEnd = record;
  }
  if (disk !== 0 || directoryDisk !== 0) throw damaged('it is split across several zip files');
  if (entriesOnDisk !== count) throw damaged('its zip end record contradicts itself');
  if (count > limits.maxEntries) {
    throw fileError('PAYLOAD_TOO_LARGE', `the zip holds ${count.toLocaleString('en-US')} entries; at most ${limits.maxEntries.toLocaleString('en-US')} are accepted`);
  }
  if (directoryOffset + directorySize !== directoryEnd) throw damaged('its zip directory is not where the end record says');

  const entries: TZipEntry[] = [];
  let total = 0;
  let p = directoryOffset;
  for (let k = 0; k < count; k++) {
    if (p + CENTRAL_SIZE > directoryEnd || r.u32(p) !== SIG_CENTRAL) throw damaged('its zip directory is damaged');
    const nameLength = r.u16(p + 28);
    const extraLength = r.u16(p + 30);
    const next = p + CENTRAL_SIZE + nameLength + extraLength + r.u16(p + 32);
    if (next > directoryEnd) throw damaged('its zip directory is damaged');
    const flags = r.u16(p + 8);
    const name = decodeName(bytes.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLength), (flags & FLAG_UTF8) !== 0);
    const sizes = readSizes(r, p, p + CENTRAL_SIZE + nameLength, extraLength);
    const entry = { name, flags, method: r.u16(p + 10), ...sizes };
    checkEntry(entry, limits);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalUncompressedBytes) {
      throw fileError('PAYLOAD_TOO_LARGE', `the zip expands to more than ${megabytes(limits.maxTotalUncompressedBytes)} (a zip bomb?)`);
    }
    const local = entry.localHeaderOffset;
    if (local + LOCAL_SIZE > directoryOffset || r.u32(local) !== SIG_LOCAL) throw damaged(`zip entry ${quoteName(name)} has no local header`);
    const dataStart = local + LOCAL_SIZE + r.u16(local + 26) + r.u16(local + 28);
    if (dataStart + entry.compressedSize > directoryOffset) throw damaged(`zip entry ${quoteName(name)} is truncated`);
    entries.push({ ...entry, dataStart });
    p = next;
  }
  if (p !== directoryEnd) throw damaged('its zip directory holds more than the entries it declares');

  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let k = 1; k < byOffset.length; k++) {
    const previous = byOffset[k - 1]!;
    if (previous.dataStart + previous.compressedSize > byOffset[k]!.localHeaderOffset) {
      throw damaged('its zip entries overlap (a zip bomb construction)');
    }
  }
  return entries;
}

function checkEntry(entry: Omit<TZipEntry, 'dataStart'>, limits: TZipLimits): void {
  if ((entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0) {
    throw fileError('BAD_REQUEST', 'the document is encrypted; remove its password and upload it again');
  }
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
    throw damaged(`zip entry ${quoteName(entry.name)} uses compression method ${entry.method}, which is not supported`);
  }
  if (entry.method === METHOD_STORED && entry.compressedSize !== entry.uncompressedSize) {
    throw damaged(`zip entry ${quoteName(entry.name)} is stored with two different sizes`);
  }
  if (entry.uncompressedSize > limits.ratioFloorBytes &&
    entry.uncompressedSize > limits.maxCompressionRatio * entry.compressedSize) {
    const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
    throw fileError('PAYLOAD_TOO_LARGE',
      `zip entry ${quoteName(entry.name)} expands ${ratio.toLocaleString('en-US')}:1; at most ${limits.maxCompressionRatio}:1 is accepted (a zip bomb?)`);
  }
}

/** Sizes and offset of a central entry, from the zip64 extra field for those the 32-bit fields mark as too big. */
function readSizes(r: TByteReader, p: number, extraStart: number, extraLength: number): Pick<TZipEntry, 'compressedSize' | 'uncompressedSize' | 'localHeaderOffset'> {
  let compressedSize = r.u32(p + 20);
  let uncompressedSize = r.u32(p + 24);
  let localHeaderOffset = r.u32(p + 42);
  const diskStart = r.u16(p + 34);
  if (compressedSize !== U32_MAX && uncompressedSize !== U32_MAX && localHeaderOffset !== U32_MAX) {
    if (diskStart !== 0) throw damaged('it is split across several zip files');
    return { compressedSize, uncompressedSize, localHeaderOffset };
  }
  let field = -1;
  for (let q = extraStart; q + 4 <= extraStart + extraLength;) {
    const id = r.u16(q);
    const size = r.u16(q + 2);
    if (q + 4 + size > extraStart + extraLength) throw damaged('its zip directory is damaged');
    if (id === EXTRA_ZIP64) {
      if (field >= 0) throw damaged('its zip directory is ambiguous');
      field = q;
    }
    q += 4 + size;
  }
  if (field < 0) throw damaged('its zip directory lacks zip64 sizes');
  const end = field + 4 + r.u16(field + 2);
  let q = field + 4;
  const take = (): number => {
    if (q + 8 > end) throw damaged('its zip64 sizes are incomplete');
    const value = r.u64(q);
    q += 8;
    return value;
  };
  if (uncompressedSize === U32_MAX) uncompressedSize = take();
  if (compressedSize === U32_MAX) compressedSize = take();
  if (localHeaderOffset === U32_MAX) localHeaderOffset = take();
  if (diskStart === U16_MAX ? q + 4 > end || r.u32(q) !== 0 : diskStart !== 0) throw damaged('it is split across several zip files');
  return { compressedSize, uncompressedSize, localHeaderOffset };
}

/** The last end-of-central-directory signature in the final 64 KiB + 22 bytes, as JSZip finds it; -1 when none. */
function findEndRecord(bytes: Uint8Array, r: TByteReader): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i--) {
    if (bytes[i] === 0x50 && r.u32(i) === SIG_EOCD) return i;
  }
  return -1;
}

function indexOfU32(bytes: Uint8Array, signature: number, from: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = from; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === signature) return i;
  return -1;
}

interface TByteReader {
  u16(offset: number): number;
  u32(offset: number): number;
  /** A little-endian 64-bit value; beyond 2^53 it is Infinity, which every bound then rejects. */
  u64(offset: number): number;
}

function byteReader(bytes: Uint8Array): TByteReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (offset: number, size: number): number => {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + size > bytes.length) throw new Truncated();
    return offset;
  };
  return {
    u16: (offset) => view.getUint16(at(offset, 2), true),
    u32: (offset) => view.getUint32(at(offset, 4), true),
    u64: (offset) => {
      const value = view.getBigUint64(at(offset, 8), true);
      return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
    },
  };
}

const UTF8 = new TextDecoder('utf-8');
const LATIN = new TextDecoder('windows-1252');

function decodeName(bytes: Uint8Array, isUtf8: boolean): string {
  return (isUtf8 ? UTF8 : LATIN).decode(bytes);
}

function damaged(detail: string, cause?: unknown): AppError {
  return fileError('BAD_REQUEST', `the file is damaged or not a valid Word document: ${detail}`, cause);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function isNodeError(error: unknown): error is Error & { code: unknown } {
  return error instanceof Error && 'code' in error;
}
