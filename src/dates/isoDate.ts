import { isIsoDate } from '../_lib/isIsoDate.js';
import { shown } from '../_lib/options.js';
import type { IsoDate } from '../model/IsoDate.js';

/**
 * Checks a calendar date written `YYYY-MM-DD` and returns it as an {@link IsoDate}, for writing a
 * plan by hand.
 * @category Dates
 *
 * @remarks
 * Dates in a plan (`submitted`, a progress update's `on`, ...) have the type `IsoDate`: a string
 * known to hold a real calendar date. Plans read with {@link parseActionPlan}, {@link fromJson} or
 * a document reader have them already; a plan written as a literal in your code gets them from
 * `isoDate`. Options such as `asOf` take a plain string and need no `isoDate`.
 *
 * Use it for dates your program writes. Dates that come from outside (a form, a request, a file)
 * are data: read the whole plan with {@link parseActionPlan}, which reports a bad date as an issue
 * instead of throwing.
 *
 * @param text - The date, such as `'2026-02-09'`.
 * @returns The same string, typed as a checked date.
 * @throws {TypeError | RangeError} A `TypeError` when `text` is not a string, a `RangeError` when
 * it is not a real calendar date written `YYYY-MM-DD` (`'2026-02-30'`, `'9 Feb 2026'`).
 *
 * @example
 * ```ts
 * import { isoDate, type ActionPlan } from 'action-plan-kit';
 *
 * const plan = {
 *   format: 'action-plan/1',
 *   title: 'Serious Further Offence Annual Report 2024-2025',
 *   submitted: isoDate('2026-02-09'),
 *   recommendations: [],
 * } satisfies ActionPlan;
 *
 * plan.submitted //=> '2026-02-09'
 *
 * let refused = '';
 * try {
 *   isoDate('2026-02-30');
 * } catch (error) {
 *   refused = String(error);
 * }
 * refused //=> 'RangeError: "2026-02-30" is not a date in the form YYYY-MM-DD'
 * ```
 */
export function isoDate(text: string): IsoDate {
  if (isIsoDate(text)) return text;
  if (typeof text !== 'string') throw new TypeError(`isoDate: text must be a string, got ${shown(text)}`);
  throw new RangeError(`${shown(text)} is not a date in the form YYYY-MM-DD`);
}
