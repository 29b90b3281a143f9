import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { IsoDate } from '../model/IsoDate.js';
import { utcDay } from './_internal/calendar.js';

// Not exported by the package: the day numbers that progress counts days with.

/** 1970-01-01, the day numbers count from. */
const EPOCH = /* @__PURE__ */ utcDay('1970-01-01' as IsoDate);

/** Day numbers already computed: plans repeat the same few deadlines. Bounded, so it cannot grow without end. */
const dayNumbers = new Map<string, number>();

/**
 * Calendar days from 1970-01-01 to a date (negative before it), remembered: the days between two
 * dates are the difference of their day numbers.
 *
 * @remarks
 * Date-fns counts the days (`differenceInCalendarDays`), once for each distinct date: a plan has
 * few distinct deadlines, and judging an action then costs a look-up, not date arithmetic.
 */
export function dayNumber(date: IsoDate): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    if (dayNumbers.size >= 4096) dayNumbers.clear();
    days = differenceInCalendarDays(utcDay(date), EPOCH);
    dayNumbers.set(date, days);
  }
  return days;
}
