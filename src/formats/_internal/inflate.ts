// DEFLATE decoding (RFC 1951) straight into a buffer of the size a ZIP entry declares. Decoding
// stops at the first byte that would go past that size, so a ZIP bomb costs no more than what it
// declared (which the caller has bounded); and every byte is written once, where it stays: no chunk
// is handed over, copied or grown on the way, as a streaming inflater must (a document's main part
// inflates to tens of megabytes, and those copies took as long as the decoding).

/** What inflating gave: the bytes, or why not (`over` when the data inflates past the size). */
export type Inflated =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly detail: string; readonly over?: boolean };

/** The first length of each length code (257–285), and how many extra bits follow it. */
// prettier-ignore
const LENGTH_BASE = Uint16Array.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258);
// prettier-ignore
const LENGTH_EXTRA = Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0);
/** The first distance of each distance code (0–29), and how many extra bits follow it. */
// prettier-ignore
const DISTANCE_BASE = Uint16Array.of(1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577);
// prettier-ignore
const DISTANCE_EXTRA = Uint8Array.of(0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13);
/** The order in which a dynamic block gives the lengths of the code-length code. */
// prettier-ignore
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A Huffman code as a lookup table: indexed by the next `bits` bits of the input, each entry holds
 * the symbol those bits start with, times 16, plus the length of its code (0: no code starts so).
 */
interface Code {
  readonly table: Int32Array;
  readonly bits: number;
}

/** The code of the given code lengths, or `undefined` when they are over-subscribed. */
function codeOf(lengths: Uint8Array): Code | undefined {
  const counts = new Int32Array(16);
  let bits = 1;
  for (const length of lengths) {
    counts[length] = (counts[length] as number) + 1;
    if (length > bits) bits = length;
  }
  counts[0] = 0;
  // The first code of each length (canonical Huffman codes), checking that they fit.
  const next = new Int32Array(16);
  let left = 1;
  for (let length = 1, code = 0; length < 16; length += 1) {
    left = left * 2 - (counts[length] as number);
    if (left < 0) return undefined;
    code = (code + (counts[length - 1] as number)) << 1;
    next[length] = code;
  }
  // An incomplete code is allowed (a block may use a single distance): its gaps stay 0.
  const table = new Int32Array(1 << bits);
  for (let symbol = 0; symbol < lengths.length; symbol += 1) {
    const length = lengths[symbol] as number;
    if (length === 0) continue;
    const code = next[length] as number;
    next[length] = code + 1;
    // The input gives a code's bits first bit first: the table is indexed by the code reversed.
    let reversed = 0;
    for (let k = 0; k < length; k += 1) reversed |= ((code >>> k) & 1) << (length - 1 - k);
    for (let at = reversed; at < table.length; at += 1 << length) table[at] = (symbol << 4) | length;
  }
  return { table, bits };
}

let fixed: { literals: Code; distances: Code } | undefined;

/** The codes of a block compressed with the fixed codes. */
function fixedCodes(): { literals: Code; distances: Code } {
  if (fixed === undefined) {
    const lengths = new Uint8Array(288);
    lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixed = { literals: codeOf(lengths) as Code, distances: codeOf(new Uint8Array(30).fill(5)) as Code };
  }
  return fixed;
}

/**
 * Inflates DEFLATE data that should give exactly `size` bytes, stopping as soon as it would give
 * more. Never throws: damaged data is a detail.
 */
