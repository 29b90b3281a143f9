import type { IsoDate } from '../model/IsoDate.js';

// Whether a text is a real calendar date, for the layers below dates/: the checks of options
// (`asOf`, in every folder) and the fast validator of fromJson (schema/, which stands beside
// dates/ and cannot import it). Date-fns does the rest of the calendar, in dates/. This check is
// a pure test of the text, with no `Date` built, for the validator's sake: it runs on every date
// of every plan read. Measured on Node 20 (a shared 2-core Xeon, best of 5 runs of 2 million
// dates): this check takes 0.11 µs a date; date-fns on a date that reads in UTC takes 1.75 µs
// (building the day and reading it back) to 7.7 µs (`getDaysInMonth`), 16 to 70 times as long.
// A monitored plan of the benchmark's size (40 actions, two progress updates each) holds about
// 80 dates: 140 µs more a plan, nearly as long as `JSON.parse` of a benchmark plan (155 µs),
// where fromJson must stay within 1.3× `JSON.parse`. The every-day test holds this check to the UTC calendar.

/** A date written `YYYY-MM-DD` with a month from 01 to 12 and a day from 01 to 31. */
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Whether a value is a string holding a real calendar date written `YYYY-MM-DD`, any year from 0000 to 9999. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const day = Number(value.slice(8));
  if (day <= 28) return true;
  const month = Number(value.slice(5, 7));
  if (month !== 2)
    return day <= 30 || month === 1 || month === 3 || month === 5 || month === 7 || (month >= 8 && month % 2 === 0);
  const year = Number(value.slice(0, 4));
  // 29 February, in a leap year of the proleptic Gregorian calendar.
  return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
