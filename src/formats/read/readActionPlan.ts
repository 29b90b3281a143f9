import { describeError } from '../../_lib/describeError.js';
import { checkOptionsObject, optionTypeError, textOption } from '../../_lib/options.js';
import { resolveTargetDateOptions } from '../../dates/resolveTargetDateOptions.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { ReadResult } from '../../model/Issue.js';
import type { TargetDateOptions } from '../../model/TargetDateOptions.js';
import type { SchemaIssue } from '../../schema/issues.js';
import { fromCsv } from '../csv/fromCsv.js';
import type { CsvIssue } from '../csv/issues.js';
import type { DocumentIssue } from '../_internal/zipDocumentIssues.js';
import type { PdfIssue } from '../pdf/issues.js';

// The types of the document readers' issues, which the results carry, for action-plan-kit/read.
export type { DocumentIssue, DocumentIssueParams, DocumentKind } from '../_internal/zipDocumentIssues.js';
export type { PdfIssue, PdfIssueParams } from '../pdf/issues.js';
import type { ImportIssue } from '../document/issues.js';
import { fromJson } from '../json/fromJson.js';
import type { JsonIssue } from '../json/issues.js';
import { fromPublishedText } from '../text/fromPublishedText.js';
import { decodeText } from './_internal/decode.js';
import { detectText } from './_internal/detectText.js';
import { namedFormat, type Named } from './_internal/named.js';
import { sniff, sniffText, type Sniffed } from './_internal/sniff.js';
import { readIssue, type ReadIssue, type SourceFormat } from './issues.js';

/**
 * Options for {@link readActionPlan}.
 * @category Formats
 */
export interface ReadActionPlanOptions {
  /**
   * The file's name, as uploaded or on disk (`plan.docx`): its extension decides only what the
   * content leaves open (a text that is neither JSON, CSV nor HTML by its content, in a `.json`,
   * `.csv` or `.html` file, is read as that). When the content says another format, the content
   * wins and a `read.format_mismatch` warning says so.
   */
  readonly filename?: string;
  /**
   * The media type the file came with (`text/csv`, `application/pdf`, an upload's `type`); it
   * counts as the name's extension does, and before it. Parameters such as `; charset=utf-8` are
   * ignored: the bytes tell the encoding.
   */
  readonly mediaType?: string;
  /**
   * The plan's title when the file names none (CSV never does; a document may lack its title
   * line); a title the file names always wins. Canonical JSON always holds its own.
   */
  readonly title?: string;
  /** The conventions target dates are read with; see {@link parseTargetDate}. */
  readonly targetDates?: TargetDateOptions;
}

/**
 * An issue {@link readActionPlan} reports: about the input as a whole (`read.*`), or from the
 * reader of its format (`json.*`, `schema.*`, `csv.*`, `import.*`, `document.*`, `pdf.*`).
 * @category Formats
 */
export type ReadActionPlanIssue =
  ReadIssue | JsonIssue | SchemaIssue | CsvIssue | ImportIssue | DocumentIssue | PdfIssue;

/**
 * What {@link readActionPlan} gives: the result of the reader of the input's format, and that format.
 * @category Formats
 */
export type ReadActionPlanResult = ReadResult<ActionPlan, ReadActionPlanIssue> & {
  /**
   * The format the input was read as, told by its content (or, for bytes that are no text, by a
   * name or media type that says PDF): absent when the input is no text and no document the
   * library knows (a picture, an archive, text in another encoding).
   */
  readonly format?: SourceFormat;
};

const nowhere = (): undefined => undefined;

/** A result with no plan: the issue that says why, and the format when one was told. */
function refused(issue: ReadIssue, format?: SourceFormat): ReadActionPlanResult {
  return format === undefined
    ? { ok: false, issues: [issue], locate: nowhere }
    : { ok: false, format, issues: [issue], locate: nowhere };
}

/** The options the readers of documents take. */
interface ReaderOptions {
  readonly title?: string;
  readonly targetDates?: TargetDateOptions;
}

/** A reader's failure, reported rather than thrown. */
const failed = (format: SourceFormat, error: unknown): ReadActionPlanResult =>
  refused(readIssue('read.reader_failed', [], { format, error: describeError(error) }), format);

/** Runs a reader: what it gives, with the issues about the input first; a reader's failure as an issue. */
function run(
  format: SourceFormat,
  before: readonly ReadIssue[],
  read: () => ReadResult<ActionPlan, ReadActionPlanIssue>,
): ReadActionPlanResult {
  let result: ReadResult<ActionPlan, ReadActionPlanIssue>;
  try {
    result = read();
  } catch (error) {
    return failed(format, error);
  }
  return joined(format, before, result);
}

