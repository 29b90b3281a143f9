// What a file is, told by its first bytes (its "magic number") and, for a ZIP archive, by the
// names of the entries it holds. Nothing here inflates or trusts a size beyond the bytes given:
// every offset is checked against the length, and every walk is bounded.

import { hasPdfHeader } from '../../_internal/pdfHeader.js';

/** A file told by its bytes: a document a reader takes, or a kind of file that holds no plan. */
export type Sniffed =
  | { readonly format: 'docx' | 'odt' | 'pdf' }
  | { readonly format?: undefined; readonly kind: string; readonly hint?: string };

const TO_DOCUMENT = 'save the plan as a Word (.docx) or OpenDocument (.odt) document, or as CSV';
const TO_CSV = 'save the sheet as CSV';

/** Whether the bytes start with these, from an offset. */
function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i += 1) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** The codes of an ASCII text. */
function ascii(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i += 1) codes.push(text.charCodeAt(i));
  return codes;
}

/** The bytes of a range as text, one character a byte, never past the end. */
function latin1(bytes: Uint8Array, start: number, length: number): string {
  const end = Math.min(bytes.length, start + length);
  let text = '';
  for (let i = start; i < end; i += 1) text += String.fromCharCode(bytes[i] as number);
  return text;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The most entry names read from an archive: a document has a few dozen. */
const MAX_ENTRIES = 10_000;

/** The names of the entries of a ZIP archive, from its central directory at the end. */
function centralNames(bytes: Uint8Array): string[] | undefined {
  // The end-of-central-directory record: 22 bytes, then a comment of at most 65,535 bytes.
  const last = bytes.length - 22;
  const first = Math.max(0, last - 65_535);
  for (let at = last; at >= first; at -= 1) {
    if (u32(bytes, at) !== 0x06054b50) continue;
    const count = Math.min(u16(bytes, at + 10), MAX_ENTRIES);
    let p = u32(bytes, at + 16);
    const names: string[] = [];
    for (let i = 0; i < count && p + 46 <= bytes.length && u32(bytes, p) === 0x02014b50; i += 1) {
      const nameLength = u16(bytes, p + 28);
      names.push(latin1(bytes, p + 46, nameLength));
      p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    }
    return names.length > 0 ? names : undefined;
  }
  return undefined;
}

/** The names of the entries of a ZIP archive, walking its local headers from the start. */
function localNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let p = 0;
  while (names.length < MAX_ENTRIES && p + 30 <= bytes.length && u32(bytes, p) === 0x04034b50) {
    const nameLength = u16(bytes, p + 26);
    names.push(latin1(bytes, p + 30, nameLength));
    // An entry whose sizes follow its data cannot be skipped without inflating it: stop there.
    if ((u16(bytes, p + 6) & 0x08) !== 0) break;
    p += 30 + nameLength + u16(bytes, p + 28) + u32(bytes, p + 18);
  }
  return names;
}

/** The ODF media type of an archive whose first entry is `mimetype`, stored, as ODF requires. */
function odfMediaType(bytes: Uint8Array): string | undefined {
  if (latin1(bytes, 30, u16(bytes, 26)) !== 'mimetype' || u16(bytes, 8) !== 0) return undefined;
  return latin1(bytes, 30 + u16(bytes, 26) + u16(bytes, 28), Math.min(u32(bytes, 18), 100));
}

/** What a ZIP archive is: a Word or OpenDocument text, or what else its entries say. */
function zipKind(bytes: Uint8Array): Sniffed {
  const mediaType = odfMediaType(bytes);
  const names = new Set([...(centralNames(bytes) ?? []), ...localNames(bytes)]);
  // Entry names are stored as written, near the start and again at the end: a damaged archive
  // whose directories cannot be walked is still told by them.
  const ends = `${latin1(bytes, 0, 65_536)}\n${latin1(bytes, Math.max(65_536, bytes.length - 65_536), 65_536)}`;
  const has = (name: string): boolean => names.has(name) || ends.includes(name);
  const odf = mediaType ?? /mimetype(application\/vnd\.oasis\.opendocument\.[a-z-]+)/.exec(ends)?.[1];
  if (odf === 'application/vnd.oasis.opendocument.text' || odf === 'application/vnd.oasis.opendocument.text-template')
    return { format: 'odt' };
  if (odf?.startsWith('application/vnd.oasis.opendocument.spreadsheet') === true)
    return { kind: 'an OpenDocument spreadsheet (.ods)', hint: TO_CSV };
  if (odf !== undefined) return { kind: 'an OpenDocument file that is not a text', hint: TO_DOCUMENT };
  const wordPart = (): boolean => [...names].some((name) => name.startsWith('word/') && name.endsWith('.xml'));
  if (has('word/document.xml') || (has('[Content_Types].xml') && wordPart())) return { format: 'docx' };
  if (has('xl/workbook.xml')) return { kind: 'an Excel workbook (.xlsx)', hint: TO_CSV };
  if (has('ppt/presentation.xml')) return { kind: 'a PowerPoint presentation (.pptx)', hint: TO_DOCUMENT };
  return { kind: 'a ZIP archive that is not a Word or OpenDocument file' };
}

/** Kinds of file that hold no plan, by their first bytes. */
const MAGIC: readonly {
  readonly bytes: readonly number[];
  readonly at?: number;
  readonly kind: string;
  readonly hint?: string;
}[] = [
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'an older Office file (.doc, .xls) or a password-protected document',
    hint: `${TO_DOCUMENT}, without a password`,
  },
  { bytes: ascii('{\\rtf'), kind: 'an RTF document', hint: TO_DOCUMENT },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: ascii('GIF8'), kind: 'a GIF image' },
  { bytes: ascii('WEBP'), at: 8, kind: 'a WebP image' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7z archive' },
  { bytes: ascii('Rar!'), kind: 'a RAR archive' },
];

/**
 * What a file is by its bytes, when they say: a document a reader takes (`docx`, `odt`, `pdf`),
 * or a kind of file that holds no plan, with what to do instead. `undefined` for anything else,
 * which may be text.
 */
export function sniff(bytes: Uint8Array): Sniffed | undefined {
  if (startsWith(bytes, [0x50, 0x4b]) && (startsWith(bytes, [3, 4], 2) || startsWith(bytes, [5, 6], 2)))
    return zipKind(bytes);
  if (hasPdfHeader(bytes)) return { format: 'pdf' };
  for (const magic of MAGIC) {
    if (startsWith(bytes, magic.bytes, magic.at)) {
      return magic.hint === undefined ? { kind: magic.kind } : { kind: magic.kind, hint: magic.hint };
    }
  }
  return undefined;
}

const AS_BYTES = "pass the file's bytes (a Uint8Array or an ArrayBuffer), not text decoded from them";

/**
 * What a text is when it is no text at all but a file decoded as if it were (a Word or OpenDocument
 * file, a PDF), or RTF; `undefined` for any other text.
 */
export function sniffText(text: string): Sniffed | undefined {
  if (/^PK(?:\u0003\u0004|\u0005\u0006)/.test(text))
    return { kind: 'a ZIP archive (a Word or OpenDocument file?) decoded as text', hint: AS_BYTES };
  if (text.startsWith('%PDF-')) return { kind: 'a PDF decoded as text', hint: AS_BYTES };
  if (text.startsWith('{\\rtf')) return { kind: 'an RTF document', hint: TO_DOCUMENT };
  return undefined;
}
