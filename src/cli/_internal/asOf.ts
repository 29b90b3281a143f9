import { isIsoDate } from '../../_lib/isIsoDate.js';
import { calendarDate } from '../../dates/calendarDate.js';
import type { IsoDate } from '../../model/IsoDate.js';
import { inputError } from './readPlan.js';

/**
 * The time zone whose calendar gives `today` unless `--zone` names another: the plans are those
 * of UK public bodies, and their owners' day is the day in London, wherever the command runs.
 */
export const DEFAULT_ZONE = 'Europe/London';

/** Reads a `--zone` value: an IANA time zone name; absent, Europe/London. */
export function readZone(value: string | undefined): string {
  const zone = value ?? DEFAULT_ZONE;
  try {
    calendarDate(0, zone);
  } catch {
    throw inputError(`--zone must be an IANA time zone name such as Europe/London (received ${zone})`);
  }
  return zone;
}

/**
 * Reads an `--as-of` value: a calendar date written YYYY-MM-DD, or `today`, the date in `zone`
 * now. The command, an application, reads the clock; the library never does.
 */
export function readAsOf(value: string, zone: string): IsoDate {
  if (value === 'today') return calendarDate(new Date(), zone);
  if (!isIsoDate(value)) throw inputError(`--as-of must be a date written YYYY-MM-DD, or today (received ${value})`);
  return value;
}

/** Reads a whole number of days, 0 or more. */
export function readDays(value: string, option: string): number {
  if (!/^\d{1,5}$/.test(value)) throw inputError(`${option} must be a whole number of days (received ${value})`);
  return Number(value);
}
