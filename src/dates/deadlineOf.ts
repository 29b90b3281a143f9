import type { IsoDate } from '../model/IsoDate.js';
import type { TargetDate } from '../model/TargetDate.js';
import { monthEnd } from './_internal/calendar.js';

/**
 * The deadline of a target date: the last day on which it is still met.
 * @category Dates
 *
 * @remarks
 * This is the one place a target becomes a deadline. A day is its own deadline; a month's is its
 * last day ("March 2026" is met on 31 March 2026 and missed from 1 April); a period's is its `end`.
 * Statuses ("Completed", "Ongoing", "TBC", "After decision") and unknown targets have none.
 *
 * @param target - A target date.
 * @returns The deadline, or `undefined` when the target has none.
 *
 * @example
 * ```ts
 * import { deadlineOf, parseTargetDate } from 'action-plan-kit';
 * deadlineOf(parseTargetDate('March 2026')) //=> '2026-03-31'
 * deadlineOf(parseTargetDate('Q3 2026')) //=> '2026-09-30'
 * deadlineOf(parseTargetDate('2026-27')) //=> '2027-03-31'
 * deadlineOf(parseTargetDate('Commenced and ongoing')) //=> undefined
 * ```
 */
export function deadlineOf(target: TargetDate): IsoDate | undefined {
  switch (target.type) {
    case 'day':
      return target.date;
    case 'month':
      return monthEnd(target.month);
    case 'period':
      return target.end;
    default:
      return undefined;
  }
}
