import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromCsv, fromJson, fromPublishedText, parseActionPlan, toCsv, toHtml, toJson } from '../../../src/index.js';
import { fromPdf } from '../../../src/pdf.js';
import { readActionPlan, type ReadActionPlanResult } from '../../../src/read.js';
import { realPlan, realPlanJson, realPlanText } from '../../support/realPlan.js';
import {
  DOCUMENT_VARIANTS,
  documentBytes,
  documentName,
  expectedJson,
  type DocumentKind,
} from '../../fixtures/documents/documents.js';
import { storedZip } from './zips.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const join = (...parts: (Uint8Array | readonly number[])[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((part) => Uint8Array.from(part))));

const BOM8 = [0xef, 0xbb, 0xbf];
const BOM16LE = [0xff, 0xfe];
const BOM16BE = [0xfe, 0xff];

const CSV = toCsv(realPlan());
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

/** The plan, issues and format of a result, for comparing two reads. */
function summary(result: ReadActionPlanResult): unknown {
  return {
    ok: result.ok,
    format: result.format,
    value: result.ok ? result.value : undefined,
    issues: result.issues.map((issue) => [issue.code, issue.location?.line]),
  };
}

describe('readActionPlan tells the format by the content', () => {
  it('reads canonical JSON as fromJson does', async () => {
    const result = await readActionPlan(utf8(realPlanJson()));
    expect(result.format).toBe('json');
    expect(result.ok && result.value).toEqual(realPlan());
    const direct = fromJson(realPlanJson());
    expect(result.issues).toEqual(direct.issues);
    expect(result.locate(['recommendations', 0, 'ref'])).toEqual(direct.locate(['recommendations', 0, 'ref']));
  });

  it('reads CSV as fromCsv does, with the title given', async () => {
    const result = await readActionPlan(utf8(CSV), { title: 'Plan' });
    expect(result.format).toBe('csv');
    const direct = fromCsv(CSV, { title: 'Plan' });
    expect(result.ok && result.value).toEqual(direct.ok && direct.value);
    expect(result.issues).toEqual(direct.issues);
  });

  it('reads published text as fromPublishedText does', async () => {
    const result = await readActionPlan(utf8(realPlanText()));
    expect(result.format).toBe('text');
    const direct = fromPublishedText(realPlanText());
    expect(result.ok && result.value).toEqual(realPlan());
    expect(result.issues).toEqual(direct.issues);
  });

  it('reads the same from a string, a Uint8Array, a Buffer, an ArrayBuffer and a view into a larger buffer', async () => {
    const text = realPlanJson();
    const bytes = utf8(text);
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    const inputs = [text, bytes, Buffer.from(text), bytes.slice().buffer, padded.subarray(10, 10 + bytes.length)];
    const results = await Promise.all(inputs.map((input) => readActionPlan(input)));
    for (const result of results) expect(summary(result)).toEqual(summary(results[0] as ReadActionPlanResult));
    expect(results[0]?.ok).toBe(true);
  });

  it('reads the text of a plan with the column headings of CSV in its first line as CSV, and with semicolons names them', async () => {
    const semicolons = CSV.replaceAll(',', ';');
    const result = await readActionPlan(semicolons, { title: 'Plan' });
    expect(result).toMatchObject({ ok: false, format: 'csv' });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'read.semicolon_separated', severity: 'error', location: { line: 1 } }),
    ]);
    expect(result.issues[0]?.message).toBe(
      "The CSV uses ';' between fields: save it with commas (CSV, comma-separated), then read it again.",
    );
  });

  it('does not take CSV whose text holds semicolons for CSV split by them', async () => {
    const csv = 'ref,recommendation,category\r\n1,"Improve safety; and training.",Agreed\r\n';
    expect((await readActionPlan(csv, { title: 'Plan' })).format).toBe('csv');
  });

  it('takes a published text whose cells hold <p> and <ul> fragments for text, not HTML', async () => {
    const text = ['<p>A response</p>', realPlanText()].join('\n');
    expect((await readActionPlan(text)).format).toBe('text');
  });
});

