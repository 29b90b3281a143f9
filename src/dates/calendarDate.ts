// `tzOffset` from its own subpath: @date-fns/tz does not declare itself free of side effects, so
// importing its index would bring its whole `TZDate` class into every app that uses this function
// (about 1.7 kB gzipped, against 0.3 kB for `tzOffset` alone). The offset of the zone at the
// instant is all a calendar date needs: the wall-clock time is the instant moved by it.
import { tzOffset } from '@date-fns/tz/tzOffset';
import { optionRangeError, optionTypeError } from '../_lib/options.js';
import type { IsoDate } from '../model/IsoDate.js';

const FN = 'calendarDate';
const ZONE = 'an IANA time zone name such as "Europe/London"';
const MINUTE = 60_000;

/** Writes a number with at least `width` digits. */
function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Three-letter names: ICU, the time-zone data of the engines, also takes old Java names that are
 * no IANA names and read as abbreviations they are not ("BST" is Bangladesh, not British Summer
 * Time; "IST" is India, not Irish Standard Time). Only the IANA ones pass.
 */
const THREE_LETTERS = /^[a-z]{3}$/i;
const IANA_THREE_LETTERS = /^(?:UTC|UCT|GMT|EST|MST|HST|WET|CET|MET|EET|PRC|ROC|ROK)$/i;

/**
 * Checks a time zone: an IANA name the JavaScript engine knows (`Intl.DateTimeFormat` is the
 * judge), in any case. A fixed offset such as `+01:00` is refused, whatever the engine accepts:
 * it never follows summer time, and a date in a zone must not depend on which engine runs.
 */
function checkTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string') throw optionTypeError(FN, 'timeZone', ZONE, timeZone);
  let known = !/^[+-]/.test(timeZone.trim()) && (!THREE_LETTERS.test(timeZone) || IANA_THREE_LETTERS.test(timeZone));
  if (known) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone });
    } catch {
      known = false;
    }
  }
  if (!known) throw optionRangeError(FN, 'timeZone', ZONE, timeZone);
  return timeZone;
}

/**
 * The calendar date of an instant in a time zone: what a calendar on the wall there shows at
 * that moment.
 * @category Dates
 *
 * @remarks
 * The library never reads the clock: everything that depends on time takes an `asOf` date. An
 * application that judges progress "today" reads the clock itself and passes the instant here,
 * with the zone whose calendar counts: `calendarDate(new Date(), 'Europe/London')` for a plan of
 * a UK public body, wherever the server runs. The machine's own zone is never used: a server in
 * UTC would otherwise see yesterday's date for the first hour of every British summer day.
 *
 * The zone's rules come from the JavaScript engine's time-zone data, through `@date-fns/tz`:
 * summer time, and days a zone skipped (Pacific/Apia went from 29 to 31 December 2011) are
 * those of the real calendar.
 *
 * @param instant - The moment: a `Date`, or milliseconds since 1970-01-01T00:00:00Z (what
 * `Date.now()` returns).
 * @param timeZone - An IANA time zone name, such as `'Europe/London'` or `'UTC'` (any case).
 * Fixed offsets such as `'+01:00'` are not zones and are refused, and so are abbreviations that
 * some engines take for other places (`'BST'` would be Bangladesh, `'IST'` India).
 * @returns The date in that zone, written `YYYY-MM-DD`.
 * @throws {TypeError | RangeError} A `TypeError` when `instant` is neither a `Date` nor a number,
 * or `timeZone` is not a string; a `RangeError` when `instant` is an invalid date (or not a finite
 * number), when its date in the zone lies outside the years 0000 to 9999, or when `timeZone` is not
 * a time zone the engine knows.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'action-plan-kit';
 *
 * // Half past eleven at night in UTC is already the next day in a British summer...
 * calendarDate(new Date('2026-07-14T23:30:00Z'), 'Europe/London') //=> '2026-07-15'
 * // ...and still the same day in winter, when London keeps UTC.
 * calendarDate(new Date('2026-01-14T23:30:00Z'), 'Europe/London') //=> '2026-01-14'
 * calendarDate(Date.UTC(2026, 6, 14, 23, 30), 'America/New_York') //=> '2026-07-14'
 * ```
 *
 * @example
 * Today's date for a UK plan, and what is overdue as of it:
 * ```ts
 * import { calendarDate, findOverdue, type ActionPlan } from 'action-plan-kit';
 *
 * const plan: ActionPlan = { format: 'action-plan/1', title: 'Plan', recommendations: [] };
 * const asOf = calendarDate(new Date(), 'Europe/London');
 * findOverdue(plan, { asOf }) //=> []
 * ```
 *
 * @example
 * Misuse throws:
 * ```ts
 * import { calendarDate } from 'action-plan-kit';
 *
 * let refused = '';
 * try {
 *   calendarDate(new Date(), 'Europe/Londres');
 * } catch (error) {
 *   refused = String(error);
 * }
 * refused //=> 'RangeError: calendarDate: timeZone must be an IANA time zone name such as "Europe/London", got "Europe/Londres"'
 * ```
 */
export function calendarDate(instant: Date | number, timeZone: string): IsoDate {
  let time: number;
  if (instant instanceof Date) time = instant.getTime();
  else if (typeof instant === 'number') time = instant;
  else throw optionTypeError(FN, 'instant', 'a Date or a number of milliseconds', instant);
  if (!Number.isFinite(time)) {
    const got = instant instanceof Date ? 'an invalid Date' : String(instant);
    throw new RangeError(`${FN}: instant must be a valid date or a finite number, got ${got}`);
  }
  const zone = checkTimeZone(timeZone);
  const wall = new Date(time + tzOffset(zone, new Date(time)) * MINUTE);
  const year = wall.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) {
    throw new RangeError(
      `${FN}: instant must fall in the years 0000 to 9999 in ${zone}, got ${new Date(time).toISOString()}`,
    );
  }
  return `${pad(year, 4)}-${pad(wall.getUTCMonth() + 1, 2)}-${pad(wall.getUTCDate(), 2)}` as IsoDate;
}
