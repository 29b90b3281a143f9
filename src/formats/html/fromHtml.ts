import type { ActionPlan } from '../../model/ActionPlan.js';
import type { ReadResult } from '../../model/Issue.js';
import type { TargetDateOptions } from '../../model/TargetDateOptions.js';
import { importIssue, type ImportIssue } from '../document/issues.js';
import { readerOptions } from '../document/readerOptions.js';
import { recognise } from '../document/recognise.js';
import { htmlTableModel } from './_internal/htmlTableModel.js';

/**
 * Options for {@link fromHtml}: the same as for reading published text.
 * @category Formats
 */
export interface FromHtmlOptions {
  /** The conventions target dates and header dates are read with; see {@link parseTargetDate}. */
  readonly targetDates?: TargetDateOptions;
  /**
   * The plan's title when the page names none (no "ACTION PLAN: …" or "A Response to: …" line or
   * caption); a title the page names always wins. Without either, the read fails with an
   * `import.title_missing` issue: a plan always has a title.
   */
  readonly title?: string;
}

/**
 * Reads an action plan from HTML: a plan published as a web page, exported as HTML by an office
 * suite (LibreOffice's HTML export, Word's "Web page"), or written by {@link toHtml}.
 * @category Formats
 *
 * @remarks
 * The page becomes the table model every document reader builds, and the same recogniser as
 * {@link fromPublishedText} reads the plan from it: header lines, the definitions table, the column
 * headings, section and addressee rows, continued rows, owners and target dates, the tally.
 *
 * - Tables with `th` and `td` cells; `thead` rows are header rows; `rowspan` and `colspan` are
 *   laid out on the grid as HTML lays them out (a recommendation spanning the rows of its actions
 *   is one recommendation with each row's owner and date), capped as HTML caps them (1,000
 *   columns, 65,534 rows).
 * - In cells, paragraphs, line breaks (which split owners and dates into entries) and lists
 *   (`ul`, `ol`, nested lists as further items; Word's list paragraphs too).
 * - Outside tables, headings `h1`–`h6`, paragraphs, list items, a definition term and its
 *   description ("Submitted: 9 February 2026") and a table's `caption`, each a line.
 * - Character references, named (all of HTML 4's, which is all that office suites write, and
 *   HTML's names for punctuation) and numeric; any other name stays as written.
 * - What HTML lets a page leave out (`</td>`, `</tr>`, `</p>`, `</li>`, `tbody`) and what a page
 *   never closes; a table inside a cell gives its text to that cell, a paragraph for each of its
 *   cells, however deep it is nested.
 *
 * `<head>`, scripts, styles, templates, comments and Word's conditional markup are not part of
 * the page's text and are skipped, and so are SVG pictures, whose text is a picture's labels (such
 * as the timeline {@link toHtml} can show, whose caption is skipped too). No DOM is needed: it runs in Node and in any browser or worker,
 * in time linear in the text.
 *
 * Every issue carries its `location` (line and column in the HTML), and the result's
 * `locate(path)` finds the cell any part of the plan was read from.
 *
 * @param html - The HTML text.
 * @param options - The conventions to read dates with, and the `title` for a page that names none.
 * @returns The plan and the import issues, or the issues alone.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad argument, never because
 * of the HTML: a `TypeError` when `html` is not a string or an option has the wrong type, a
 * `RangeError` when a `targetDates` convention has a value outside those documented.
 *
 * @example
 * ```ts
 * import { fromHtml } from 'action-plan-kit/html';
 * const html = `
 *   <h1>ACTION PLAN: Inspection of HMP Example</h1>
 *   <table>
 *     <thead><tr><th>Rec No</th><th>Recommendation</th><th>Agreed/ Partly Agreed/ Not Agreed</th>
 *       <th>Response</th><th>Responsible Owner</th><th>Target Date</th></tr></thead>
 *     <tr><td rowspan="2">1</td><td rowspan="2">Improve safety.</td><td rowspan="2">Agreed</td>
 *       <td rowspan="2"><p>A safety review will be held.</p></td><td>Governor</td><td>March 2026</td></tr>
 *     <tr><td>Head of Safety</td><td>June 2026</td></tr>
 *   </table>`;
 * const result = fromHtml(html);
 * result.ok && result.value.title //=> 'Inspection of HMP Example'
 * result.ok && result.value.recommendations[0].actions.map((a) => [a.owner, a.target.raw])
 * //=> [['Governor', 'March 2026'], ['Head of Safety', 'June 2026']]
 * result.locate(['recommendations', 0, 'actions', 1, 'owner']) //=> { line: 8, column: 9 }
 * ```
 */
export function fromHtml(html: string, options?: FromHtmlOptions): ReadResult<ActionPlan, ImportIssue> {
  if (typeof html !== 'string') {
    throw new TypeError(`fromHtml expects the HTML as a string, received ${typeof html}`);
  }
  const recogniserOptions = readerOptions('fromHtml', options);
  const { model, unplaced } = htmlTableModel(html);
  const result = recognise(model, recogniserOptions);
  if (unplaced.length === 0) return result;
  const issues: ImportIssue[] = unplaced.map(({ location, text, reason }) =>
    importIssue('import.line_skipped', [], { line: location.line, text, reason }, location),
  );
  for (const issue of result.issues) issues.push(issue);
  return { ...result, issues };
}