describe('readActionPlan on the documents of real producers', () => {
  const kinds: readonly [DocumentKind, string][] = [
    ['docx', 'docx'],
    ['docxjs.docx', 'docx'],
    ['odt', 'odt'],
    ['html', 'html'],
  ];
  it.each(
    DOCUMENT_VARIANTS.flatMap((variant) =>
      kinds.map(([kind, format]) => [documentName(variant, kind), variant, kind, format] as const),
    ),
  )('reads %s as its format, to exactly the plan it holds', async (_, variant, kind, format) => {
    const result = await readActionPlan(documentBytes(variant, kind), { filename: documentName(variant, kind) });
    expect(result.format).toBe(format);
    expect(result.ok && toJson(result.value)).toBe(expectedJson(variant));
    expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
  });

  it('reads a document from an ArrayBuffer as from its bytes, and HTML from its text as from its bytes', async () => {
    const docx = documentBytes('sfo', 'docx');
    const fromBuffer = await readActionPlan(docx.slice().buffer);
    expect(summary(fromBuffer)).toEqual(summary(await readActionPlan(docx)));
    const html = documentBytes('sfo', 'html');
    expect(summary(await readActionPlan(new TextDecoder().decode(html)))).toEqual(summary(await readActionPlan(html)));
  });

  it('reads a Word document named as an OpenDocument text by its bytes, and says so', async () => {
    const result = await readActionPlan(documentBytes('sfo', 'docx'), { filename: 'plan.odt' });
    expect(result).toMatchObject({ ok: true, format: 'docx' });
    expect(result.issues[0]).toMatchObject({
      code: 'read.format_mismatch',
      params: { given: 'plan.odt', named: 'odt', found: 'docx' },
    });
    const odt = await readActionPlan(documentBytes('sfo', 'odt'), { mediaType: 'application/pdf' });
    expect(odt.format).toBe('odt');
    expect(odt.issues[0]).toMatchObject({ code: 'read.format_mismatch', params: { named: 'pdf', found: 'odt' } });
  });

  it('reads the library’s own HTML, page and fragment, back to the same plan', async () => {
    for (const standalone of [true, false]) {
      const result = await readActionPlan(toHtml(realPlan(), { standalone }));
      expect(result.format).toBe('html');
      expect(result.ok && result.value).toEqual(realPlan());
    }
  });

  it('gives a damaged Word or OpenDocument file the reader’s own issues', async () => {
    for (const kind of ['docx', 'odt'] as const) {
      const bytes = documentBytes('sfo', kind);
      const result = await readActionPlan(bytes.subarray(0, Math.floor(bytes.length / 2)));
      expect(result.format).toBe(kind);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.every((issue) => issue.code.startsWith('document.'))).toBe(true);
    }
  });
});

