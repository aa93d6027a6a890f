import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-built zip, with the lies a hostile file might tell. */
export interface TZipFixtureEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Deflate by default. */
  readonly method?: 'store' | 'deflate';
  /** Written in the headers instead of the true uncompressed size (a zip bomb's claim). */
  readonly declaredUncompressedSize?: number;
  /** General-purpose flags, e.g. 0x0001 for an encrypted entry. */
  readonly flags?: number;
  /** A compression method number written instead of the real one (12 = bzip2, which nothing here reads). */
  readonly methodCode?: number;
}

export interface TZipFixtureOptions {
  /** Written in the end record instead of the true entry count. */
  readonly declaredEntryCount?: number;
  /** Points every central entry at the first entry's data (the overlapping-entries bomb). */
  readonly overlap?: boolean;
  /** Writes sizes, offsets and counts in zip64 records, as some writers do for any file. */
  readonly zip64?: boolean;
}

const encoder = new TextEncoder();

/**
 * A zip built byte by byte, for tests of the import guards: honest by default, or with declared sizes,
 * counts, flags or offsets that lie. Names are UTF-8 (flag 11 set).
 */
export function buildZip(entries: readonly TZipFixtureEntry[], options: TZipFixtureOptions = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  let firstOffset = 0;
  entries.forEach((entry, k) => {
    const raw = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
    const isStored = entry.method === 'store';
    const data = isStored ? raw : new Uint8Array(deflateRawSync(raw));
    const name = encoder.encode(entry.name);
    const flags = (entry.flags ?? 0) | 0x0800;
    const size = entry.declaredUncompressedSize ?? raw.length;
    const crc = crc32(raw);
    const method = entry.methodCode ?? (isStored ? 0 : 8);
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const extra = options.zip64 ? 28 : 0;
    const central = new Uint8Array(46 + name.length + extra);
    const cv = new DataView(central.buffer);
    if (k === 0) firstOffset = offset;
    const localOffset = options.overlap ? firstOffset : offset;
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, options.zip64 ? 45 : 20, true);
    cv.setUint16(6, options.zip64 ? 45 : 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, options.zip64 ? 0xffffffff : data.length, true);
    cv.setUint32(24, options.zip64 ? 0xffffffff : size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra, true);
    cv.setUint32(42, options.zip64 ? 0xffffffff : localOffset, true);
    central.set(name, 46);
    if (options.zip64) {
      const at = 46 + name.length;
      cv.setUint16(at, 0x0001, true);
      cv.setUint16(at + 2, 24, true);
      cv.setBigUint64(at + 4, BigInt(size), true);
      cv.setBigUint64(at + 12, BigInt(data.length), true);
      cv.setBigUint64(at + 20, BigInt(localOffset), true);
    }
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  });
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  const count = options.declaredEntryCount ?? entries.length;
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, options.zip64 ? 0xffff : Math.min(count, 0xffff), true);
  ev.setUint16(10, options.zip64 ? 0xffff : Math.min(count, 0xffff), true);
  ev.setUint32(12, options.zip64 ? 0xffffffff : directorySize, true);
  ev.setUint32(16, options.zip64 ? 0xffffffff : offset, true);
  if (!options.zip64) return concat([...locals, ...centrals, end]);
  const record = new Uint8Array(56);
  const rv = new DataView(record.buffer);
  rv.setUint32(0, 0x06064b50, true);
  rv.setBigUint64(4, 44n, true);
  rv.setUint16(12, 45, true);
  rv.setUint16(14, 45, true);
  rv.setBigUint64(24, BigInt(count), true);
  rv.setBigUint64(32, BigInt(count), true);
  rv.setBigUint64(40, BigInt(directorySize), true);
  rv.setBigUint64(48, BigInt(offset), true);
  const locator = new Uint8Array(20);
  const xv = new DataView(locator.buffer);
  xv.setUint32(0, 0x07064b50, true);
  xv.setBigUint64(8, BigInt(offset + directorySize), true);
  xv.setUint32(16, 1, true);
  return concat([...locals, ...centrals, record, locator, end]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
