import { UTCDate } from '@date-fns/utc';
import { addDays, differenceInCalendarDays, getDaysInMonth } from 'date-fns';
import type { IsoDate } from '../../model/IsoDate.js';

// All calendar arithmetic of the library happens here, in UTC through date-fns: the host's time
// zone can never shift a calendar date.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The number of days in a month of a year (month 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new UTCDate(year, month - 1, 1));
}

/**
 * Writes a calendar date as an {@link IsoDate}, or returns `undefined` when there is no such day
 * (month 13, 31 April, 29 February outside a leap year, a year outside 1000 to 9999).
 */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** The last day of a month, as an {@link IsoDate}. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month)) as IsoDate;
}

/** Whether a value is a string holding a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

function toUtc(date: IsoDate): UTCDate {
  return new UTCDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** The calendar date `days` days after `date` (before it when negative). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const next = addDays(toUtc(date), days);
  return isoDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()) as IsoDate;
}

/**
 * Checks an `asOf` (or other date) argument: misuse of the API throws, as documented.
 *
 * @throws {RangeError} When the value is not a real calendar date written `YYYY-MM-DD`.
 */
export function assertIsoDate(value: unknown, name: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new RangeError(`${name} must be a calendar date written YYYY-MM-DD, received ${String(value)}`);
  }
}
