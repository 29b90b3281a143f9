import { describe, expect, it } from 'vitest';
import { fromDocx } from '../../../src/formats/docx/fromDocx.js';
import { fromOdt } from '../../../src/formats/odt/fromOdt.js';
import { toJson } from '../../../src/formats/json/toJson.js';
import { parseActionPlan } from '../../../src/schema/parseActionPlan.js';
import { DOCUMENT_VARIANTS, documentBytes, expectedJson } from '../../fixtures/documents/documents.js';

const readers = [
  ['docx', fromDocx],
  ['docxjs.docx', fromDocx],
  ['odt', fromOdt],
] as const;

describe('the documents of real producers', () => {
  for (const variant of DOCUMENT_VARIANTS) {
    for (const [kind, read] of readers) {
      it(`reads ${variant}.${kind} as exactly the expected plan`, () => {
        const result = read(documentBytes(variant, kind));
        expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(parseActionPlan(result.value).ok).toBe(true);
        expect(toJson(result.value)).toBe(expectedJson(variant));
      });
    }
  }

  it('locates the rows of the plan in the Word document and the OpenDocument text alike', () => {
    for (const [kind, read] of readers) {
      const result = read(documentBytes('sfo', kind));
      // Recommendation 1 is the first row under the section and addressee rows of the action table.
      const row = result.locate(['recommendations', 0]);
      expect(row?.line, kind).toBeGreaterThan(12);
      expect(result.locate(['recommendations', 6])?.line).toBeGreaterThan(row?.line ?? 0);
    }
  });

  it('reads an ArrayBuffer as well as a Uint8Array', () => {
    const bytes = documentBytes('sfo', 'odt');
    const buffer = new Uint8Array(bytes).buffer;
    const result = fromOdt(buffer);
    expect(result.ok && toJson(result.value)).toBe(expectedJson('sfo'));
  });
});
