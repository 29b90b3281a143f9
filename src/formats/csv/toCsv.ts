import { booleanOption, checkOptionsObject } from '../../_lib/options.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { Action } from '../../model/Action.js';
import { CSV_COLUMNS, writeCell, writeDeadline, writeReading, writeResponse } from './_internal/columns.js';

/**
 * Options for {@link toCsv}.
 * @category Formats
 */
export interface CsvOptions {
  /**
   * Whether to start with a byte order mark, which some spreadsheet programs need to read UTF-8.
   *
   * @defaultValue `false`
   */
  readonly bom?: boolean;
}

/**
 * Writes a plan as CSV: one row per action, for spreadsheets and trackers.
 * @category Formats
 *
 * @remarks
 * RFC 4180: a header row, fields quoted when they hold a quote, a comma or a line break, CR LF
 * line breaks. The columns, in order — their names are API:
 *
 * `ref`, `kind`, `section`, `addressee`, `recommendation` (its text), `category`
 * (`agreed` / `partly-agreed` / `not-agreed`, or empty when the recommendation states none),
 * `category_label` (as written), `reasons`
 * (declared, separated by `; `), `response` (blocks separated by a blank line, list items as lines
 * starting `- `), `action` (its position, from 1), `owner`, `description`, `target` (as written),
 * `target_reading` (what it means: `day 2026-03-31`, `month 2026-03`,
 * `quarter 2026-07-01/2026-09-30`, `status ongoing`, `unknown`), `deadline` (derived, for
 * sorting; not read back).
 *
 * A recommendation without actions still has a row, with the action columns empty; the
 * recommendation's columns repeat on each of its rows. A cell that starts with `=`, `+`, `-`, `@`,
 * a tab, a carriage return or a NUL — also after white space of any kind, a line feed, a byte
 * order mark or a zero-width space, and in their full-width forms (`＝＋－＠`, `﹦﹢﹣`) — gets a
 * leading apostrophe, so a spreadsheet shows it instead of running it as a formula;
 * {@link fromCsv} takes the apostrophe back.
 *
 * What is not written: the plan's header fields and stated tally, progress updates, and
 * assessments. See {@link fromCsv} for what reads back.
 *
 * @param plan - The plan.
 * @param options - `bom`.
 * @returns The CSV text.
 * @throws {TypeError} When `options` is not an object or `bom` is not `true` or `false`: a
 * mistake in the calling code, never a fault of the plan.
 *
 * @example
 * ```ts
 * import { parseTargetDate, toCsv } from 'action-plan-kit';
 * const csv = toCsv({
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [{
 *     ref: '1',
 *     text: 'Improve safety, urgently.',
 *     agreement: { category: 'agreed', label: 'Agreed' },
 *     response: [{ type: 'paragraph', text: '=HYPERLINK("x")' }],
 *     actions: [{ owner: 'Governor', target: parseTargetDate('March 2026') }],
 *   }],
 * });
 * csv.split('\r\n')[1]
 * //=> '1,,,,"Improve safety, urgently.",agreed,Agreed,,"\'=HYPERLINK(""x"")",1,Governor,,March 2026,month 2026-03,2026-03-31'
 * ```
 */
export function toCsv(plan: ActionPlan, options?: CsvOptions): string {
  checkOptionsObject('toCsv', options);
  const bom = booleanOption('toCsv', 'options.bom', options?.bom);
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const recommendation of plan.recommendations) {
    // The recommendation's cells, written once and repeated at the start of each of its rows.
    const shared = [
      recommendation.ref,
      recommendation.kind ?? '',
      recommendation.section ?? '',
      recommendation.addressee ?? '',
      recommendation.text,
      recommendation.agreement.category ?? '',
      recommendation.agreement.label ?? '',
      (recommendation.reasons ?? []).join('; '),
      writeResponse(recommendation.response),
    ]
      .map(writeCell)
      .join(',');
    const actions = recommendation.actions;
    if (actions.length === 0) rows.push(`${shared},,,,,,`);
    for (let i = 0; i < actions.length; i += 1) {
      const action = actions[i] as Action;
      const target = action.target;
      rows.push(
        `${shared},${i + 1},${writeCell(action.owner)},${writeCell(action.description ?? '')},${writeCell(target.raw)},${writeCell(writeReading(target))},${writeCell(writeDeadline(target))}`,
      );
    }
  }
  return `${bom ? '\ufeff' : ''}${rows.join('\r\n')}\r\n`;
}
