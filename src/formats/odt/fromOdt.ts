import type { ActionPlan } from '../../model/ActionPlan.js';
import type { ReadResult } from '../../model/Issue.js';
import type { TargetDateOptions } from '../../model/TargetDateOptions.js';
import type { ImportIssue } from '../document/issues.js';
import { readDocument } from '../_internal/zipDocument.js';
import type { DocumentIssue } from '../_internal/zipDocumentIssues.js';

export type { DocumentIssue, DocumentIssueParams, DocumentKind } from '../_internal/zipDocumentIssues.js';
import { odtTableModel } from './_internal/odtTableModel.js';

/**
 * Options for {@link fromOdt}: the same as for reading published text.
 * @category Formats
 */
export interface FromOdtOptions {
  /** The conventions target dates and header dates are read with; see {@link parseTargetDate}. */
  readonly targetDates?: TargetDateOptions;
  /**
   * The plan's title when the document names none (no "ACTION PLAN: …" or "A Response to: …"
   * line); a title the document names always wins. Without either, the read fails with an
   * `import.title_missing` issue: a plan always has a title.
   */
  readonly title?: string;
}

/**
 * Reads an action plan from an OpenDocument text (`.odt`), as LibreOffice, Google Docs, Word and
 * other programs write it.
 * @category Formats
 *
 * @remarks
 * The document becomes the table model every document reader builds, and the same recogniser as
 * {@link fromPublishedText} reads the plan from it: header lines, the definitions table, the
 * column headings, section and addressee rows, continued rows, owners and target dates, the tally.
 *
 * - Paragraphs and headings (`text:p`, `text:h`) before, between and after the tables are lines.
 * - Tables: header rows (`table:table-header-rows`), cells spanned across and down with their
 *   covered cells (an owner spanning several rows is the owner of each), repeated rows and cells
 *   (bounded: an empty row repeated a million times costs one row, a row with text is repeated at
 *   most 1,000 times, with a `document.limit_reached` warning beyond), lists in cells, line breaks
 *   (which split owners and dates written one per line), spaces (`text:s`) and tabs. A table
 *   inside a cell gives its text to that cell, however deep it is nested. Quotes are kept as
 *   written; comments and the text of notes are left out.
 * - Tracked changes: the text is read as it would print — insertions kept, deletions left out —
 *   and a `document.tracked_changes` warning says changes are pending.
 *
 * It refuses, with one clear `document.*` issue and no plan: a file that is not an OpenDocument
 * text (another ZIP archive, another OpenDocument file such as a spreadsheet, a Word document —
 * read that with `fromDocx` — a PDF), a password-protected document, a damaged ZIP archive or XML
 * that is not well-formed, XML with a document type declaration (no entity is ever expanded), and
 * a document that would inflate to more than 64 MB or more than 250 times its compressed size (a
 * ZIP bomb). It never throws on any bytes, reads no file and needs no DOM: it runs in Node and in
 * browsers.
 *
 * Locations: `line` counts the document's paragraphs outside tables and its table rows, in reading
 * order, as if it were printed as text with one row a line; `column` is a cell's grid column.
 *
 * @param bytes - The file's bytes.
 * @param options - The conventions to read dates with, and the `title` for a document that names none.
 * @returns The plan and the issues, or the issues alone.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad argument, never because
 * of the bytes: a `TypeError` when `bytes` is not a `Uint8Array` or an `ArrayBuffer` or an option
 * has the wrong type, a `RangeError` when a `targetDates` convention has a value outside those
 * documented.
 *
 * @example
 * ```ts
 * import { fromOdt } from 'action-plan-kit/odt';
 * const result = fromOdt(new TextEncoder().encode('not an OpenDocument text'));
 * result.ok //=> false
 * result.issues.map((issue) => issue.code) //=> ['document.not_a_document']
 * ```
 */
export function fromOdt(
  bytes: Uint8Array | ArrayBuffer,
  options?: FromOdtOptions,
): ReadResult<ActionPlan, ImportIssue | DocumentIssue> {
  return readDocument('fromOdt', bytes, options, odtTableModel);
}
