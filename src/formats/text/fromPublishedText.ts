import type { TargetDateOptions } from '../../dates/parseTargetDate.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { ReadResult } from '../../model/Issue.js';
import type { ImportIssue } from '../document/issues.js';
import { readerOptions } from '../document/readerOptions.js';
import { recognise } from '../document/recognise.js';
import { copiedModel } from './_internal/copiedModel.js';
import { textModel } from './_internal/textModel.js';

/**
 * Options for {@link fromPublishedText}.
 * @category Formats
 */
export interface PublishedTextOptions {
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
 * Reads an action plan from the text of a published document, in the layout of the plans HM
 * Prison and Probation Service and others publish.
 * @category Formats
 *
 * @remarks
 * The text is what extraction from the published document gives: header lines, an introduction
 * and a definitions table, then the action table with tab-separated cells (which may hold `<p>`
 * and `<ul>`/`<li>` fragments), and a closing tally. It reads:
 *
 * - header lines in any order, with or without colons: "A Response to: …", "ACTION PLAN: …"
 *   (the title), "Action Plan Submitted: …", "Report Published: …" (dates such as
 *   "09 February 2026", "12th February 2020" or "22/05/2019"); lines above them name the
 *   respondent;
 * - the introduction and the definitions table, which are recognised and skipped;
 * - the column headings in their variants ("1. Rec No", "1. Rec. no", "3. Accepted/ Rejected");
 * - section rows ("Recommendations", "Priority concerns") and addressee rows ("… should:"),
 *   which apply to the recommendations below them;
 * - refs such as "1", "5.01", "S1", "P1", and categories in every vocabulary (Agreed / Partly
 *   Agreed / Not Agreed, Accepted / Partially Accepted / Not Accepted / Rejected), the label kept;
 * - owners and target dates as parallel lists, paired in order; when the counts differ every
 *   entry is kept and an issue says so;
 * - rows continued across a page break (an empty ref): the recommendation text and a cut sentence
 *   of the response are joined, further blocks and owner/date pairs appended;
 * - stray rows (`--`), blank lines, page banners, and the closing tally as `statedTally`.
 *
 * Text with no tab at all is text copied from a PDF viewer or a web page, and is read by its words:
 *
 * - the column headings, numbered ("1. Rec No 2. Recommendation 3. Accepted/ Rejected …", on one
 *   line or wrapped over several) or one per line, find the action table; each recommendation runs
 *   from the line that starts with its ref to the next, its cells one per line, wrapped, run
 *   together on one line, or side by side in columns (`pdftotext -layout`); the category label,
 *   sentence ends and the target dates read back from the end tell its cells apart, and an info
 *   issue (`import.cells_inferred`) names each such recommendation for a check;
 * - column headings repeated on each page continue the recommendation cut by the page break;
 *   running page headers and footers, page numbers and "Page N of M" are skipped;
 * - a response in prose, as published on a web page, with no table: "Recommendation 1", its
 *   text, its answer on a line of its own ("Accepted.", "1.1 Partially accepted.") and the
 *   response's paragraphs and bullets, with no owner or date made up.
 *
 * In any text: the whole header on one line ("Action Plan: HMP Liverpool A response to the HMCIP
 * Inspection Report Published 19th January 2018"), header fields in two cells ("Report
 * published<TAB>20 October 2015"), a title wrapped over two lines, an ordinal split from its day
 * ("26 th August 2020"), refs written as words ("Recommendation 1.1", "Ref No. E1", "Area for
 * improvement 3": the ref is "1.1", "E1", "3", and the words give the kind), and a tally stated in
 * words where every figure follows from them ("accepted five recommendations, partially accepted
 * two and rejected one"); a sentence that leaves a figure open ("accepted or partially accepted
 * seven of the eight recommendations") is kept in an info issue (`import.tally_unclear`).
 *
 * It never throws on any text and never drops text silently: whatever it skips or cannot place
 * becomes an issue with its line number (skipped template text as `info`). A header field named
 * twice with different values keeps the first, and so does a figure of the tally given twice; the
 * other value is in an issue (`import.duplicate_header`, `import.duplicate_tally_figure`).
 *
 * Every issue carries its `location` (the line, and for skipped template text the last line too),
 * and the result's `locate(path)` finds the line any part of the plan was read from: a header
 * line, a recommendation's row and the cell of a field (its ref, text, category or response), the
 * row that listed an action (at its owner or target cell), the row a response block started on,
 * a figure of the tally. The result is
 * `ok: false` only when no action table is found, or when neither the document nor
 * `options.title` gives the plan a title (`import.title_missing`); issues of severity `error` in
 * an `ok` result mean a part of the table could not be read.
 *
 * @param text - The document's text.
 * @param options - The conventions to read dates with, and the `title` for a document that names none.
 * @returns The plan and the import issues, or the issues alone.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad argument, never because
 * of the text: a `TypeError` when `text` is not a string or an option has the wrong type, a
 * `RangeError` when a `targetDates` convention has a value outside those documented.
 *
 * @example
 * ```ts
 * import { fromPublishedText } from 'action-plan-kit';
 * const text = [
 *   'A Response to: Inspection of HMP Example',
 *   'Action Plan Submitted: 12th February 2020',
 *   'ACTION PLAN: Inspection of HMP Example',
 *   '1. Rec No\t2. Recommendation\t3. Accepted/ Rejected\t4. Response\t5. Owner\t6. Target Date',
 *   '1\tImprove safety.\tAccepted\t<p>A safety review will be held.</p>\tGovernor\tMarch 2020',
 * ].join('\n');
 * const result = fromPublishedText(text);
 * result.ok && result.value.submitted //=> '2020-02-12'
 * result.ok && result.value.recommendations[0].agreement //=> { category: 'agreed', label: 'Accepted' }
 * result.ok && result.value.recommendations[0].actions[0].target //=> { type: 'month', raw: 'March 2020', month: '2020-03' }
 * ```
 */
export function fromPublishedText(text: string, options?: PublishedTextOptions): ReadResult<ActionPlan, ImportIssue> {
  if (typeof text !== 'string') {
    throw new TypeError(`fromPublishedText expects the document's text as a string, received ${typeof text}`);
  }
  const recogniserOptions = readerOptions('fromPublishedText', options);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
  // Text with tabs is the published layout; text without any was copied from a viewer or a web page.
  const model = body.includes('\t') ? textModel(lines) : copiedModel(lines, recogniserOptions.targetDates);
  return recognise(model, recogniserOptions);
}
