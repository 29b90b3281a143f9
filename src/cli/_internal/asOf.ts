import { isIsoDate } from '../../_lib/isIsoDate.js';
import type { IsoDate } from '../../model/IsoDate.js';
import { inputError } from './readPlan.js';

/** Today's calendar date where the command runs: the CLI, an application, may read the clock. */
function today(): IsoDate {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}

/** Reads an `--as-of` value: a calendar date written YYYY-MM-DD, or `today`. */
export function readAsOf(value: string): IsoDate {
  if (value === 'today') return today();
  if (!isIsoDate(value)) throw inputError(`--as-of must be a date written YYYY-MM-DD, or today (received ${value})`);
  return value;
}

/** Reads a whole number of days, 0 or more. */
export function readDays(value: string, option: string): number {
  if (!/^\d{1,5}$/.test(value)) throw inputError(`${option} must be a whole number of days (received ${value})`);
  return Number(value);
}