describe('readActionPlan on PDFs', () => {
  // pdf.js reads each PDF: a second or more on a busy machine, well within the suite's time limit.
  it('reads a PDF told by its bytes as fromPdf does, to exactly the bundled plan', async () => {
    const bytes = documentBytes('sfo', 'pdf');
    const result = await readActionPlan(bytes);
    const direct = await fromPdf(bytes);
    expect(result.format).toBe('pdf');
    expect(result.ok && toJson(result.value)).toBe(expectedJson('sfo'));
    expect(result.issues).toEqual(direct.issues);
    const path = ['recommendations', 6, 'actions', 0, 'owner'] as const;
    expect(result.locate(path)).toEqual(direct.locate(path));
    expect(result.locate(path)?.page).toBe(3);
  });

  it.each(DOCUMENT_VARIANTS)('reads %s.pdf as fromPdf does', async (variant) => {
    const bytes = documentBytes(variant, 'pdf');
    const result = await readActionPlan(bytes, { filename: documentName(variant, 'pdf') });
    expect(result.format).toBe('pdf');
    expect(summary(result)).toEqual(summary({ ...(await fromPdf(bytes)), format: 'pdf' }));
  });

  it('reads a PDF named .pdf or sent as application/pdf without a warning, and says so when the name says another format', async () => {
    const bytes = documentBytes('sfo', 'pdf');
    for (const options of [
      { filename: 'uploads/Plan.PDF' },
      { mediaType: 'application/pdf' },
      { filename: 'plan', mediaType: 'application/pdf; name=plan.pdf' },
    ]) {
      const result = await readActionPlan(bytes, options);
      expect(result).toMatchObject({ ok: true, format: 'pdf' });
      expect(result.issues.map((issue) => issue.code)).not.toContain('read.format_mismatch');
    }
    const lying = await readActionPlan(bytes, { filename: 'plan.docx' });
    expect(lying).toMatchObject({ ok: true, format: 'pdf' });
    expect(lying.issues[0]).toMatchObject({
      code: 'read.format_mismatch',
      severity: 'warning',
      params: { given: 'plan.docx', named: 'docx', found: 'pdf' },
    });
    expect(lying.issues[0]?.message).toBe(
      '"plan.docx" names a Word document (.docx), but the content is a PDF: it was read as a PDF.',
    );
  });

  it('reads a PDF whose header follows other bytes, from an ArrayBuffer as from its bytes', async () => {
    const bytes = join(utf8('junk before the header\n'), documentBytes('sfo', 'pdf'));
    const result = await readActionPlan(bytes.slice().buffer);
    expect(result.format).toBe('pdf');
    expect(summary(result)).toEqual(summary({ ...(await fromPdf(bytes)), format: 'pdf' }));
  });

  it('gives a PDF it cannot read the PDF reader’s own issue, and no plan', async () => {
    for (const bytes of [utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), documentBytes('sfo', 'pdf').subarray(0, 2000)]) {
      const result = await readActionPlan(bytes);
      expect(result).toMatchObject({ ok: false, format: 'pdf' });
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.every((issue) => issue.code.startsWith('pdf.'))).toBe(true);
      expect(result.issues).toEqual((await fromPdf(bytes)).issues);
    }
  });

  it('gives bytes that are no text, named a PDF by their name or media type, the PDF reader’s word that they are none', async () => {
    const bytes = Uint8Array.from([0x00, 0x13, 0x88, 0x02, 0xff, 0x00, 0x41, 0x7f, 0x00, 0x00, 0x03]);
    for (const options of [{ filename: 'plan.pdf' }, { mediaType: 'application/pdf' }]) {
      const result = await readActionPlan(bytes, options);
      expect(result).toMatchObject({ ok: false, format: 'pdf' });
      expect(result.issues.map((issue) => issue.code)).toEqual(['pdf.not_a_pdf']);
      expect(result.issues[0]?.message).toBe(
        'The file is not a PDF: it does not start with "%PDF-", as every PDF does.',
      );
    }
    // Named otherwise, or not at all, such bytes are no plan, as before.
    expect((await readActionPlan(bytes, { filename: 'plan.docx' })).issues.map((issue) => issue.code)).toEqual([
      'read.not_a_plan',
    ]);
  });
});

describe('readActionPlan decodes text', () => {
  const text = realPlanText();
  it.each<[string, Uint8Array]>([
    ['UTF-8 with a byte order mark', join(BOM8, utf8(text))],
    ['UTF-16 little endian with a byte order mark', join(BOM16LE, utf16le(text))],
    ['UTF-16 big endian with a byte order mark', join(BOM16BE, utf16be(text))],
    ['UTF-16 little endian without one', utf16le(text)],
    ['UTF-16 big endian without one', utf16be(text)],
  ])('reads %s as it reads UTF-8', async (_, bytes) => {
    expect(summary(await readActionPlan(bytes))).toEqual(summary(await readActionPlan(utf8(text))));
  });

  it('reads JSON and CSV in UTF-16 and with a byte order mark', async () => {
    expect((await readActionPlan(join(BOM16LE, utf16le(realPlanJson())))).ok).toBe(true);
    expect((await readActionPlan(join(BOM16BE, utf16be(CSV)), { title: 'Plan' })).format).toBe('csv');
    const json = await readActionPlan(join(BOM8, utf8(realPlanJson())));
    expect(json.format).toBe('json');
    expect(json.ok && json.value).toEqual(realPlan());
  });

  it('names text that is not UTF-8, with the first byte that is not, rather than reading it with wrong letters', async () => {
    const latin1 = new Uint8Array(
      Buffer.from('ref,recommendation,category\r\n1,Caf\u00e9 \u00a3,Agreed\r\n', 'latin1'),
    );
    const result = await readActionPlan(latin1, { filename: 'plan.csv' });
    expect(result.ok).toBe(false);
    expect(result.format).toBeUndefined();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'read.not_utf8', severity: 'error', params: { offset: 34 } });
    expect(result.issues[0]?.message).toBe(
      'The text is not UTF-8 (byte 35 is not; it may be Windows-1252 or Latin-1): save it with the encoding UTF-8, then read it again.',
    );
  });
});

