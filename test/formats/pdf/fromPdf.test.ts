import fc from 'fast-check';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src/formats/json/toJson.js';
import { fromPdf, type PdfJs } from '../../../src/formats/pdf/fromPdf.js';
import { parseActionPlan } from '../../../src/schema/parseActionPlan.js';
import { DOCUMENT_VARIANTS, documentBytes, expectedJson } from '../../fixtures/documents/documents.js';
import { MANY_PAGES, pdfBytes, superscriptExpectedJson } from '../../fixtures/pdf/pdfs.js';

// pdf.js takes a moment a page; on a busy machine, several.
const SLOW = 120_000;

/** A PDF written out by hand: its objects numbered from 1, the cross-reference table computed. */
function handPdf(objects: readonly string[]): Uint8Array {
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

/** A one-page PDF whose page draws the content stream given (Helvetica as F1). */
function pagePdf(content: string): Uint8Array {
  return handPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

describe('fromPdf on PDFs exported by LibreOffice and printed by Chromium', () => {
  it.each(DOCUMENT_VARIANTS.flatMap((variant) => [[variant, 'pdf'] as const, [variant, 'chromium.pdf'] as const]))(
    'reads %s.%s to exactly the canonical JSON of its plan',
    async (variant, kind) => {
      const result = await fromPdf(documentBytes(variant, kind));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(toJson(result.value)).toBe(expectedJson(variant));
      expect(parseActionPlan(JSON.parse(toJson(result.value))).ok).toBe(true);
      // Nothing was left out unreported: no line the reader could not place.
      expect(result.issues.filter((i) => i.severity !== 'info').map((i) => i.message)).toEqual([]);
    },
    SLOW,
  );

  it(
    'reads superscript ordinals ("26th", written 26 and a raised "th") as one word',
    async () => {
      const result = await fromPdf(pdfBytes('superscript'));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(toJson(result.value)).toBe(superscriptExpectedJson());
      expect(JSON.stringify(result.value)).toMatch(/\b26th March 2026\b/);
    },
    SLOW,
  );

  it.each(['sfo', 'long-response'] as const)(
    'reads %s.unruled.pdf, a table printed without rules, by its column headings',
    async (variant) => {
      const result = await fromPdf(pdfBytes(`${variant}.unruled`));
      expect(result.ok).toBe(true);
      if (result.ok) expect(toJson(result.value)).toBe(expectedJson(variant));
    },
    SLOW,
  );

  it(
    'reads a PDF that has only an owner password, which opens without one',
    async () => {
      const result = await fromPdf(pdfBytes('encrypted-owner'));
      expect(result.ok).toBe(true);
      if (result.ok) expect(toJson(result.value)).toBe(expectedJson('sfo'));
    },
    SLOW,
  );

  it(
    'puts the page and the line on the page on every issue and every plan path',
    async () => {
      const result = await fromPdf(documentBytes('repeated-header', 'pdf'));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      for (const issue of result.issues) {
        expect(issue.location?.page, issue.message).toBeGreaterThanOrEqual(1);
        expect(issue.location?.line, issue.message).toBeGreaterThanOrEqual(1);
      }
      // The first recommendation stands on page 2 of the plan, the last of 20 on a later page.
      expect(result.locate(['recommendations', 0, 'ref'])).toMatchObject({ page: 2 });
      const last = result.value.recommendations.length - 1;
      const where = result.locate(['recommendations', last, 'actions', 0, 'owner']);
      expect(where?.page).toBeGreaterThan(2);
      expect(where?.line).toBeGreaterThanOrEqual(1);
    },
    SLOW,
  );

  it(
    'leaves the caller’s bytes as they were, and takes an ArrayBuffer as well as a Uint8Array',
    async () => {
      const bytes = documentBytes('sfo', 'pdf');
      const copy = bytes.slice();
      const fromBuffer = await fromPdf(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      expect(fromBuffer.ok).toBe(true);
      expect(bytes).toEqual(copy);
    },
    SLOW,
  );

  it(
    'takes pdf.js’s own module as the pdfjs option, as its types have it',
    async () => {
      // Compiles only while pdf.js's module fits the shape fromPdf names.
      const module: PdfJs = pdfjs;
      const result = await fromPdf(documentBytes('merged-owners', 'pdf'), { pdfjs: module });
      expect(result.ok).toBe(true);
    },
    SLOW,
  );

  it(
    'uses pdf.js as the caller passes it',
    async () => {
      let opened = 0;
      const given: PdfJs = {
        OPS: pdfjs.OPS,
        getDocument(source) {
          opened += 1;
          return pdfjs.getDocument(source);
        },
      };
      const result = await fromPdf(documentBytes('sfo', 'pdf'), { pdfjs: given });
      expect(opened).toBe(1);
      expect(result.ok).toBe(true);
    },
    SLOW,
  );
});

describe('fromPdf on what is not a readable plan', () => {
  it('refuses what is no PDF, saying what it is', async () => {
    const text = await fromPdf(new TextEncoder().encode('Dear colleague,'));
    expect(text.issues.map((i) => i.code)).toEqual(['pdf.not_a_pdf']);
    const zip = await fromPdf(documentBytes('sfo', 'docx'));
    expect(zip.ok).toBe(false);
    expect(zip.issues[0]?.message).toMatch(/ZIP archive.*fromDocx/);
    const empty = await fromPdf(new Uint8Array(0));
    expect(empty.issues[0]?.message).toMatch(/empty/);
  });

  it(
    'says a PDF is damaged when pdf.js cannot read it: garbage after the header, a file cut short',
    async () => {
      const garbage = await fromPdf(new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body at all\n'));
      expect(garbage.ok).toBe(false);
      expect(garbage.issues.map((i) => i.code)).toEqual(['pdf.damaged']);
      const whole = documentBytes('sfo', 'pdf');
      const cut = await fromPdf(whole.subarray(0, Math.floor(whole.length / 3)));
      expect(cut.ok).toBe(false);
      expect(cut.issues[0]?.severity).toBe('error');
    },
    SLOW,
  );

  it(
    'refuses a PDF with more pages than maxPages, before reading them',
    async () => {
      const result = await fromPdf(documentBytes('sfo', 'pdf'), { maxPages: 2 });
      expect(result.issues.map((i) => [i.code, i.params])).toEqual([['pdf.too_large', { pages: 4, limit: 2 }]]);
    },
    SLOW,
  );

  it(
    'says a PDF has no text when its page is blank, and that a page of pictures needs OCR',
    async () => {
      const blank = await fromPdf(pagePdf(''));
      expect(blank.issues.map((i) => [i.code, i.params])).toEqual([['pdf.no_text', { pages: 1, pictures: 0 }]]);
      // A page that paints an image (a 1×1 grey inline image) and shows no text: a scan.
      const scan = await fromPdf(pagePdf('q 600 0 0 780 6 6 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q'));
      expect(scan.issues.map((i) => [i.code, i.params])).toEqual([['pdf.no_text', { pages: 1, pictures: 1 }]]);
      expect(scan.issues[0]?.message).toMatch(/OCR/);
    },
    SLOW,
  );

  it(
    'reads a page of text that is no plan to the issue every reader gives',
    async () => {
      const letter = await fromPdf(
        pagePdf('BT /F1 12 Tf 72 700 Td (Dear colleague, thank you for your letter.) Tj ET'),
      );
      expect(letter.ok).toBe(false);
      expect(letter.issues.map((i) => i.code)).toContain('import.not_a_plan');
    },
    SLOW,
  );

  it(
    'gives each hostile fixture one clear issue: a scan, a password, a file cut short, garbage, a blank page, a letter',
    async () => {
      const codes = async (name: Parameters<typeof pdfBytes>[0]) =>
        (await fromPdf(pdfBytes(name))).issues.map((i) => i.code);
      expect(await codes('scanned')).toEqual(['pdf.no_text']);
      expect(await codes('encrypted')).toEqual(['pdf.password_protected']);
      expect(await codes('truncated')).toEqual(['pdf.damaged']);
      expect(await codes('garbage')).toEqual(['pdf.damaged']);
      expect(await codes('empty-page')).toEqual(['pdf.no_text']);
      expect(await codes('not-a-plan')).toContain('import.not_a_plan');
    },
    SLOW,
  );

  it(
    'refuses a PDF of 2,000 pages at once, and reads it without hanging when maxPages allows it',
    async () => {
      const refused = await fromPdf(pdfBytes('many-pages'));
      expect(refused.issues.map((i) => [i.code, i.params])).toEqual([
        ['pdf.too_large', { pages: MANY_PAGES, limit: 500 }],
      ]);
      const read = await fromPdf(pdfBytes('many-pages'), { maxPages: MANY_PAGES });
      expect(read.ok).toBe(false);
      expect(read.issues.map((i) => i.code)).toContain('import.not_a_plan');
      // Every page's line was seen: the last page's line is reported with its page.
      expect(read.issues.some((i) => i.location?.page === MANY_PAGES)).toBe(true);
    },
    SLOW * 2,
  );

  it('throws only for a bad argument, before any promise', () => {
    expect(() => fromPdf('plan.pdf' as never)).toThrow(TypeError);
    expect(() => fromPdf(new Uint8Array(0), { maxPages: 0 })).toThrow(RangeError);
    expect(() => fromPdf(new Uint8Array(0), { maxPages: '9' as never })).toThrow(TypeError);
    expect(() => fromPdf(new Uint8Array(0), { pdfjs: {} as never })).toThrow(TypeError);
    expect(() => fromPdf(new Uint8Array(0), { title: 3 as never })).toThrow(TypeError);
  });

  it(
    'never throws or rejects on mutated bytes, and never answers ok with a plan parseActionPlan refuses',
    async () => {
      const bytes = documentBytes('two-sections', 'pdf');
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(
              fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
              fc.record({ at: fc.nat(), cut: fc.integer({ min: 1, max: 200 }) }),
            ),
            { minLength: 1, maxLength: 6 },
          ),
          async (changes) => {
            let out = bytes.slice();
            for (const change of changes) {
              const at = change.at % Math.max(1, out.length);
              if ('bit' in change) out[at] = (out[at] as number) ^ (1 << change.bit);
              else out = new Uint8Array([...out.subarray(0, at), ...out.subarray(at + change.cut)]);
            }
            const result = await fromPdf(out);
            if (result.ok) expect(parseActionPlan(JSON.parse(toJson(result.value))).ok).toBe(true);
            else expect(result.issues.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 25, seed: 1515 },
      );
    },
    SLOW * 3,
  );
});
