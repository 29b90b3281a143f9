import { addDays as addDaysTo } from 'date-fns/addDays';
import type { IsoDate } from '../model/IsoDate.js';
import { isoDateOfDay, utcDay } from './_internal/calendar.js';

// Not exported by the package: the end of a due-soon window.

/**
 * The date a number of days after `date` (before it when negative), kept within the years the
 * format holds: a result past 9999-12-31 is 9999-12-31, one before 0000-01-01 is 0000-01-01.
 *
 * @remarks
 * No date of a plan lies outside those years, so a window that ends on 9999-12-31 holds the same
 * dates as a longer one, and any whole number of days (`dueSoonDays` may be any safe integer) gives
 * a date that compares as a string.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const day = addDaysTo(utcDay(date), days);
  return (isoDateOfDay(day) ??
    ((Number.isNaN(day.getTime()) ? days > 0 : day.getFullYear() > 9999) ? '9999-12-31' : '0000-01-01')) as IsoDate;
}
