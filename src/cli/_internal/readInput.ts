import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileIssue, type FileIssue } from './fileIssues.js';

/** The text of a file, or the one issue that says why it has none. */
export type InputText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: FileIssue };

/** How a file is named in messages: standard input for `-`, else as given. */
export function fileName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const TO_TEXT = 'save the plan as CSV, or copy its text into a .txt file';

/** The document formats a zip archive can be, by the names of the entries it holds. */
const ZIPPED: readonly { readonly names: RegExp; readonly kind: string; readonly hint?: string }[] = [
  { names: /mimetypeapplication\/vnd\.oasis\.opendocument\.text/, kind: 'ODT, an OpenDocument text', hint: TO_TEXT },
  {
    names: /mimetypeapplication\/vnd\.oasis\.opendocument\.spreadsheet/,
    kind: 'ODS, an OpenDocument spreadsheet',
    hint: 'save the sheet as CSV',
  },
  { names: /word\//, kind: 'DOCX, a Word document', hint: TO_TEXT },
  { names: /xl\//, kind: 'XLSX, an Excel workbook', hint: 'save the sheet as CSV' },
  { names: /ppt\//, kind: 'PPTX, a PowerPoint presentation' },
];

/** What a binary file is, when its first bytes (its "magic number") say so. */
function binaryKind(bytes: Uint8Array): { kind?: string; hint?: string } {
  if (startsWith(bytes, ascii('%PDF-'))) return { kind: 'PDF', hint: 'copy the text of the plan into a .txt file' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Entry names are stored uncompressed, near the start and again in the directory at the end.
    const head = Buffer.from(bytes.subarray(0, 65_536)).toString('latin1');
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 65_536))).toString('latin1');
    const zipped = ZIPPED.find(({ names }) => names.test(head) || names.test(tail));
    if (zipped !== undefined)
      return zipped.hint === undefined ? { kind: zipped.kind } : { kind: zipped.kind, hint: zipped.hint };
    return { kind: 'a zip archive' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { kind: 'DOC or XLS, an older Office document', hint: TO_TEXT };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { kind: 'a PNG image' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'a JPEG image' };
  if (startsWith(bytes, ascii('GIF8'))) return { kind: 'a GIF image' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'a gzip archive' };
  return {};
}

/** Whether bytes without a byte-order mark look like UTF-16 text: every other byte zero. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero += 1;
    if (sample[i + 1] === 0) oddZero += 1;
  }
  const pairs = sample.length / 2;
  if (oddZero > pairs * 0.6 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero === 0) return 'utf-16be';
  return undefined;
}

/** Whether decoded text is mostly control characters other than the white space text has. */
function mostlyControl(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (const c of sample) {
    const code = c.charCodeAt(0);
    if ((code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r' && c !== '\f') || code === 0x7f) control += 1;
  }
  return control > sample.length * 0.1;
}

/**
 * Decodes the bytes of a plan file: UTF-8 (with or without a byte-order mark), or UTF-16 (little
 * or big endian, with a byte-order mark or recognisable without one). A file with bytes no text
 * has is named binary, with what it looks like when its first bytes say; text in another encoding
 * is named too, rather than read with wrong letters.
 */
export function decodeInput(bytes: Uint8Array, file: string): InputText {
  const name = fileName(file);
  const decode = (encoding: string): string | undefined => {
    try {
      // The decoder drops the byte-order mark.
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  };
  const kind = binaryKind(bytes);
  const binary = (): InputText => ({ ok: false, issue: fileIssue('file.binary', [], { file: name, ...kind }) });
  if (kind.kind !== undefined) return binary();
  let text: string | undefined;
  if (startsWith(bytes, [0xff, 0xfe])) text = decode('utf-16le');
  else if (startsWith(bytes, [0xfe, 0xff])) text = decode('utf-16be');
  else {
    const utf16 = utf16Without(bytes);
    if (utf16 !== undefined) text = decode(utf16);
    else if (bytes.includes(0)) return binary();
    else {
      text = decode('utf-8');
      if (text === undefined) return { ok: false, issue: fileIssue('file.not_utf8', [], { file: name }) };
    }
  }
  if (text === undefined || text.includes('\u0000') || mostlyControl(text)) return binary();
  return { ok: true, text };
}

/** The most a plan file (or standard input) may hold: 64 MB. A larger input is refused unread. */
export const MAX_INPUT_BYTES: number = 64 * 1024 * 1024;

/** The size of the reads of an input whose size is not known before (standard input, a device). */
const CHUNK = 1024 * 1024;

/** Waits a moment without busying the processor, for an input that has nothing to read yet. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
}

/**
 * Reads everything from a file descriptor, at most `limit` bytes: `undefined` when there is more.
 * A regular file larger than the limit is refused from its size, without reading it; standard
 * input, a pipe or a device (`/dev/zero`) is read until it ends or passes the limit.
 */
function readAtMost(fd: number, limit: number): Uint8Array | undefined {
  const stats = fstatSync(fd);
  if (stats.isFile() && stats.size > limit) return undefined;
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(stats.isFile() ? Math.max(1, Math.min(stats.size + 1, limit + 1 - total)) : CHUNK);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // Standard input left non-blocking by the program before: wait for it, then read again.
      if ((error as { code?: string }).code === 'EAGAIN') {
        pause();
        continue;
      }
      if ((error as { code?: string }).code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    total += n;
    if (total > limit) return undefined;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/** Reads a file (or standard input for `-`) as text, or says why it cannot. */
export function readInput(file: string): InputText {
  let bytes: Uint8Array | undefined;
  try {
    const fd = file === '-' ? 0 : openSync(file, 'r');
    try {
      bytes = readAtMost(fd, MAX_INPUT_BYTES);
    } finally {
      if (fd !== 0) closeSync(fd);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it could not be read';
    return { ok: false, issue: fileIssue('file.unreadable', [], { file: fileName(file), reason }) };
  }
  if (bytes === undefined) {
    return { ok: false, issue: fileIssue('file.too_large', [], { file: fileName(file), limit: '64 MB' }) };
  }
  return decodeInput(bytes, file);
}
