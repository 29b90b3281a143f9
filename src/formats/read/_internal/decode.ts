// The library is typed without the DOM's or Node's globals; TextDecoder is in both.
declare const TextDecoder: new (label: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

/** Bytes decoded as text, or why they are none. */
export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'binary' }
  | { readonly ok: false; readonly reason: 'not-utf8'; readonly offset: number };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);

/** The bytes looked at to tell an encoding or binary data: the first 4 kB. */
const SAMPLE = 4096;

/** Whether bytes without a byte order mark look like UTF-16 text: every other byte zero. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, SAMPLE) - (Math.min(bytes.length, SAMPLE) % 2);
  if (length < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = length / 2;
  if (oddZero > pairs * 0.6 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero === 0) return 'utf-16be';
  return undefined;
}

/** Whether a text is mostly control characters other than the white space text has. */
function mostlyControl(text: string): boolean {
  const length = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f)
      control += 1;
  }
  return control > length * 0.1;
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstNotUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Decodes with a decoder that refuses what is not the encoding; `undefined` when it refuses. */
function decode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    // The decoder drops a byte order mark.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes the bytes of a text file: UTF-8 (with or without a byte order mark), or UTF-16 (little
 * or big endian, with a byte order mark or recognisable without one). Bytes no text has (NUL,
 * mostly control characters) are binary; text in another encoding is named, not read with wrong
 * letters.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  let text: string | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = decode(bytes, 'utf-8');
  else if (startsWith(bytes, [0xff, 0xfe])) text = decode(bytes, 'utf-16le');
  else if (startsWith(bytes, [0xfe, 0xff])) text = decode(bytes, 'utf-16be');
  else {
    const utf16 = utf16Without(bytes);
    if (utf16 !== undefined) text = decode(bytes, utf16);
    else if (bytes.includes(0)) return { ok: false, reason: 'binary' };
    else text = decode(bytes, 'utf-8');
  }
  if (text === undefined) {
    if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { ok: false, reason: 'binary' };
    return mostlyControl(decode(bytes.subarray(0, SAMPLE), 'latin1') ?? '')
      ? { ok: false, reason: 'binary' }
      : { ok: false, reason: 'not-utf8', offset: firstNotUtf8(bytes) };
  }
  if (text.includes('\u0000') || mostlyControl(text)) return { ok: false, reason: 'binary' };
  return { ok: true, text };
}
