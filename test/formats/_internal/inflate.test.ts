import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inflate } from '../../../src/formats/_internal/inflate.js';

/** Text-like bytes: words from a small vocabulary, so that they compress with back-references. */
const textLike = fc
  .array(fc.constantFrom('owner ', 'review ', 'March 2026 ', '<w:p>', '</w:t>', 'a', 'zz', '\n'), { maxLength: 400 })
  .map((words) => new TextEncoder().encode(words.join('')));
const anyBytes = fc.oneof(textLike, fc.uint8Array({ maxLength: 3000 }));
const level = fc.constantFrom(0, 1, 6, 9) as fc.Arbitrary<0 | 1 | 6 | 9>;

describe('inflate', () => {
  it('gives back the bytes deflated, at every compression level (stored, fixed and dynamic blocks)', () => {
    fc.assert(
      fc.property(anyBytes, level, (bytes, lvl) => {
        expect(inflate(deflateSync(bytes, { level: lvl }), bytes.length)).toEqual({ ok: true, bytes });
      }),
    );
  });

  it('reads long runs and data spread over many blocks', () => {
    const run = new Uint8Array(300_000).fill(0x41);
    expect(inflate(deflateSync(run), run.length)).toEqual({ ok: true, bytes: run });
    const mixed = new Uint8Array(500_000).map((_, n) => ((n * 7919) % 251) ^ (n >> 9));
    expect(inflate(deflateSync(mixed, { level: 9 }), mixed.length)).toEqual({ ok: true, bytes: mixed });
  });

  it('stops as soon as the data inflates past the size given', () => {
    const bomb = deflateSync(new Uint8Array(10_000_000));
    expect(inflate(bomb, 1000)).toEqual({ ok: false, over: true, detail: 'inflates to more bytes than it declares' });
  });

  it('says when the data inflates to fewer bytes than the size given', () => {
    const bytes = new TextEncoder().encode('short');
    expect(inflate(deflateSync(bytes), 10)).toEqual({
      ok: false,
      detail: 'inflates to 5 bytes, not the 10 it declares',
    });
  });

  it('refuses data cut short or damaged, and never throws', () => {
    const bytes = new TextEncoder().encode('the response of the owner, reviewed in March 2026. '.repeat(40));
    const deflated = deflateSync(bytes);
    const cut = inflate(deflated.subarray(0, deflated.length >> 1), bytes.length);
    expect(cut.ok).toBe(false);
    expect(inflate(new Uint8Array(0), 0).ok).toBe(false);
    expect(inflate(Uint8Array.of(0x07), 0)).toEqual({
      ok: false,
      detail: 'is damaged: its compressed data has a block of an unknown type',
    });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat({ max: 5000 }), (data, size) => {
        const result = inflate(data, size);
        if (result.ok) expect(result.bytes.length).toBe(size);
      }),
    );
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 7 }), (at, bit) => {
        const flipped = deflated.slice();
        const i = at % flipped.length;
        flipped[i] = (flipped[i] as number) ^ (1 << bit);
        const result = inflate(flipped, bytes.length);
        if (result.ok) expect(result.bytes.length).toBe(bytes.length);
      }),
    );
  });
});