describe('readActionPlan on a file that holds no plan', () => {
  it.each<[string, Uint8Array, string, string | undefined]>([
    ['a PNG image', Uint8Array.from(PNG), 'a PNG image', undefined],
    ['a JPEG image', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'a JPEG image', undefined],
    ['a GIF image', utf8('GIF89a\u0001\u0000'), 'a GIF image', undefined],
    ['a gzip archive', Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0]), 'a gzip archive', undefined],
    [
      'a ZIP archive of other files',
      storedZip({ 'notes.txt': 'hello', 'photo.jpg': 'x' }),
      'a ZIP archive that is not a Word or OpenDocument file',
      undefined,
    ],
    [
      'an Excel workbook',
      storedZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }),
      'an Excel workbook (.xlsx)',
      'save the sheet as CSV',
    ],
    [
      'an OpenDocument spreadsheet',
      storedZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
      'an OpenDocument spreadsheet (.ods)',
      'save the sheet as CSV',
    ],
    [
      'an older Office file',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'an older Office file (.doc, .xls) or a password-protected document',
      'save the plan as a Word (.docx) or OpenDocument (.odt) document, or as CSV, without a password',
    ],
    [
      'an RTF document',
      utf8('{\\rtf1\\ansi Plan}'),
      'an RTF document',
      'save the plan as a Word (.docx) or OpenDocument (.odt) document, or as CSV',
    ],
  ])('gives one clear issue for %s', async (_, bytes, kind, hint) => {
    const result = await readActionPlan(bytes, { filename: 'plan.docx' });
    expect(result.ok).toBe(false);
    expect(result.format).toBeUndefined();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'read.not_a_plan', severity: 'error', path: [] });
    expect(result.issues[0]?.params).toEqual(hint === undefined ? { kind } : { kind, hint });
    expect(result.issues[0]?.message).toBe(`Not a plan: ${kind}${hint === undefined ? '' : `; ${hint}`}.`);
    expect(result.locate(['title'])).toBeUndefined();
  });

  it('says a ZIP archive is not a Word or OpenDocument file, as its message', async () => {
    const result = await readActionPlan(storedZip({ 'a.txt': 'a' }));
    expect(result.issues[0]?.message).toBe('Not a plan: a ZIP archive that is not a Word or OpenDocument file.');
  });

  it('names bytes that are no text and no known kind of file without guessing what they are', async () => {
    const result = await readActionPlan(
      Uint8Array.from([0x00, 0x13, 0x88, 0x02, 0xff, 0x00, 0x41, 0x7f, 0x00, 0x00, 0x03]),
    );
    expect(result.issues).toEqual([expect.objectContaining({ code: 'read.not_a_plan', params: {} })]);
    expect(result.issues[0]?.message).toBe('Not a plan: bytes that are neither text nor a document the library reads.');
    const control = await readActionPlan(Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01)));
    expect(control.issues.map((issue) => issue.code)).toEqual(['read.not_a_plan']);
  });

  it('says so when a file was decoded as text before it was given', async () => {
    const zip = Buffer.from(storedZip({ 'word/document.xml': '<w:document/>' })).toString('latin1');
    for (const text of [zip, '%PDF-1.7\n...']) {
      const result = await readActionPlan(text);
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.code).toBe('read.not_a_plan');
      expect(result.issues[0]?.message).toContain("pass the file's bytes (a Uint8Array or an ArrayBuffer)");
    }
  });
});