/** What a reader gave, with the format read and the issues about the input first. */
function joined(
  format: SourceFormat,
  before: readonly ReadIssue[],
  result: ReadResult<ActionPlan, ReadActionPlanIssue>,
): ReadActionPlanResult {
  const issues = before.length === 0 ? result.issues : [...before, ...result.issues];
  return result.ok
    ? { ok: true, format, value: result.value, issues, locate: result.locate }
    : { ok: false, format, issues, locate: result.locate };
}

/** The warning for a name or media type that says another format than the content. */
function mismatch(named: Named | undefined, found: SourceFormat): ReadIssue[] {
  if (named === undefined || named.format === found) return [];
  // Text is what JSON, CSV and HTML are written in: a .txt file may hold any of them.
  if (named.format === 'text' && (found === 'json' || found === 'csv' || found === 'html')) return [];
  return [readIssue('read.format_mismatch', [], { given: named.given, named: named.format, found })];
}

/** A reader of documents, loaded when a file of its format comes; the PDF reader's result is a promise. */
type LoadReader<I, O = ReaderOptions> = () => Promise<
  (
    input: I,
    options: O,
  ) => ReadResult<ActionPlan, ReadActionPlanIssue> | Promise<ReadResult<ActionPlan, ReadActionPlanIssue>>
>;

// The document readers are loaded with import(): an application whose bundler splits chunks
// loads each only when a file of its format comes (docs/formats.md, "Why a subpath"). The PDF
// reader loads pdf.js in its turn, only when a PDF comes.
const loadDocx: LoadReader<Uint8Array> = () => import('../docx/fromDocx.js').then((module) => module.fromDocx);
const loadOdt: LoadReader<Uint8Array> = () => import('../odt/fromOdt.js').then((module) => module.fromOdt);
const loadHtml: LoadReader<string> = () => import('../html/fromHtml.js').then((module) => module.fromHtml);
const loadPdf: LoadReader<Uint8Array> = () => import('../pdf/fromPdf.js').then((module) => module.fromPdf);

/**
 * Runs a reader that is loaded first; a reader that cannot be loaded, that throws or whose
 * promise rejects is reported as failed.
 */
function runLoaded<I, O>(
  format: SourceFormat,
  before: readonly ReadIssue[],
  load: LoadReader<I, O>,
  input: I,
  options: O,
): Promise<ReadActionPlanResult> {
  return load()
    .then((read) => read(input, options))
    .then(
      (result) => joined(format, before, result),
      (error: unknown) => failed(format, error),
    );
}

/** Reads a text in the format its content (or else its name) says. */
function readText(
  text: string,
  named: Named | undefined,
  options: ReaderOptions,
): ReadActionPlanResult | Promise<ReadActionPlanResult> {
  const { format } = detectText(text, named?.format);
  if (format === 'semicolon-csv') return refused(readIssue('read.semicolon_separated', [], {}, { line: 1 }), 'csv');
  const before = mismatch(named, format);
  switch (format) {
    case 'json':
      return run(format, before, () => fromJson(text));
    case 'csv':
      return run(format, before, () => fromCsv(text, options));
    case 'html':
      return runLoaded(format, before, loadHtml, text, options);
    case 'text':
      return run(format, before, () => fromPublishedText(text, options));
  }
}

/** Reads an input whose options are checked. */
function readChecked(
  input: string | Uint8Array,
  named: Named | undefined,
  options: ReaderOptions,
): ReadActionPlanResult | Promise<ReadActionPlanResult> {
  if (typeof input === 'string') {
    const found = sniffText(input.replace(/^\ufeff/, ''));
    if (found !== undefined) return refused(readIssue('read.not_a_plan', [], notAPlan(found)));
    return readText(input, named, options);
  }
  const sniffed = sniff(input);
  if (sniffed?.format === 'pdf') return runLoaded('pdf', mismatch(named, 'pdf'), loadPdf, input, options);
  if (sniffed?.format === 'docx') return runLoaded('docx', mismatch(named, 'docx'), loadDocx, input, options);
  if (sniffed?.format === 'odt') return runLoaded('odt', mismatch(named, 'odt'), loadOdt, input, options);
  if (sniffed !== undefined) return refused(readIssue('read.not_a_plan', [], notAPlan(sniffed)));
  const decoded = decodeText(input);
  // Bytes that are no text, named a PDF: the PDF reader says what they lack (the `%PDF-` header).
  if (!decoded.ok && decoded.reason === 'binary' && named?.format === 'pdf')
    return runLoaded('pdf', [], loadPdf, input, options);
  if (!decoded.ok) {
    return refused(
      decoded.reason === 'binary'
        ? readIssue('read.not_a_plan', [], {})
        : readIssue('read.not_utf8', [], { offset: decoded.offset }),
    );
  }
  return readText(decoded.text, named, options);
}

