/**
 * A calendar date written as an ISO 8601 string, `YYYY-MM-DD`.
 * @category Model
 *
 * @remarks
 * Dates in an action plan are calendar dates, not instants: "9 February 2026" is the same day in
 * London and in Samoa. They are therefore kept as strings, never as `Date` objects, and two of them
 * compare correctly as strings. The brand stops an arbitrary string from being used where a
 * checked date is expected; values come from the validators (see `parseActionPlan`) or from the
 * library's own date functions, and a date written by hand in a plan gets it from `isoDate`.
 * Options such as `asOf` take a plain string, checked when the function runs.
 *
 * @example
 * ```ts
 * import { isoDate, type IsoDate } from 'action-plan-kit';
 * const submitted: IsoDate = isoDate('2026-02-09');
 * submitted //=> '2026-02-09'
 * ```
 */
export type IsoDate = string & {
  /** Type-only mark of a checked calendar date; it does not exist at run time. */
  readonly __brand: 'IsoDate';
};

/**
 * A calendar month written as an ISO 8601 string, `YYYY-MM`.
 * @category Model
 *
 * @remarks
 * "March 2026" is a month, not a day: a target of a whole month is met on any day of it, so it is
 * kept at its own precision rather than rounded to a day.
 */
export type YearMonth = string & {
  /** Type-only mark of a checked calendar month; it does not exist at run time. */
  readonly __brand: 'YearMonth';
};
