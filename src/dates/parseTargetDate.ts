import type { IsoDate, YearMonth } from '../model/IsoDate.js';
import type { PeriodUnit, TargetDate, TargetStatus } from '../model/TargetDate.js';
import { financialYearEnd, isoDateOf, quarterEnd, seasonEnd, yearEnd } from './_internal/calendar.js';
import { resolveTargetDateOptions } from './resolveTargetDateOptions.js';
import { optionTypeError } from '../_lib/options.js';
import type { TargetDateOptions } from '../model/TargetDateOptions.js';

export type { TargetDateOptions };

/** The names of months, with their numbers. No prototype: a word such as "constructor" names nothing. */
const MONTHS: Readonly<Record<string, number | undefined>> = {
  __proto__: null,
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
} as unknown as Readonly<Record<string, number | undefined>>;

const STATUSES: readonly (readonly [RegExp, TargetStatus])[] = [
  // "Completed (March 2026)" reports a completion; "Completed by June 2026" may be a target: unknown.
  [/^(?:completed?|done|achieved)$|^completed(?: in | on |: | - | ?\()/, 'completed'],
  [/^(?:(?:commenced|started|in progress) and )?on-?going$|^continuous$|^business as usual$/, 'ongoing'],
  [/^(?:tbc|tbd|tba|to be (?:confirmed|determined|agreed))$/, 'to-be-confirmed'],
  [/^(?:after|following|subject to|dependent on|pending) (?:the |a )?decision$/, 'after-decision'],
];

/** Words that say the date is a deadline ("By June 2027", "End of March 2027"); they change nothing. */
const DEADLINE_WORDS = /^(?:by (?:the )?end(?: of)?|(?:the )?end(?: of)?|by|no later than|not later than)\s+/;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC_DAY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?: ?(?:st|nd|rd|th))?(?: of)?[ -]([a-z]+)\.?,?[ -](\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.? (\d{1,2})(?: ?(?:st|nd|rd|th))?,? (\d{4})$/;
const MONTH_YEAR = /^([a-z]+)\.?,?[ -](\d{4})$/;
const QUARTER = /^(?:q|quarter )([1-4]) (?:of )?(?:fy ?)?(\d{4})(?: ?[/-] ?(\d{4}|\d{2}))?$/;
const YEAR_QUARTER = /^(\d{4}) q([1-4])$/;
const FINANCIAL_YEAR = /^(?:fy ?|financial year )?(\d{4}) ?[/-] ?(\d{4}|\d{2})$/;
const SEASON = /^(spring|summer|autumn|fall|winter) (\d{4})(?: ?[/-] ?(\d{4}|\d{2}))?$/;
const YEAR = /^(?:calendar year )?(\d{4})$/;

/** The season names the pattern above reads: only these are looked up, never another word. */
type SeasonName = 'spring' | 'summer' | 'autumn' | 'fall' | 'winter';

/** The first month of each meteorological season. */
const SEASON_MONTHS: Readonly<Record<SeasonName, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
/** Astronomical seasons with fixed dates: [start month, start day, end month, end day]. */
const ASTRONOMICAL: Readonly<Record<SeasonName, readonly [number, number, number, number]>> = {
  spring: [3, 20, 6, 20],
  summer: [6, 21, 9, 22],
  autumn: [9, 23, 12, 20],
  fall: [9, 23, 12, 20],
  winter: [12, 21, 3, 19],
};

/**
 * The longest target date read, in characters, not counting white space around it. A target date
 * is a few dozen characters; longer text is unknown, kept as written, and never normalised, whose
 * cost grows faster than its length on runs of combining marks.
 */
const MAX_LENGTH = 200;

function normalise(raw: string): string {
  const text = raw
    .trim()
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // A final full stop, comma or semicolon does not matter (trimmed without a backtracking pattern).
  let end = text.length;
  while (end > 0 && '.;,'.includes(text[end - 1] as string)) end -= 1;
  return text.slice(0, end);
}

/** The year after `first`, given as four digits or as the last two: "2026-27", "2026/2027". */
function isNextYear(first: number, second: string): boolean {
  const next = first + 1;
  return second.length === 2 ? Number(second) === next % 100 : Number(second) === next;
}

function period(raw: string, unit: PeriodUnit, start: IsoDate | undefined, end: IsoDate | undefined): TargetDate {
  return start === undefined || end === undefined
    ? { type: 'unknown', raw }
    : { type: 'period', raw, unit, start, end };
}

/**
 * The first year a target is read in. Plans are written in four-digit years, and a target before
 * the year 1000 ("March 0026") is a slip of the keyboard, not a date: it is unknown. The model
 * itself holds any year from 0000 (see `isoDateOf`).
 */
const FIRST_YEAR = 1000;

/** A calendar date in the years a target is read in, or `undefined`. */
function dateOf(year: number, month: number, day: number): IsoDate | undefined {
  return year < FIRST_YEAR ? undefined : isoDateOf(year, month, day);
}

/**
 * A period from its first day to the last day `endOf` gives for it; unknown when it starts before
 * the year 1000 or ends after 9999.
 */
function periodFrom(
  raw: string,
  unit: PeriodUnit,
  start: IsoDate | undefined,
  endOf: (start: IsoDate) => IsoDate | undefined,
): TargetDate {
  return period(raw, unit, start, start === undefined ? undefined : endOf(start));
}

function quarter(raw: string, q: number, year: number, financial: boolean): TargetDate {
  // UK financial year Y runs from April Y to March Y+1: its Q1 is April to June, a calendar
  // quarter too, so both kinds end where the calendar quarter of their first day ends.
  const start = financial ? dateOf(q === 4 ? year + 1 : year, (q % 4) * 3 + 1, 1) : dateOf(year, (q - 1) * 3 + 1, 1);
  return periodFrom(raw, 'quarter', start, quarterEnd);
}

function season(raw: string, name: SeasonName, year: number, astronomical: boolean): TargetDate {
  if (astronomical) {
    const [m1, d1, m2, d2] = ASTRONOMICAL[name];
    return period(raw, 'season', dateOf(year, m1, d1), dateOf(m2 < m1 ? year + 1 : year, m2, d2));
  }
  return periodFrom(raw, 'season', dateOf(year, SEASON_MONTHS[name], 1), seasonEnd);
}

function readDate(raw: string, text: string, options: Required<TargetDateOptions>): TargetDate {
  let m: RegExpExecArray | null;
  const unknown: TargetDate = { type: 'unknown', raw };
  const day = (year: number, month: number, d: number): TargetDate => {
    const date = dateOf(year, month, d);
    return date === undefined ? unknown : { type: 'day', raw, date };
  };
  // A word in a month's place must be a month: "Spring 2027" and "Quarter 4 2026" read on.
  const monthOf = (word: string | undefined): number | undefined => (word === undefined ? undefined : MONTHS[word]);
  let month: number | undefined;

  if ((m = ISO_DAY.exec(text))) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = NUMERIC_DAY.exec(text))) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), m[4] as string];
    const year = y.length === 2 ? (Number(y) < options.twoDigitYearPivot ? 2000 : 1900) + Number(y) : Number(y);
    return options.dayFirst ? day(year, b, a) : day(year, a, b);
  }
  if ((m = DAY_MONTH_YEAR.exec(text)) && (month = monthOf(m[2])) !== undefined) {
    return day(Number(m[3]), month, Number(m[1]));
  }
  if ((m = MONTH_DAY_YEAR.exec(text)) && (month = monthOf(m[1])) !== undefined) {
    return day(Number(m[3]), month, Number(m[2]));
  }
  if ((m = MONTH_YEAR.exec(text)) && (month = monthOf(m[1])) !== undefined) {
    if (Number(m[2]) < FIRST_YEAR) return unknown;
    return { type: 'month', raw, month: `${m[2]}-${String(month).padStart(2, '0')}` as YearMonth };
  }
  if ((m = QUARTER.exec(text))) {
    const year = Number(m[2]);
    if (m[3] !== undefined) return isNextYear(year, m[3]) ? quarter(raw, Number(m[1]), year, true) : unknown;
    return quarter(raw, Number(m[1]), year, options.quarters === 'financial');
  }
  if ((m = YEAR_QUARTER.exec(text))) return quarter(raw, Number(m[2]), Number(m[1]), options.quarters === 'financial');
  if ((m = FINANCIAL_YEAR.exec(text))) {
    const year = Number(m[1]);
    if (!isNextYear(year, m[2] as string)) return unknown;
    return periodFrom(raw, 'financial-year', dateOf(year, 4, 1), financialYearEnd);
  }
  if ((m = SEASON.exec(text))) {
    const name = m[1] as SeasonName;
    const year = Number(m[2]);
    // "Winter 2027" could be either side of New Year: only "Winter 2026/27" is certain.
    if (name === 'winter' ? m[3] === undefined || !isNextYear(year, m[3]) : m[3] !== undefined) return unknown;
    return season(raw, name, year, options.seasons === 'astronomical');
  }
  if ((m = YEAR.exec(text))) {
    const year = Number(m[1]);
    return periodFrom(raw, 'year', dateOf(year, 1, 1), yearEnd);
  }
  return unknown;
}

