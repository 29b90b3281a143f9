import { addDays as addDaysTo } from 'date-fns/addDays';
import type { IsoDate } from '../model/IsoDate.js';
import { isoDateOfDay, utcDay } from './_internal/calendar.js';

// Not exported by the package: the end of a due-soon window.

/** Dates already computed, by date and number of days: each walk of a plan asks for one. Bounded. */
const sums = new Map<string, IsoDate>();

/**
 * The date a number of days after `date` (before it when negative), kept within the years the
 * format holds: a result past 9999-12-31 is 9999-12-31, one before 0000-01-01 is 0000-01-01.
 * Remembered, as every walk of a plan with the same options asks for the same one.
 *
 * @remarks
 * No date of a plan lies outside those years, so a window that ends on 9999-12-31 holds the same
 * dates as a longer one, and any whole number of days (`dueSoonDays` may be any safe integer) gives
 * a date that compares as a string.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const key = `${date}${days}`;
  let sum = sums.get(key);
  if (sum === undefined) {
    if (sums.size >= 4096) sums.clear();
    const day = addDaysTo(utcDay(date), days);
    sum = (isoDateOfDay(day) ??
      ((Number.isNaN(day.getTime()) ? days > 0 : day.getFullYear() > 9999) ? '9999-12-31' : '0000-01-01')) as IsoDate;
    sums.set(key, sum);
  }
  return sum;
}