describe('readActionPlan with a file name or a media type', () => {
  it('reads by the name what the content leaves open', async () => {
    const json = await readActionPlan('[1, 2', { filename: 'plan.json' });
    expect(json).toMatchObject({ ok: false, format: 'json' });
    expect(json.issues.map((issue) => issue.code)).toEqual(['json.syntax_error']);
    const csv = await readActionPlan('ref;recommendation\r\n1;x\r\n', { filename: 'PLAN.CSV' });
    expect(csv).toMatchObject({ format: 'csv', issues: [{ code: 'read.semicolon_separated' }] });
    const csvByType = await readActionPlan('Ref,Text\r\n1,x\r\n', { mediaType: 'text/csv; charset=utf-8', title: 'P' });
    expect(csvByType.format).toBe('csv');
    expect(csvByType.issues.map((issue) => issue.code)).toContain('csv.missing_column');
    const text = await readActionPlan('[1, 2', { filename: 'plan.txt' });
    expect(text.format).toBe('text');
  });

  it('lets the bytes win over a name that lies, and says so', async () => {
    const result = await readActionPlan(utf8(realPlanJson()), { filename: 'uploads/plan.docx' });
    expect(result).toMatchObject({ ok: true, format: 'json' });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'read.format_mismatch',
        severity: 'warning',
        path: [],
        params: { given: 'uploads/plan.docx', named: 'docx', found: 'json' },
      }),
    ]);
    expect(result.issues[0]?.message).toBe(
      '"uploads/plan.docx" names a Word document (.docx), but the content is JSON: it was read as JSON.',
    );
  });

  it('lets the bytes win over a media type that lies, and names it', async () => {
    const result = await readActionPlan(CSV, { mediaType: 'application/json', filename: 'plan.csv', title: 'P' });
    expect(result.format).toBe('csv');
    expect(result.issues[0]).toMatchObject({
      code: 'read.format_mismatch',
      params: { given: 'application/json', named: 'json', found: 'csv' },
    });
  });

  it('reads a text named as a document or a PDF as text, and says so', async () => {
    for (const filename of ['plan.docx', 'plan.odt', 'plan.pdf']) {
      const result = await readActionPlan(realPlanText(), { filename });
      expect(result.ok).toBe(true);
      expect(result.format).toBe('text');
      expect(result.issues[0]).toMatchObject({
        code: 'read.format_mismatch',
        params: { given: filename, found: 'text' },
      });
    }
  });

  it('finds nothing amiss in a .txt file or a text/plain upload that holds JSON or CSV, or in a name it does not know', async () => {
    const names = [
      { filename: 'plan.txt' },
      { mediaType: 'text/plain' },
      { filename: 'plan.dat' },
      { mediaType: 'application/octet-stream' },
    ];
    for (const options of names) {
      expect((await readActionPlan(realPlanJson(), options)).issues).toEqual([]);
      const csv = await readActionPlan(CSV, { ...options, title: 'P' });
      expect(csv.issues.map((issue) => issue.code)).not.toContain('read.format_mismatch');
    }
  });

  it('gives a CSV without a title the reader’s own issue, and a title given to JSON changes nothing', async () => {
    const csv = await readActionPlan(CSV);
    expect(csv.issues.map((issue) => issue.code)).toEqual(['csv.title_missing']);
    const json = await readActionPlan(realPlanJson(), { title: 'Another' });
    expect(json.ok && json.value.title).toBe(realPlan().title);
  });

  it('passes the conventions for target dates to the reader', async () => {
    const csv = 'ref,recommendation,category,owner,target\r\n1,Improve.,Agreed,Governor,Q1 2026\r\n';
    const calendar = await readActionPlan(csv, { title: 'P' });
    const financial = await readActionPlan(csv, { title: 'P', targetDates: { quarters: 'financial' } });
    const start = (r: ReadActionPlanResult): unknown => {
      const target = r.ok ? r.value.recommendations[0]?.actions[0]?.target : undefined;
      return target?.type === 'period' ? target.start : undefined;
    };
    expect(start(calendar)).toBe('2026-01-01');
    expect(start(financial)).toBe('2026-04-01');
  });
});

