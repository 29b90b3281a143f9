import type { IsoDate } from '../model/IsoDate.js';

// All calendar arithmetic of the library happens here, on whole numbers of the proleptic
// Gregorian calendar: no Date object, so neither the host's time zone nor daylight saving can
// shift a calendar date, and the arithmetic is exact for every year the format allows: 0000 to
// 9999, every four-digit year, as the schemas accept them.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The number of days in a month of a year (month 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * Writes a calendar date as an {@link IsoDate}, or returns `undefined` when there is no such day
 * (month 13, 31 April, 29 February outside a leap year, a year outside 0000 to 9999).
 */
export function calendarDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** The last day of a month, as an {@link IsoDate}. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  const key = year * 100 + month;
  let last = lastDays.get(key);
  if (last === undefined) {
    if (lastDays.size >= 4096) lastDays.clear();
    last = calendarDate(year, month, daysInMonth(year, month)) as IsoDate;
    lastDays.set(key, last);
  }
  return last;
}

/** Last days already written: plans repeat the same few months. Bounded. */
const lastDays = new Map<number, IsoDate>();

/** The last days of months written `YYYY-MM`, remembered by that text. Bounded. */
const monthEnds = new Map<string, IsoDate>();

/** The last day of a month written `YYYY-MM`. */
export function monthEnd(month: string): IsoDate {
  let end = monthEnds.get(month);
  if (end === undefined) {
    if (monthEnds.size >= 4096) monthEnds.clear();
    end = lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    monthEnds.set(month, end);
  }
  return end;
}

/** Whether a value is a string holding a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  return match !== null && calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/** Day numbers already computed: plans repeat the same few deadlines. Bounded, so it cannot grow without end. */
const dayNumbers = new Map<string, number>();

/** Days from 1970-01-01 to a calendar date, remembered. */
export function dayNumber(date: IsoDate): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    if (dayNumbers.size >= 4096) dayNumbers.clear();
    days = computeDayNumber(date);
    dayNumbers.set(date, days);
  }
  return days;
}

/** Days from 1970-01-01 to a calendar date (Howard Hinnant's days_from_civil). */
function computeDayNumber(date: IsoDate): number {
  let year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
