import { optionRangeError, optionTypeError } from '../../_lib/options.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { ReadResult } from '../../model/Issue.js';
import type { TargetDateOptions } from '../../model/TargetDateOptions.js';
import type { ImportIssue } from '../document/issues.js';
import { readerOptions } from '../document/readerOptions.js';
import { recognise } from '../document/recognise.js';
import { bytesOf } from '../_internal/bytes.js';
import { hasPdfHeader } from '../_internal/pdfHeader.js';
import { MAX_RUNS, pageContent } from './_internal/pageContent.js';
import type { PdfJs, PdfJsDocument } from './pdfjs.js';
import { pdfTableModel, type PageContent } from './_internal/pageLayout.js';
import { pdfIssue, type PdfIssue } from './issues.js';

export type { PdfIssue, PdfIssueParams } from './issues.js';
export type { PdfJs, PdfJsDocument, PdfJsOps, PdfJsPage } from './pdfjs.js';

/**
 * Options for {@link fromPdf}.
 * @category Formats
 */
export interface FromPdfOptions {
  /** The conventions target dates and header dates are read with; see {@link parseTargetDate}. */
  readonly targetDates?: TargetDateOptions;
  /**
   * The plan's title when the PDF names none; a title the PDF names always wins. Without either,
   * the read fails with an `import.title_missing` issue: a plan always has a title.
   */
  readonly title?: string;
  /**
   * pdf.js, loaded by your app: in a browser, with its worker set up
   * (`pdfjs.GlobalWorkerOptions.workerSrc`). By default `fromPdf` imports
   * `pdfjs-dist/legacy/build/pdf.mjs`, which in Node needs no worker set-up.
   */
  readonly pdfjs?: PdfJs;
  /** How many pages a PDF may have; a longer one is refused with `pdf.too_large`. Default 500. */
  readonly maxPages?: number;
}

/** How many pages a PDF may have unless the caller says otherwise: far more than any plan. */
const MAX_PAGES = 500;

/** What the first bytes of a file that is no PDF say it is. */
function whatItIs(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    return 'it is a ZIP archive (a Word or OpenDocument file? read it with fromDocx or fromOdt)';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'it is an OLE compound file (an old Office format)';
  return 'it does not start with "%PDF-", as every PDF does';
}

