import { addMonths } from 'date-fns/addMonths';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { endOfYear } from 'date-fns/endOfYear';
import { lastDayOfMonth as lastDayOfMonthOf } from 'date-fns/lastDayOfMonth';
import { subMonths } from 'date-fns/subMonths';
import type { IsoDate } from '../../model/IsoDate.js';

// The calendar behind the library's `YYYY-MM-DD` strings: date-fns does the arithmetic, on dates
// that read and write in UTC, so that no host time zone can shift a calendar date. A date built
// at local midnight (`new Date(y, m - 1, d)`) is wrong where a whole day never existed: Pacific/
// Kiritimati skipped 1994-12-31 and Pacific/Apia 2011-12-30, and December 1994 "ends" on
// 1995-01-01 under Pacific/Kiritimati. Date-fns is slower per call than whole-number arithmetic,
// so callers on a per-action path remember what they compute (a plan has few distinct dates).

/**
 * A `Date` whose getters and setters are the UTC ones and whose offset from UTC is 0: date-fns
 * works on it as on a date in a zone that is UTC all year round, whatever the host's zone.
 *
 * @remarks
 * Our own rather than `UTCDate` of `@date-fns/utc`, for what it costs a bundle. That package
 * rewrites its class's prototype when it is imported and is not marked free of side effects, so
 * a bundler keeps it in every bundle that imports it, used or not. Measured with esbuild
 * (minified, gzipped) beside date-fns's `differenceInCalendarDays`: this class adds 125 bytes,
 * `UTCDateMini` 200 bytes and `UTCDate` 455 bytes; in a bundle that imports but never uses them,
 * this class costs nothing (it is built in a call marked pure, which a bundler drops), while
 * `UTCDateMini` stays at 261 bytes and `UTCDate` at 368. Its constructor is `Date`'s own: the
 * package's passes `new UTCDate(y, m, d)` to `Date.UTC`, which reads the years 0 to 99 as 1900 to
 * 1999, and the format holds the years 0000 to 9999.
 */
const UTCDay: new (value: number | string | Date) => Date = /* @__PURE__ */ (() => {
  class UTCDay extends Date {
    override getTimezoneOffset(): number {
      return 0;
    }
  }
  const native = Date.prototype as unknown as Record<string, unknown>;
  const own = UTCDay.prototype as unknown as Record<string, unknown>;
  for (const unit of ['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds', 'Milliseconds']) {
    own[`get${unit}`] = native[`getUTC${unit}`];
    own[`set${unit}`] = native[`setUTC${unit}`];
  }
  own.getDay = native.getUTCDay;
  return UTCDay;
})();

/** The start (UTC midnight) of a calendar date, as a date date-fns works on. */
export function utcDay(date: IsoDate): Date {
  return new UTCDay(`${date}T00:00:00Z`);
}

/** The first day of month `month` (1 to 12) of `year`, as a date date-fns works on. */
function firstOfMonth(year: number, month: number): Date {
  const first = new UTCDay(0);
  first.setFullYear(year, month - 1, 1);
  return first;
}

/**
 * The calendar date of a date date-fns returned, or `undefined` when it falls outside the years
 * the format holds, 0000 to 9999.
 */
export function isoDateOfDay(day: Date): IsoDate | undefined {
  const year = day.getFullYear();
  return year >= 0 && year <= 9999 ? (day.toISOString().slice(0, 10) as IsoDate) : undefined;
}

/** Last days of months already computed, by year × 100 + month: plans repeat the same few months. Bounded. */
const lastDays = new Map<number, IsoDate>();

/** The last day of month `month` (1 to 12) of `year` (0 to 9999), remembered. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  const key = year * 100 + month;
  let last = lastDays.get(key);
  if (last === undefined) {
    if (lastDays.size >= 4096) lastDays.clear();
    last = isoDateOfDay(lastDayOfMonthOf(firstOfMonth(year, month))) as IsoDate;
    lastDays.set(key, last);
  }
  return last;
}

/**
 * Writes a calendar date as an {@link IsoDate}, or returns `undefined` when there is no such day
 * (month 13, 31 April, 29 February outside a leap year, a year outside 0000 to 9999).
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const last = lastDayOfMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > Number(last.slice(8))) return undefined;
  return `${last.slice(0, 8)}${String(day).padStart(2, '0')}` as IsoDate;
}

/** The last days of months written `YYYY-MM`, remembered by that text. Bounded. */
const monthEnds = new Map<string, IsoDate>();

/** The last day of a month written `YYYY-MM`, remembered. */
export function monthEnd(month: string): IsoDate {
  let end = monthEnds.get(month);
  if (end === undefined) {
    if (monthEnds.size >= 4096) monthEnds.clear();
    end = lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    monthEnds.set(month, end);
  }
  return end;
}

/** The last day of the calendar quarter (January to March, ...) a date falls in. */
export function quarterEnd(date: IsoDate): IsoDate {
  return isoDateOfDay(endOfQuarter(utcDay(date))) as IsoDate;
}

/** The last day of the year a date falls in. */
export function yearEnd(date: IsoDate): IsoDate {
  return isoDateOfDay(endOfYear(utcDay(date))) as IsoDate;
}

/**
 * The last day of the UK financial year (1 April to 31 March) a date falls in, or `undefined`
 * when it falls after 9999. The financial year is the calendar year three months later: it ends
 * three months after the end of the year in which the date three months earlier falls.
 */
export function financialYearEnd(date: IsoDate): IsoDate | undefined {
  return isoDateOfDay(addMonths(endOfYear(subMonths(utcDay(date), 3)), 3));
}

/**
 * The last day of the meteorological season (December to February, March to May, June to
 * August, September to November) a date falls in, or `undefined` when it falls after 9999. The
 * seasons are the calendar quarters one month earlier: a season ends on the last day of the
 * month before the end of the quarter in which the date one month later falls.
 */
export function seasonEnd(date: IsoDate): IsoDate | undefined {
  return isoDateOfDay(lastDayOfMonthOf(subMonths(endOfQuarter(addMonths(utcDay(date), 1)), 1)));
}
