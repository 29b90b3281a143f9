import { describe, expect, it, vi } from 'vitest';
import * as pdfReader from '../../../src/formats/pdf/fromPdf.js';
import { readActionPlan } from '../../../src/read.js';
import { documentBytes } from '../../fixtures/documents/documents.js';

// pdf.js as if it were not installed: its import fails, as it does where the optional peer
// dependency `pdfjs-dist` is missing.
vi.mock('pdfjs-dist/legacy/build/pdf.mjs', () => {
  throw new Error("Cannot find package 'pdfjs-dist'");
});

// The PDF reader itself, watched: what readActionPlan passes it, and what it does when it fails.
vi.mock('../../../src/formats/pdf/fromPdf.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/formats/pdf/fromPdf.js')>();
  return { ...original, fromPdf: vi.fn(original.fromPdf) };
});

const fromPdf = vi.mocked(pdfReader.fromPdf);

describe('readActionPlan on a PDF without pdf.js', () => {
  it('gives the PDF reader’s pdf.reader_missing issue, and no plan, without rejecting', async () => {
    const result = await readActionPlan(documentBytes('sfo', 'pdf'), { filename: 'plan.pdf' });
    expect(result).toMatchObject({ ok: false, format: 'pdf' });
    expect(result.issues.map((issue) => issue.code)).toEqual(['pdf.reader_missing']);
    expect(result.issues[0]?.message).toMatch(
      /^PDFs are read with pdf\.js, which could not be loaded \(.+\): install it/,
    );
    expect(result.locate(['title'])).toBeUndefined();
  });

  it('passes the title and the conventions for target dates to the PDF reader, and nothing else', async () => {
    fromPdf.mockClear();
    const bytes = documentBytes('sfo', 'pdf');
    const targetDates = { quarters: 'financial' } as const;
    await readActionPlan(bytes, { filename: 'plan.pdf', mediaType: 'application/pdf', title: 'Plan', targetDates });
    expect(fromPdf).toHaveBeenCalledTimes(1);
    expect(fromPdf.mock.calls[0]?.[0]).toEqual(bytes);
    expect(fromPdf.mock.calls[0]?.[1]).toEqual({ title: 'Plan', targetDates });
    fromPdf.mockClear();
    await readActionPlan(bytes);
    expect(fromPdf.mock.calls[0]?.[1]).toEqual({});
  });

  it('reports a PDF reader that rejects or throws as failed, and still never rejects', async () => {
    const bytes = documentBytes('sfo', 'pdf');
    fromPdf.mockImplementationOnce(() => Promise.reject(new Error('boom')));
    fromPdf.mockImplementationOnce(() => {
      throw new TypeError('bang');
    });
    for (const error of ['boom', 'bang']) {
      const result = await readActionPlan(bytes);
      expect(result).toMatchObject({ ok: false, format: 'pdf' });
      expect(result.issues).toEqual([
        expect.objectContaining({
          code: 'read.reader_failed',
          params: { format: 'pdf', error: expect.stringContaining(error) },
        }),
      ]);
      expect(result.issues[0]?.message).toMatch(/^Reading the input as a PDF failed \(/);
    }
  });
});
