import { inflate } from './inflate.js';

// A reader of ZIP archives that trusts nothing the archive declares: the central directory is
// checked against the file's bounds, every entry read is inflated into the size it declares (within
// the budget left) and stopped as soon as it would outgrow it, and its CRC-32 is checked. Only the
// entries asked for are inflated, so a bomb in any other entry costs nothing.

/** An entry of a ZIP archive, as its central directory lists it. */
export interface ZipEntry {
  /** Its name, such as `word/document.xml`. */
  readonly name: string;
  /** 0 (stored) or 8 (deflated); anything else cannot be read. */
  readonly method: number;
  /** Set when the entry is encrypted. */
  readonly encrypted: boolean;
  /** The size of its compressed data, as declared. */
  readonly compressedSize: number;
  /** Its size once inflated, as declared (checked while inflating, never trusted). */
  readonly size: number;
  /** The CRC-32 of its inflated bytes, as declared. */
  readonly crc: number;
  /** Where its local header starts. */
  readonly offset: number;
}

/** A ZIP archive's entries by name, or why it cannot be read. */
export type ZipDirectory =
  | { readonly ok: true; readonly entries: ReadonlyMap<string, ZipEntry> }
  | { readonly ok: false; readonly detail: string };

/** The bytes of an entry, or why it could not be read (`limit` when it outgrew the budget). */
export type ZipRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly detail: string; readonly limit?: boolean };

/** How many entries the directory may list: far more than any document has. */
const MAX_ENTRIES = 65_535;
/** Above this size, an entry may not inflate to more than {@link MAX_RATIO} times its compressed size. */
const RATIO_FROM = 1024 * 1024;
/** How many times its compressed size an entry may inflate to: real documents stay far below it, bombs go far above. */
export const MAX_RATIO = 250;

const u16 = (b: Uint8Array, at: number): number => (b[at] as number) | ((b[at + 1] as number) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Whether the bytes start as a ZIP archive does (a local file header, or the end record of an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** An entry name: the names a document reader looks for are ASCII, and any other byte stands as itself. */
function nameOf(bytes: Uint8Array): string {
  let name = '';
  for (let i = 0; i < bytes.length; i += 1) name += String.fromCharCode(bytes[i] as number);
  return name;
}

/** Reads the central directory of a ZIP archive. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.length < 22) return { ok: false, detail: 'the file is too short to be a ZIP archive' };
  // The end of central directory record: within the last 22 + 65,535 bytes (its comment).
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 65_535; at -= 1) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 5 && bytes[at + 3] === 6) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, detail: 'the ZIP archive has no central directory (it may be cut short)' };
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const start = u32(bytes, end + 16);
  if (count === 0xffff || start === 0xffffffff) {
    return { ok: false, detail: 'the ZIP archive uses the ZIP64 extension, which documents never need' };
  }
  if (start + size > end)
    return { ok: false, detail: 'the central directory of the ZIP archive lies outside the file' };
  const entries = new Map<string, ZipEntry>();
  let at = start;
  for (let n = 0; n < count && n < MAX_ENTRIES; n += 1) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) {
      return { ok: false, detail: `entry ${n + 1} of the central directory is damaged` };
    }
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > end) return { ok: false, detail: `entry ${n + 1} of the central directory is damaged` };
    const name = nameOf(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      name,
      method: u16(bytes, at + 10),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    };
    // The first of two entries with one name is the one read; a second cannot replace it.
    if (!entries.has(name)) entries.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

let crcTables: Int32Array | undefined;

/**
 * The CRC-32 of bytes, as ZIP archives declare it. Eight bytes a step, with eight tables ("slicing
 * by 8"): the whole of every part read is checked, and a byte at a time would take longer than
 * reading the XML. The tables hold signed 32-bit numbers, so that the arithmetic stays in 32 bits.
 */
export function crc32(bytes: Uint8Array): number {
  if (crcTables === undefined) {
    // Table 0 is the CRC of each byte; table t, of the byte followed by t zero bytes.
    crcTables = new Int32Array(8 * 256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTables[n] = c;
    }
    for (let n = 0; n < 256; n += 1) {
      for (let t = 1; t < 8; t += 1) {
        const previous = crcTables[(t - 1) * 256 + n] as number;
        crcTables[t * 256 + n] = (crcTables[previous & 0xff] as number) ^ (previous >>> 8);
      }
    }
  }
  const t = crcTables;
  let crc = -1;
  let i = 0;
  for (const end = bytes.length - 7; i < end; i += 8) {
    const low =
      crc ^
      ((bytes[i] as number) |
        ((bytes[i + 1] as number) << 8) |
        ((bytes[i + 2] as number) << 16) |
        ((bytes[i + 3] as number) << 24));
    crc =
      (t[1792 + (low & 0xff)] as number) ^
      (t[1536 + ((low >>> 8) & 0xff)] as number) ^
      (t[1280 + ((low >>> 16) & 0xff)] as number) ^
      (t[1024 + (low >>> 24)] as number) ^
      (t[768 + (bytes[i + 4] as number)] as number) ^
      (t[512 + (bytes[i + 5] as number)] as number) ^
      (t[256 + (bytes[i + 6] as number)] as number) ^
      (t[bytes[i + 7] as number] as number);
  }
  for (; i < bytes.length; i += 1) crc = (t[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/**
 * Reads an entry's bytes, inflating at most `budget` bytes: more than that, or more than the
 * entry declares, stops the read.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, budget: number): ZipRead {
  const where = `the ZIP entry ${entry.name}`;
  if (entry.encrypted) return { ok: false, detail: `${where} is encrypted` };
  const at = entry.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) {
    return { ok: false, detail: `${where} has no local header where the directory says` };
  }
  const dataStart = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length)
    return { ok: false, detail: `${where} runs past the end of the file (it may be cut short)` };
  if (entry.size > budget) {
    return {
      ok: false,
      limit: true,
      detail: `${where} declares ${entry.size} bytes, more than the ${budget} left to read`,
    };
  }
  if (entry.size > RATIO_FROM && entry.size > entry.compressedSize * MAX_RATIO) {
    return {
      ok: false,
      limit: true,
      detail: `${where} would inflate ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times over, as only a ZIP bomb does`,
    };
  }
  const data = bytes.subarray(dataStart, dataEnd);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size)
      return { ok: false, detail: `${where} is stored with two different sizes` };
    out = data;
  } else if (entry.method === 8) {
    const inflated = inflate(data, entry.size);
    if (!inflated.ok) return { ok: false, detail: `${where} ${inflated.detail}` };
    out = inflated.bytes;
  } else {
    return { ok: false, detail: `${where} is compressed with method ${entry.method}, which documents do not use` };
  }
  if (crc32(out) !== entry.crc) return { ok: false, detail: `${where} is damaged: its checksum does not match` };
  return { ok: true, bytes: out };
}