/** The params of `read.not_a_plan` for a kind of file. */
function notAPlan(found: Sniffed): { kind?: string; hint?: string } {
  if (found.format !== undefined) return {};
  return {
    ...(found.kind === undefined ? {} : { kind: found.kind }),
    ...(found.hint === undefined ? {} : { hint: found.hint }),
  };
}

/**
 * Reads an action plan from any file: tells its format by its content, and reads it with the
 * reader of that format.
 * @category Formats
 *
 * @remarks
 * The one function an application that takes uploads needs. The input is the file's bytes (a
 * `Uint8Array`, a Node `Buffer`, or an `ArrayBuffer` as `File.arrayBuffer()` gives it), or its text.
 * The format is told by the content, and the bytes always win:
 *
 * - Word (`.docx`) and OpenDocument (`.odt`) documents by the entries of their ZIP archive, PDF by
 *   its `%PDF-` header, read with `fromPdf` of `action-plan-kit/pdf`. PDFs need pdf.js, the optional
 *   peer dependency `pdfjs-dist`, imported when the first PDF comes: without it, a PDF gives a
 *   `pdf.reader_missing` issue. In a browser, where pdf.js needs its worker set up, call `fromPdf`
 *   with its `pdfjs` option for PDFs;
 * - text in UTF-8, with or without a byte order mark, or in UTF-16 (little or big endian);
 * - canonical JSON (it starts with `{`), CSV (its first line has the columns `ref`,
 *   `recommendation` and `category`), HTML (a page, or markup that holds a table), and published
 *   text ({@link fromPublishedText}) for anything else.
 *
 * `options.filename` and `options.mediaType` decide only what the content leaves open, and when
 * they say another format than the content, a `read.format_mismatch` warning says so; bytes that
 * are no text, named a PDF, go to the PDF reader, which says why they are not one. A file that
 * holds no plan (a picture, an archive, a spreadsheet, an older Office file) gives one
 * `read.not_a_plan` issue saying what it is and what to do instead; text in another encoding gives
 * `read.not_utf8`, and CSV split by semicolons `read.semicolon_separated`.
 *
 * It never rejects and never throws on any input: the result is the reader's, with the format in
 * it, and the issues about the input as a whole first.
 *
 * @param input - The file's bytes, or its text.
 * @param options - The file's name and media type, the `title` for a file that names none, and the
 * conventions for target dates.
 * @returns A promise of the plan and the issues of reading it, or the issues alone; with the format read.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad argument, never because
 * of the input: a `TypeError` when `input` is not a string, a `Uint8Array` or an `ArrayBuffer`, or
 * an option has the wrong type; a `RangeError` when a `targetDates` convention has a value outside
 * those documented. It throws at the call, before any promise.
 *
 * @example
 * ```ts
 * import { readActionPlan } from 'action-plan-kit/read';
 * const bytes = new TextEncoder().encode('ref,recommendation,category\r\n1,Improve safety.,Agreed\r\n');
 * const result = await readActionPlan(bytes, { filename: 'plan.csv', title: 'Plan' });
 * result.format //=> 'csv'
 * result.ok && result.value.recommendations[0].agreement //=> { category: 'agreed', label: 'Agreed' }
 *
 * const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
 * (await readActionPlan(png)).issues.map((issue) => issue.message) //=> ['Not a plan: a PNG image.']
 * ```
 */
export function readActionPlan(
  input: string | Uint8Array | ArrayBuffer,
  options?: ReadActionPlanOptions,
): Promise<ReadActionPlanResult> {
  const source =
    typeof input === 'string' || input instanceof Uint8Array
      ? input
      : input instanceof ArrayBuffer
        ? new Uint8Array(input)
        : undefined;
  if (source === undefined) {
    throw optionTypeError('readActionPlan', 'input', 'a string, a Uint8Array or an ArrayBuffer', input);
  }
  checkOptionsObject('readActionPlan', options);
  const filename = textOption('readActionPlan', 'options.filename', options?.filename);
  const mediaType = textOption('readActionPlan', 'options.mediaType', options?.mediaType);
  const title = textOption('readActionPlan', 'options.title', options?.title);
  const targetDates = options?.targetDates;
  resolveTargetDateOptions(targetDates, 'readActionPlan', 'options.targetDates');
  const readerOptions: ReaderOptions = {
    ...(title === undefined ? {} : { title }),
    ...(targetDates === undefined ? {} : { targetDates }),
  };
  const named = namedFormat(filename, mediaType);
  return Promise.resolve().then(() => readChecked(source, named, readerOptions));
}