/**
 * Reads a target date written as free text, as plans write them.
 * @category Dates
 *
 * @remarks
 * Lenient and total: it never throws on any text, always keeps the text as `raw`, and never
 * guesses — text it cannot read with certainty is `unknown`. Case, surrounding spaces and a final
 * full stop do not matter; "By" and "End of" in front of a date change nothing ("By June 2027" is
 * June 2027). It reads:
 *
 * - days: "31 March 2026", "12th February 2020", "March 31, 2026", "2026-03-31", and numeric
 *   dates, day first by default ("31/5/1998", "31/01/2027", "31.1.27"); an ordinal's suffix may
 *   stand apart, as text copied from a PDF gives a superscript ("26 th August 2020");
 * - months: "March 2026", "Sept 2026", "february 2028";
 * - quarters: "Q3 2026" (calendar by default), "Q3 2026/27" (UK financial year);
 * - financial years: "2026-27", "2026/27", "FY 2026/2027" (1 April 2026 to 31 March 2027);
 * - seasons: "Spring 2027", "Autumn 2026", "Winter 2026/27" (a winter needs both years);
 * - years: "2027";
 * - statuses: "Completed", "Ongoing", "Commenced and ongoing", "TBC", "To be confirmed",
 *   "After decision".
 *
 * Impossible dates ("31 February 2026") are unknown, and so are an empty text, a year before 1000
 * and a text of more than 200 characters (not counting white space around it): a target date is a
 * few dozen characters.
 *
 * @param raw - The target date as written.
 * @param options - The conventions to read it with; see {@link TargetDateOptions}.
 * @returns The target date, always with `raw` as given.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad argument, never
 * because of the text: a `TypeError` when `raw` is not a string or an option has the wrong type,
 * a `RangeError` when an option has a value outside those documented (such as
 * `quarters: 'fiscal'`).
 *
 * @example
 * ```ts
 * import { parseTargetDate } from 'action-plan-kit';
 * parseTargetDate('March 2026') //=> { type: 'month', raw: 'March 2026', month: '2026-03' }
 * parseTargetDate('31/5/1998') //=> { type: 'day', raw: '31/5/1998', date: '1998-05-31' }
 * parseTargetDate('Q3 2026/27') //=> { type: 'period', raw: 'Q3 2026/27', unit: 'quarter', start: '2026-10-01', end: '2026-12-31' }
 * parseTargetDate('Commenced and ongoing') //=> { type: 'status', raw: 'Commenced and ongoing', status: 'ongoing' }
 * parseTargetDate('31 February 2026') //=> { type: 'unknown', raw: '31 February 2026' }
 * parseTargetDate('Q3 2026', { quarters: 'financial' }) //=> { type: 'period', raw: 'Q3 2026', unit: 'quarter', start: '2026-10-01', end: '2026-12-31' }
 * ```
 */
export function parseTargetDate(raw: string, options?: TargetDateOptions): TargetDate {
  if (typeof raw !== 'string') {
    throw optionTypeError('parseTargetDate', 'raw', 'a string', raw);
  }
  const resolved = resolveTargetDateOptions(options, 'parseTargetDate');
  if (raw.length > MAX_LENGTH && raw.trim().length > MAX_LENGTH) return { type: 'unknown', raw };
  const text = normalise(raw);
  if (text === '') return { type: 'unknown', raw };
  for (const [pattern, status] of STATUSES) {
    if (pattern.test(text)) return { type: 'status', raw, status };
  }
  return readDate(raw, text.replace(DEADLINE_WORDS, ''), resolved);
}
