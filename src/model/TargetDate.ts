import type { IsoDate, YearMonth } from './IsoDate.js';
import type { PERIOD_UNITS, TARGET_STATUSES } from './vocabulary.js';

/**
 * A target date that is a single day, such as "31/5/1998" or "31 March 2026".
 * @category Dates
 */
export interface DayTarget {
  /** Marks a target date that is a single day. */
  readonly type: 'day';
  /** The target date exactly as the plan wrote it. */
  readonly raw: string;
  /** The day itself. */
  readonly date: IsoDate;
}

/**
 * A target date that is a whole calendar month, such as "March 2026".
 * @category Dates
 *
 * @remarks The target is met on any day of the month; its deadline is the month's last day.
 */
export interface MonthTarget {
  /** Marks a target date that is a calendar month. */
  readonly type: 'month';
  /** The target date exactly as the plan wrote it. */
  readonly raw: string;
  /** The month, `YYYY-MM`. */
  readonly month: YearMonth;
}

/**
 * What kind of period a {@link PeriodTarget} names.
 * @category Dates
 *
 * @remarks
 * - `quarter`: "Q3 2026" (calendar) or "Q3 2026/27" (UK financial year);
 * - `financial-year`: "2026-27", 1 April 2026 to 31 March 2027;
 * - `season`: "Spring 2027";
 * - `year`: "2027".
 *
 * The convention used to read the text is recorded in the period's `start` and `end`.
 */
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/**
 * A target date that is a period longer than a month, such as "Q3 2026", "2026-27" or
 * "Spring 2027".
 * @category Dates
 *
 * @remarks The target is met on any day of the period; its deadline is `end`.
 */
export interface PeriodTarget {
  /** Marks a target date that is a period. */
  readonly type: 'period';
  /** The target date exactly as the plan wrote it. */
  readonly raw: string;
  /** What kind of period the text names. */
  readonly unit: PeriodUnit;
  /** The first day of the period. */
  readonly start: IsoDate;
  /** The last day of the period, on or after `start`. */
  readonly end: IsoDate;
}

/**
 * A target "date" that is really a status.
 * @category Dates
 *
 * @remarks
 * - `completed`: "Completed" — the action was done when the plan was written;
 * - `ongoing`: "Ongoing", "Commenced and ongoing" — started, with no end date;
 * - `to-be-confirmed`: "TBC", "To be confirmed";
 * - `after-decision`: "After decision" — waits on a decision not yet taken.
 *
 * Only `completed` settles the action; the others are open-ended and have no deadline.
 */
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * A target date that states a status instead of a date, such as "Completed" or "TBC".
 * @category Dates
 */
export interface StatusTarget {
  /** Marks a target date that states a status. */
  readonly type: 'status';
  /** The target date exactly as the plan wrote it. */
  readonly raw: string;
  /** The status the text states. */
  readonly status: TargetStatus;
}

/**
 * A target date that is empty or was not understood.
 * @category Dates
 *
 * @remarks The library never guesses: text it cannot read with certainty stays here, as written.
 */
export interface UnknownTarget {
  /** Marks a target date that is empty or not understood. */
  readonly type: 'unknown';
  /** The target date exactly as the plan wrote it (possibly empty). */
  readonly raw: string;
}

/**
 * The target date of an action: the text as written (`raw`) and what it means.
 * @category Dates
 *
 * @remarks
 * Plans write target dates as free text ("March 2026", "Completed", "Q3 2026", "2026-27",
 * "Spring 2027", "TBC", or nothing). Each variant keeps `raw`, so a plan can always be shown as it
 * was published, and adds the structured meaning at its own precision: a day, a month, a period, a
 * status, or unknown.
 *
 * @example
 * ```ts
 * import type { TargetDate } from 'action-plan-kit';
 * const target = { type: 'month', raw: 'March 2026', month: '2026-03' } as TargetDate;
 * ```
 */
export type TargetDate = DayTarget | MonthTarget | PeriodTarget | StatusTarget | UnknownTarget;
