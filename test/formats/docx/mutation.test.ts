import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDocx } from '../../../src/formats/docx/fromDocx.js';
import { fromOdt } from '../../../src/formats/odt/fromOdt.js';
import { parseActionPlan } from '../../../src/schema/parseActionPlan.js';
import { documentBytes } from '../../fixtures/documents/documents.js';

const readers = [
  ['docx', fromDocx, 'word/document.xml'],
  ['odt', fromOdt, 'content.xml'],
] as const;

/** A change to bytes: one flipped, a run cut out, bytes put in, or the end cut off. */
const byteMutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Two runs of bytes, one after the other. */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

type ByteMutation = typeof byteMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateBytes(bytes: Uint8Array, changes: readonly ByteMutation[]): Uint8Array {
  let out: Uint8Array = bytes.slice();
  for (const change of changes) {
    const at = change.at % Math.max(1, out.length);
    if (change.kind === 'flip') {
      out[at] = (out[at] as number) ^ (1 << change.bit);
    } else if (change.kind === 'cut') {
      out = concat(out.subarray(0, at), out.subarray(Math.min(out.length, at + change.length)));
    } else if (change.kind === 'insert') {
      out = concat(concat(out.subarray(0, at), change.bytes), out.subarray(at));
    } else {
      out = out.subarray(0, at);
    }
  }
  return out;
}

/** A change to XML text: a run cut out, markup put in, or a run repeated. */
const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '&amp;',
        '&#0;',
        '&#x110000;',
        ']]>',
        '<!DOCTYPE x>',
        '"',
        '</w:tc>',
        '</w:tr>',
        '<w:tr>',
        '<w:vMerge/>',
        '<w:gridSpan w:val="999999"/>',
        '<table:covered-table-cell/>',
        'table:number-rows-repeated="99999999"',
        '<text:line-break/>',
        '<w:br/>',
        '<w:del>',
        '</w:del>',
      ),
      fc.string({ maxLength: 12 }),
    ),
  }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 2000 }) }),
);

/** Reads, and checks what any reader must give: a result, never a throw; a plan only when it is valid. */
function readSafely(read: typeof fromDocx, bytes: Uint8Array): void {
  const result = read(bytes);
  expect(typeof result.ok).toBe('boolean');
  expect(Array.isArray(result.issues)).toBe(true);
  if (result.ok) {
    const checked = parseActionPlan(result.value);
    expect(checked.issues).toEqual([]);
  } else {
    expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true);
  }
}

describe('Word and OpenDocument files changed at random', () => {
  for (const [kind, read, part] of readers) {
    const original = documentBytes('sfo', kind);

    it(`never throws on the bytes of a ${kind} file changed`, () => {
      fc.assert(
        fc.property(fc.array(byteMutation, { minLength: 1, maxLength: 4 }), (changes) => {
          readSafely(read, mutateBytes(original, changes));
        }),
        { numRuns: 150 },
      );
    }, 300_000);

    it(`never throws on the XML inside a ${kind} file changed, and gives a plan only when it is valid`, () => {
      const files = unzipSync(original);
      const xml = strFromU8(files[part] as Uint8Array);
      fc.assert(
        fc.property(fc.array(textMutation, { minLength: 1, maxLength: 3 }), (changes) => {
          let text = xml;
          for (const change of changes) {
            const at = change.at % text.length;
            if (change.kind === 'cut') text = text.slice(0, at) + text.slice(at + change.length);
            else if (change.kind === 'insert') text = text.slice(0, at) + change.text + text.slice(at);
            else
              text =
                text.slice(0, at + change.length) + text.slice(at, at + change.length) + text.slice(at + change.length);
          }
          readSafely(read, zipSync({ ...files, [part]: strToU8(text) }));
        }),
        { numRuns: 150 },
      );
    }, 300_000);
  }
});