describe('readActionPlan refuses misuse of the API at the call', () => {
  it.each<[string, () => unknown, ErrorConstructor, string]>([
    [
      'a number',
      () => readActionPlan(3 as never),
      TypeError,
      'readActionPlan: input must be a string, a Uint8Array or an ArrayBuffer, got 3',
    ],
    ['null', () => readActionPlan(null as never), TypeError, 'got null'],
    ['an array of bytes', () => readActionPlan([1, 2] as never), TypeError, 'got an array'],
    [
      'options that are no object',
      () => readActionPlan('x', 'plan.csv' as never),
      TypeError,
      'readActionPlan: options must be an object',
    ],
    [
      'a file name that is no string',
      () => readActionPlan('x', { filename: 3 as never }),
      TypeError,
      'options.filename must be a string',
    ],
    [
      'a media type that is no string',
      () => readActionPlan('x', { mediaType: {} as never }),
      TypeError,
      'options.mediaType must be a string',
    ],
    [
      'a title that is no string',
      () => readActionPlan('x', { title: 1 as never }),
      TypeError,
      'options.title must be a string',
    ],
    [
      'a convention out of range',
      () => readActionPlan('x', { targetDates: { quarters: 'x' as never } }),
      RangeError,
      'options.targetDates.quarters',
    ],
  ])('throws synchronously for %s', (_, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

describe('readActionPlan on hostile input', () => {
  /** Whatever the input, a result: never a rejection, never a plan that validation would refuse. */
  async function wellFormed(input: string | Uint8Array, options: { filename?: string } = {}): Promise<void> {
    const result = await readActionPlan(input, { ...options, title: 'Plan' });
    expect(typeof result.ok).toBe('boolean');
    expect(Array.isArray(result.issues)).toBe(true);
    if (result.ok) expect(parseActionPlan(result.value).ok).toBe(true);
    else expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true);
  }

  const names = fc.constantFrom(
    undefined,
    'plan.json',
    'plan.csv',
    'plan.docx',
    'plan.odt',
    'plan.pdf',
    'plan.html',
    'plan.txt',
  );

  test.prop([fc.uint8Array({ maxLength: 2000 }), names], { numRuns: 300 })(
    'any bytes give a result',
    async (bytes, filename) => {
      await wellFormed(bytes, filename === undefined ? {} : { filename });
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 500 }), names], { numRuns: 300 })(
    'any text gives a result',
    async (text, filename) => {
      await wellFormed(text, filename === undefined ? {} : { filename });
    },
  );

  const magic = fc.constantFrom(
    [0x50, 0x4b, 0x03, 0x04],
    [0x50, 0x4b, 0x05, 0x06],
    [0x25, 0x50, 0x44, 0x46, 0x2d],
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    [0xef, 0xbb, 0xbf],
    [0xff, 0xfe],
    [0xfe, 0xff],
  );
  test.prop([magic, fc.uint8Array({ maxLength: 600 })], { numRuns: 300 })(
    'bytes after the first bytes of a known kind of file give a result',
    async (head, rest) => {
      await wellFormed(join(head, rest));
    },
  );

  const seeds = [
    utf8(realPlanJson()),
    utf8(CSV),
    utf8(realPlanText()),
    utf8(toHtml(realPlan(), { standalone: true })),
    storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
    storedZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }),
    documentBytes('sfo', 'docx'),
    documentBytes('sfo', 'odt'),
    documentBytes('sfo', 'html'),
    documentBytes('sfo', 'pdf'),
  ];
  const mutation = fc.record({
    seed: fc.nat({ max: seeds.length - 1 }),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        byte: fc.integer({ min: 0, max: 255 }),
        kind: fc.constantFrom('flip', 'cut', 'insert'),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  });
  test.prop([mutation], { numRuns: 150 })(
    'a real file with bytes flipped, cut or inserted gives a result',
    async ({ seed, edits }) => {
      let bytes: Uint8Array = Uint8Array.from(seeds[seed] as Uint8Array);
      for (const { at, byte, kind } of edits) {
        const i = bytes.length === 0 ? 0 : at % bytes.length;
        if (kind === 'flip') bytes[i] = byte;
        else if (kind === 'cut') bytes = bytes.subarray(0, i);
        else bytes = join(bytes.subarray(0, i), [byte], bytes.subarray(i));
      }
      await wellFormed(bytes);
    },
  );

  it('reads an empty input as a text with no plan in it', async () => {
    for (const input of ['', new Uint8Array(0), new ArrayBuffer(0)]) {
      const result = await readActionPlan(input);
      expect(result).toMatchObject({ ok: false, format: 'text' });
      expect(result.issues.map((issue) => issue.code)).toEqual(['import.not_a_plan']);
    }
  });

  it('walks no further than the bytes of a ZIP archive whose directory points past its end or lists more entries than it holds', async () => {
    const zip = storedZip({ 'word/document.xml': '<w:document/>' });
    const broken = Uint8Array.from(zip);
    const end = broken.length - 22;
    broken.set([0xff, 0xff], end + 10); // 65,535 entries
    broken.set([0xff, 0xff, 0xff, 0x7f], end + 16); // the directory far past the end
    for (const bytes of [broken, zip.subarray(0, 40), zip.subarray(0, zip.length - 10)]) await wellFormed(bytes);
  });
});