/** pdf.js, as the caller gave it or imported from `pdfjs-dist`; or why it cannot be loaded. */
async function loadPdfJs(given: PdfJs | undefined): Promise<PdfJs | string> {
  if (given !== undefined) return given;
  try {
    const module = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    return module;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** pdf.js's reason for refusing a PDF, as an issue. */
function refusal(error: unknown, page?: number): PdfIssue {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return pdfIssue('pdf.password_protected', [], {});
  const message =
    error instanceof Error || typeof (error as { message?: unknown })?.message === 'string'
      ? String((error as { message: unknown }).message).replace(/\.$/, '')
      : String(error);
  return pdfIssue('pdf.damaged', [], page === undefined ? { detail: message } : { detail: message, page });
}

/**
 * Reads an action plan from a PDF: a plan exported from a word processor or printed by a browser,
 * as most plans are published.
 * @category Formats
 *
 * @remarks
 * pdf.js (`pdfjs-dist` 5.x, an optional peer dependency: install it to read PDFs) gives each page's
 * text with its position and the lines the page draws. The tables are found by their ruling lines
 * — the cell borders word processors and browsers draw — so the rows and columns are the
 * document's own, or, where a table has no rules, by its column headings' positions. A cell's
 * lines are joined into paragraphs and list items (bullets "•", "-", "o", and those browsers draw
 * as shapes); merged cells (a border missing) are laid out as the other readers lay them out; a
 * row that a page break cut is joined to the row it continues; column headings repeated on each
 * page are skipped; running headers, footers and page numbers are left out; a superscript ordinal
 * reads as one word ("26th"). Text outside tables becomes lines, a paragraph's lines joined. The
 * same recogniser as {@link fromPublishedText} then reads the plan.
 *
 * Every issue carries its `location` with the `page` and the line on the page (counted from the
 * top, table rows included), and the result's `locate(path)` finds the page and line any part of
 * the plan was read from.
 *
 * It refuses, with one clear `pdf.*` issue and no plan: a file that is not a PDF, a PDF that needs
 * a password, a damaged PDF, one with more than `maxPages` pages, and one with no text at all (a
 * scan: run OCR on it first). Pages that are only pictures beside pages with text are reported
 * with `pdf.pages_without_text`. A table with neither rules nor recognisable column headings is
 * read as lines of text, which the recogniser reports as outside the table, never guessing cells.
 *
 * @param bytes - The PDF file's bytes.
 * @param options - The conventions to read dates with, the `title` for a PDF that names none,
 * pdf.js itself when the app loads it, and the page limit.
 * @returns A promise of the plan and the issues, or the issues alone; it never rejects because of
 * the file.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad argument (thrown
 * before the promise is made): a `TypeError` when `bytes` is not a `Uint8Array` or an
 * `ArrayBuffer` or an option has the wrong type, a `RangeError` for a value outside those
 * documented.
 *
 * @example
 * ```ts
 * import { fromPdf } from 'action-plan-kit/pdf';
 * const result = await fromPdf(new TextEncoder().encode('Dear colleague,'));
 * result.ok //=> false
 * result.issues.map((issue) => issue.code) //=> ['pdf.not_a_pdf']
 * ```
 */
export function fromPdf(
  bytes: Uint8Array | ArrayBuffer,
  options?: FromPdfOptions,
): Promise<ReadResult<ActionPlan, ImportIssue | PdfIssue>> {
  const input = bytesOf(bytes);
  if (input === undefined) {
    throw new TypeError(`fromPdf expects the file's bytes as a Uint8Array or an ArrayBuffer, received ${typeof bytes}`);
  }
  const recogniserOptions = readerOptions('fromPdf', options);
  const maxPages = options?.maxPages ?? MAX_PAGES;
  if (typeof maxPages !== 'number') throw optionTypeError('fromPdf', 'options.maxPages', 'a number', maxPages);
  if (!Number.isSafeInteger(maxPages) || maxPages < 1) {
    throw optionRangeError('fromPdf', 'options.maxPages', 'a whole number of pages, 1 or more', maxPages);
  }
  const given = options?.pdfjs;
  if (given !== undefined && (typeof given !== 'object' || typeof given.getDocument !== 'function')) {
    throw new TypeError('fromPdf expects options.pdfjs to be the pdf.js module (with getDocument and OPS)');
  }
  return read(input, given, maxPages).then((read) => {
    if (!read.ok) return { ok: false, issues: read.issues, locate: () => undefined };
    const result = recognise(pdfTableModel(read.pages), recogniserOptions);
    const issues: (ImportIssue | PdfIssue)[] = [...read.issues, ...result.issues];
    return { ...result, issues } as ReadResult<ActionPlan, ImportIssue | PdfIssue>;
  });
}

/** The pages of a PDF as the layout needs them, with what reading them reported; or why they cannot be read. */
async function read(
  bytes: Uint8Array,
  given: PdfJs | undefined,
  maxPages: number,
): Promise<{ ok: true; pages: PageContent[]; issues: PdfIssue[] } | { ok: false; issues: PdfIssue[] }> {
  const fail = (issue: PdfIssue) => ({ ok: false as const, issues: [issue] });
  if (!hasPdfHeader(bytes)) return fail(pdfIssue('pdf.not_a_pdf', [], { detail: whatItIs(bytes) }));
  const pdfjs = await loadPdfJs(given);
  if (typeof pdfjs === 'string') return fail(pdfIssue('pdf.reader_missing', [], { detail: pdfjs }));
  // pdf.js may take the buffer over (a worker is given it): it gets a copy, and the caller keeps theirs.
  let task: ReturnType<PdfJs['getDocument']>;
  try {
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
  } catch (error) {
    return fail(refusal(error));
  }
  try {
    let document: PdfJsDocument;
    try {
      document = await task.promise;
    } catch (error) {
      return fail(refusal(error));
    }
    const count = document.numPages;
    if (count > maxPages) return fail(pdfIssue('pdf.too_large', [], { pages: count, limit: maxPages }));
    const pages: PageContent[] = [];
    const pictured: number[] = [];
    const cut: PdfIssue[] = [];
    let text = false;
    for (let number = 1; number <= count; number += 1) {
      let content;
      try {
        const page = await document.getPage(number);
        content = await pageContent(page, number, pdfjs.OPS);
        page.cleanup();
      } catch (error) {
        return fail(refusal(error, number));
      }
      if (content.cut)
        cut.push(pdfIssue('pdf.limit_reached', [], { page: number, runs: MAX_RUNS }, { page: number, line: 1 }));
      const shows = content.runs.some((run) => run.text.trim() !== '');
      text ||= shows;
      if (!shows && content.images > 0) pictured.push(number);
      pages.push(content);
    }
    if (!text) return fail(pdfIssue('pdf.no_text', [], { pages: count, pictures: pictured.length }));
    return {
      ok: true,
      pages,
      issues: pictured.length > 0 ? [...cut, pdfIssue('pdf.pages_without_text', [], { pages: pictured })] : cut,
    };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
