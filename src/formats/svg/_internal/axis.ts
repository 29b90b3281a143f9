import { dayNumber } from '../../../dates/dayNumber.js';
import type { IsoDate } from '../../../model/IsoDate.js';

/** Short month names, as the axis writes them: English, whatever the host's locale. */
export const MONTHS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A tick of the time axis: the first day of a month. */
export interface Tick {
  /** Its day number (days from 1970-01-01). */
  readonly day: number;
  /** The month's short name, when ticks are months apart; empty when they are years apart. */
  readonly month: string;
  /** The year, written under the first tick and each January; empty otherwise, and at the axis's end. */
  readonly year: string;
}

/** The time axis: from the first day of the earliest month to the day after the latest month, and its ticks. */
export interface Axis {
  /** The day number of its start. */
  readonly from: number;
  /** The day number of its end. */
  readonly to: number;
  /** Its ticks. */
  readonly ticks: readonly Tick[];
}

/** Months between ticks: a month, a quarter, half a year, then years. */
const STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000];

/** A month as a count of months from year 0: `YYYY-MM` → `year * 12 + month - 1`. */
const monthIndex = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** The last month a date can be in: December 9999. */
const LAST_MONTH = 9999 * 12 + 11;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The `YYYY-MM` of a month index. */
const monthOf = (index: number): string => `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;

/**
 * The axis from the earliest to the latest date, whole months, with ticks as close as `width`
 * pixels leave room for: months (labelled `Jan`, the year beneath the first and each January),
 * quarters or half years likewise, or years, 1, 2, 5, 10 … apart.
 */
export function axisOf(earliest: IsoDate, latest: IsoDate, width: number): Axis {
  const first = monthIndex(earliest);
  const last = monthIndex(latest);
  // The axis starts and ends on ticks: whole steps of months, aligned on the calendar.
  let step = STEPS[STEPS.length - 1] as number;
  for (const candidate of STEPS) {
    const months = Math.floor(last / candidate) * candidate + candidate - Math.floor(first / candidate) * candidate;
    if ((width * candidate) / months >= (candidate < 12 ? 26 : 40)) {
      step = candidate;
      break;
    }
  }
  const start = Math.floor(first / step) * step;
  const end = Math.min(Math.floor(last / step) * step + step, LAST_MONTH + 1);
  const ticks: Tick[] = [];
  for (let m = start; m <= end; m += step) {
    const month = monthOf(Math.min(m, LAST_MONTH));
    const day = m > LAST_MONTH ? dayNumber('9999-12-31' as IsoDate) + 1 : dayNumber(`${month}-01` as IsoDate);
    // The last tick ends the axis: it is drawn, not labelled, as the months before it are.
    const labelled = m + step <= end;
    ticks.push({
      day,
      month: step < 12 && labelled ? (MONTHS[m % 12] as string) : '',
      year: labelled && (step >= 12 || m % 12 === 0 || ticks.length === 0) ? String(Math.floor(m / 12)) : '',
    });
  }
  return { from: (ticks[0] as Tick).day, to: (ticks[ticks.length - 1] as Tick).day, ticks };
}
