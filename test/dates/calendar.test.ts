import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/_lib/isIsoDate.js';
import {
  financialYearEnd,
  isoDateOf,
  lastDayOfMonth,
  monthEnd,
  quarterEnd,
  seasonEnd,
  yearEnd,
} from '../../src/dates/_internal/calendar.js';
import { addDays } from '../../src/dates/addDays.js';
import { dayNumber } from '../../src/dates/dayNumber.js';
import { deadlineOf, parseTargetDate, type IsoDate } from '../../src/index.js';

// These tests run under every zone of the time-zone matrix (test/vitest.config.ts). The reference
// is the engine's UTC calendar (`Date.UTC` and the `getUTC*` getters), which no host zone can
// shift; the library's calendar (date-fns on dates that read and write in UTC) must agree with it
// on every day, in every zone, including those where a whole day never existed.

const DAY = 86_400_000;
/** A calendar date of the engine's UTC calendar, from a time in milliseconds. */
const iso = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10) as IsoDate;
/** The last day of month `month` (1 to 12, or 13 for January of the next year) of `year`, by `Date.UTC`. */
const endOfMonth = (year: number, month: number): IsoDate => iso(Date.UTC(year, month, 0));
const pad = (n: number): string => String(n).padStart(2, '0');

/** Every day from 1990-01-01 to 2040-12-31, with its year, month, day and time. */
const EVERY_DAY = Array.from({ length: (Date.UTC(2041, 0, 1) - Date.UTC(1990, 0, 1)) / DAY }, (_, n) => {
  const ms = Date.UTC(1990, 0, 1) + n * DAY;
  const at = new Date(ms);
  return { ms, date: iso(ms), year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
});

/** The reference, by `Date.UTC`: the end of each period a day falls in. */
const reference = {
  month: (year: number, month: number) => endOfMonth(year, month),
  quarter: (year: number, month: number) => endOfMonth(year, Math.ceil(month / 3) * 3),
  year: (year: number) => endOfMonth(year, 12),
  // The UK financial year runs from 1 April to 31 March.
  financialYear: (year: number, month: number) => endOfMonth(month >= 4 ? year + 1 : year, 3),
  // Meteorological seasons: December to February, March to May, June to August, September to November.
  season: (year: number, month: number) =>
    month === 12 ? endOfMonth(year + 1, 2) : endOfMonth(year, month < 3 ? 2 : Math.floor(month / 3) * 3 + 2),
};

/** The operations that disagree with the reference on a day, as `operation date: got, expected`. */
function disagreements(
  check: (day: (typeof EVERY_DAY)[number]) => readonly (readonly [string, unknown, unknown])[],
): string[] {
  const found: string[] = [];
  for (const day of EVERY_DAY) {
    for (const [operation, got, expected] of check(day)) {
      if (got !== expected) found.push(`${operation} ${day.date}: ${String(got)}, expected ${String(expected)}`);
    }
  }
  return found;
}

describe('the calendar, on every day from 1990 to 2040, in this host zone', () => {
  it('runs in the zone of the matrix', () => {
    // The matrix sets TZ; outside it (a plain `vitest run`) the host's own zone is used.
    const zone = process.env.TZ;
    // The engine's time-zone data may spell a zone the older way (Asia/Kathmandu as Asia/Katmandu).
    const named = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    if (zone !== undefined) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(named);
    expect(EVERY_DAY).toHaveLength(18_628);
    expect(EVERY_DAY.at(-1)?.date).toBe('2040-12-31');
  });

  it('ends months, quarters, years, financial years and seasons where the UTC calendar does', () => {
    expect(
      disagreements(({ date, year, month }) => [
        ['month end', monthEnd(date.slice(0, 7)), reference.month(year, month)],
        ['last day of month', lastDayOfMonth(year, month), reference.month(year, month)],
        ['quarter end', quarterEnd(date), reference.quarter(year, month)],
        ['year end', yearEnd(date), reference.year(year)],
        ['financial year end', financialYearEnd(date), reference.financialYear(year, month)],
        ['season end', seasonEnd(date), reference.season(year, month)],
      ]),
    ).toEqual([]);
  });

  it('counts the days between dates as the UTC calendar does', () => {
    const epoch = Date.UTC(1970, 0, 1);
    expect(
      disagreements(({ ms, date }) => [
        ['day number', dayNumber(date), (ms - epoch) / DAY],
        [
          'days to 2026-11-26',
          dayNumber('2026-11-26' as IsoDate) - dayNumber(date),
          (Date.UTC(2026, 10, 26) - ms) / DAY,
        ],
        ['days to the next day', dayNumber(iso(ms + DAY)) - dayNumber(date), 1],
      ]),
    ).toEqual([]);
  });

  it('adds days as the UTC calendar does', () => {
    expect(
      disagreements(({ ms, date }) =>
        [0, 1, -1, 30, -30, 365, 10_000].map((days) => [`add ${days} days`, addDays(date, days), iso(ms + days * DAY)]),
      ),
    ).toEqual([]);
  });

  it('knows which days exist as the UTC calendar does', () => {
    expect(
      disagreements(({ ms, date, year, month, day }) => {
        // The days after the last of a month, up to the 31st, and day 0, do not exist.
        const last = Number(endOfMonth(year, month).slice(8));
        const next = iso(ms + DAY);
        const beyond = day === last ? [29, 30, 31, 32].filter((d) => d > last) : [];
        return [
          ['day exists', isoDateOf(year, month, day), date],
          ['text is a date', isIsoDate(date), true],
          [
            'next day in the month',
            isoDateOf(year, month, day + 1),
            next.slice(0, 7) === date.slice(0, 7) ? next : undefined,
          ],
          ['day 0', isoDateOf(year, month, 0), undefined],
          ...beyond.flatMap((d) => [
            [`day ${d}`, isoDateOf(year, month, d), undefined] as const,
            [`text of day ${d}`, isIsoDate(`${date.slice(0, 8)}${pad(d)}`), false] as const,
          ]),
        ];
      }),
    ).toEqual([]);
  });

  it('gives the deadlines of target dates as the UTC calendar does, for every month, quarter, season and year', () => {
    const found: string[] = [];
    const expectDeadline = (text: string, expected: IsoDate, options?: Parameters<typeof parseTargetDate>[1]) => {
      const got = deadlineOf(parseTargetDate(text, options));
      if (got !== expected) found.push(`${text}: ${String(got)}, expected ${expected}`);
    };
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    for (let year = 1990; year <= 2040; year += 1) {
      const next = pad((year + 1) % 100);
      months.forEach((name, index) => expectDeadline(`${name} ${year}`, reference.month(year, index + 1)));
      for (const q of [1, 2, 3, 4]) {
        expectDeadline(`Q${q} ${year}`, reference.quarter(year, q * 3));
        // Financial quarters: Q1 is April to June, Q4 January to March of the next year.
        expectDeadline(
          `Q${q} ${year}/${next}`,
          q === 4 ? reference.quarter(year + 1, 3) : reference.quarter(year, q * 3 + 3),
        );
      }
      expectDeadline(`${year}-${next}`, reference.financialYear(year, 4));
      expectDeadline(`Spring ${year}`, reference.season(year, 3));
      expectDeadline(`Summer ${year}`, reference.season(year, 6));
      expectDeadline(`Autumn ${year}`, reference.season(year, 9));
      expectDeadline(`Winter ${year}/${next}`, reference.season(year, 12));
      expectDeadline(`${year}`, reference.year(year));
    }
    expect(found).toEqual([]);
  });
});

const YEAR_0 = new Date(0).setUTCFullYear(0, 0, 1);

/** Any day of the years the format holds, 0000 to 9999. */
const anyDay = fc
  .integer({ min: YEAR_0, max: Date.UTC(9999, 11, 31) })
  .map((ms) => Math.floor(ms / DAY) * DAY)
  .map((ms) => ({ ms, date: iso(ms) }));

describe('the calendar, in every year the format holds', () => {
  it('counts the days between any two dates as the UTC calendar does', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(dayNumber(b.date) - dayNumber(a.date)).toBe((b.ms - a.ms) / DAY);
      }),
      { numRuns: 2000 },
    );
  });

  it('adds days as the UTC calendar does, and keeps the result within 0000 to 9999', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -4_000_000, max: 4_000_000 }), (a, days) => {
        const ms = a.ms + days * DAY;
        const expected = ms < YEAR_0 ? '0000-01-01' : ms > Date.UTC(9999, 11, 31) ? '9999-12-31' : iso(ms);
        expect(addDays(a.date, days)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(addDays('2026-11-26' as IsoDate, Number.MAX_SAFE_INTEGER)).toBe('9999-12-31');
    expect(addDays('2026-11-26' as IsoDate, -Number.MAX_SAFE_INTEGER)).toBe('0000-01-01');
  });

  it('knows leap years and month lengths', () => {
    expect([
      lastDayOfMonth(2024, 2),
      lastDayOfMonth(2025, 2),
      lastDayOfMonth(1900, 2),
      lastDayOfMonth(2000, 2),
      lastDayOfMonth(2026, 4),
      lastDayOfMonth(2026, 12),
      lastDayOfMonth(0, 2),
      lastDayOfMonth(99, 2),
    ]).toEqual([
      '2024-02-29',
      '2025-02-28',
      '1900-02-28',
      '2000-02-29',
      '2026-04-30',
      '2026-12-31',
      '0000-02-29',
      '0099-02-28',
    ]);
    expect(monthEnd('0999-03')).toBe('0999-03-31');
    expect(isoDateOf(2026, 2, 29)).toBeUndefined();
    expect(isoDateOf(999, 1, 1)).toBe('0999-01-01');
    expect(isoDateOf(0, 2, 29)).toBe('0000-02-29');
    expect(isoDateOf(50, 12, 31)).toBe('0050-12-31');
    expect(isoDateOf(-1, 1, 1)).toBeUndefined();
    expect(isoDateOf(10_000, 1, 1)).toBeUndefined();
    expect(isoDateOf(2026, 13, 1)).toBeUndefined();
    expect(isoDateOf(2026, 1, 1.5)).toBeUndefined();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-01')).toBe(false);
    expect(isIsoDate(20260201)).toBe(false);
  });

  it('ends a period after 9999 nowhere', () => {
    expect(quarterEnd('9999-12-01' as IsoDate)).toBe('9999-12-31');
    expect(yearEnd('9999-01-01' as IsoDate)).toBe('9999-12-31');
    expect(financialYearEnd('9999-03-31' as IsoDate)).toBe('9999-03-31');
    expect(financialYearEnd('9999-04-01' as IsoDate)).toBeUndefined();
    expect(seasonEnd('9999-11-30' as IsoDate)).toBe('9999-11-30');
    expect(seasonEnd('9999-12-01' as IsoDate)).toBeUndefined();
    expect(parseTargetDate('Winter 9999/00').type).toBe('unknown');
    expect(parseTargetDate('9999-00').type).toBe('unknown');
    expect(parseTargetDate('Q4 9999/00').type).toBe('unknown');
    expect(deadlineOf(parseTargetDate('Q3 9999/00'))).toBe('9999-12-31');
  });

  it('takes a text for a date exactly when the date written back is the same text', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
    const shaped = fc
      .tuple(digits(4), digits(2), digits(2))
      .map(([y, m, d]) => `${y.join('')}-${m.join('')}-${d.join('')}`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 12 })), (text) => {
        const written = isoDateOf(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
        expect(isIsoDate(text)).toBe(/^\d{4}-\d{2}-\d{2}$/.test(text) && written === text);
      }),
      { numRuns: 5000 },
    );
    expect(isIsoDate('0999-12-31')).toBe(true);
    expect(isIsoDate('0000-01-01')).toBe(true);
    expect(isIsoDate('1000-01-01')).toBe(true);
    expect(isIsoDate('2026-11-26\n')).toBe(false);
  });

  it('counts across the days Kiritimati and Samoa skipped and the days clocks change', () => {
    // 31 December 1994 did not exist in Pacific/Kiritimati, nor 30 December 2011 in Pacific/Apia;
    // calendar dates are not instants, so they count.
    const between = (a: string, b: string) => dayNumber(b as IsoDate) - dayNumber(a as IsoDate);
    expect(between('1994-12-30', '1995-01-01')).toBe(2);
    expect(between('2011-12-29', '2011-12-31')).toBe(2);
    expect(between('2026-03-28', '2026-03-30')).toBe(2);
    expect(between('2026-10-24', '2026-10-26')).toBe(2);
    expect(lastDayOfMonth(1994, 12)).toBe('1994-12-31');
    expect(isoDateOf(1994, 12, 31)).toBe('1994-12-31');
    expect(isoDateOf(2011, 12, 30)).toBe('2011-12-30');
    expect(addDays('1994-12-30' as IsoDate, 1)).toBe('1994-12-31');
    expect(addDays('2011-12-29' as IsoDate, 1)).toBe('2011-12-30');
  });
});