export function inflate(data: Uint8Array, size: number): Inflated {
  // The input with four zero bytes after it, so that reading a few bits ahead never leaves it;
  // running past its real end is checked against `end`.
  const input = new Uint8Array(data.length + 4);
  input.set(data);
  const end = data.length * 8;
  const out = new Uint8Array(size);
  let pos = 0;
  let o = 0;
  /** The next bits of the input from bit `at`, up to 17 of them, kept by `mask`. */
  const bits = (at: number, mask: number): number => {
    const byte = at >>> 3;
    return (
      (((input[byte] as number) | ((input[byte + 1] as number) << 8) | ((input[byte + 2] as number) << 16)) >>>
        (at & 7)) &
      mask
    );
  };
  const damaged = (why: string): Inflated => ({ ok: false, detail: `is damaged: its compressed data ${why}` });
  const truncated = (): Inflated => damaged('ends too soon');
  const over: Inflated = { ok: false, over: true, detail: 'inflates to more bytes than it declares' };

  for (let final = 0; final === 0;) {
    if (pos + 3 > end) return truncated();
    final = bits(pos, 1);
    const type = bits(pos + 1, 3);
    pos += 3;
    if (type === 0) {
      // Stored: a length and its complement, from the next byte on, then the bytes as they are.
      const at = (pos + 7) >>> 3;
      if (at + 4 > data.length) return truncated();
      const length = (input[at] as number) | ((input[at + 1] as number) << 8);
      const complement = (input[at + 2] as number) | ((input[at + 3] as number) << 8);
      if ((length ^ 0xffff) !== complement) return damaged('has a stored block of two different lengths');
      if (at + 4 + length > data.length) return truncated();
      if (o + length > size) return over;
      out.set(input.subarray(at + 4, at + 4 + length), o);
      o += length;
      pos = (at + 4 + length) * 8;
      continue;
    }
    let literals: Code;
    let distances: Code;
    if (type === 1) {
      ({ literals, distances } = fixedCodes());
    } else if (type === 2) {
      if (pos + 14 > end) return truncated();
      const literalCount = bits(pos, 31) + 257;
      const distanceCount = bits(pos + 5, 31) + 1;
      const lengthCount = bits(pos + 10, 15) + 4;
      pos += 14;
      if (literalCount > 286 || distanceCount > 30) return damaged('has a block with too many codes');
      const codeLengths = new Uint8Array(19);
      for (let k = 0; k < lengthCount; k += 1) codeLengths[CODE_LENGTH_ORDER[k] as number] = bits(pos + k * 3, 7);
      pos += lengthCount * 3;
      const lengthCode = codeOf(codeLengths);
      if (lengthCode === undefined) return damaged('has a block whose code is over-subscribed');
      const lengthMask = (1 << lengthCode.bits) - 1;
      const lengths = new Uint8Array(literalCount + distanceCount);
      for (let k = 0; k < lengths.length;) {
        const entry = lengthCode.table[bits(pos, lengthMask)] as number;
        if ((entry & 15) === 0) return damaged('has a code that stands for nothing');
        pos += entry & 15;
        const symbol = entry >> 4;
        if (symbol < 16) {
          lengths[k] = symbol;
          k += 1;
          continue;
        }
        // 16 repeats the last length 3–6 times; 17 and 18 give 3–10 and 11–138 zeros.
        let repeat: number;
        let value = 0;
        if (symbol === 16) {
          if (k === 0) return damaged('repeats a length before any');
          value = lengths[k - 1] as number;
          repeat = 3 + bits(pos, 3);
          pos += 2;
        } else if (symbol === 17) {
          repeat = 3 + bits(pos, 7);
          pos += 3;
        } else {
          repeat = 11 + bits(pos, 127);
          pos += 7;
        }
        if (k + repeat > lengths.length) return damaged('repeats a length past the codes');
        lengths.fill(value, k, k + repeat);
        k += repeat;
      }
      if (pos > end) return truncated();
      if (lengths[256] === 0) return damaged('has a block with no code for its end');
      const literalCode = codeOf(lengths.subarray(0, literalCount));
      const distanceCode = codeOf(lengths.subarray(literalCount));
      if (literalCode === undefined || distanceCode === undefined)
        return damaged('has a block whose code is over-subscribed');
      literals = literalCode;
      distances = distanceCode;
    } else {
      return damaged('has a block of an unknown type');
    }

    const literalTable = literals.table;
    const literalMask = (1 << literals.bits) - 1;
    const distanceTable = distances.table;
    const distanceMask = (1 << distances.bits) - 1;
    for (;;) {
      const entry = literalTable[bits(pos, literalMask)] as number;
      if ((entry & 15) === 0) return damaged('has a code that stands for nothing');
      pos += entry & 15;
      if (pos > end) return truncated();
      const symbol = entry >> 4;
      if (symbol < 256) {
        if (o === size) return over;
        out[o] = symbol;
        o += 1;
        continue;
      }
      if (symbol === 256) break;
      // A copy of earlier bytes: its length, then how far back it starts.
      const lengthCode = symbol - 257;
      if (lengthCode >= 29) return damaged('has a length code that stands for nothing');
      let length = LENGTH_BASE[lengthCode] as number;
      const lengthExtra = LENGTH_EXTRA[lengthCode] as number;
      length += bits(pos, (1 << lengthExtra) - 1);
      pos += lengthExtra;
      const distanceEntry = distanceTable[bits(pos, distanceMask)] as number;
      if ((distanceEntry & 15) === 0) return damaged('has a code that stands for nothing');
      pos += distanceEntry & 15;
      const distanceCode = distanceEntry >> 4;
      if (distanceCode >= 30) return damaged('has a distance code that stands for nothing');
      const distanceExtra = DISTANCE_EXTRA[distanceCode] as number;
      const distance = (DISTANCE_BASE[distanceCode] as number) + bits(pos, (1 << distanceExtra) - 1);
      pos += distanceExtra;
      if (pos > end) return truncated();
      if (distance > o) return damaged('refers to bytes before its start');
      if (o + length > size) return over;
      // Byte by byte: a copy may overlap the bytes it writes (a run of one byte repeated).
      for (let from = o - distance, stop = o + length; o < stop; o += 1, from += 1) out[o] = out[from] as number;
    }
  }
  if (o !== size) return { ok: false, detail: `inflates to ${o} bytes, not the ${size} it declares` };
  return { ok: true, bytes: out };
}
