import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, daysInMonth, isIsoDate, calendarDate } from '../../src/_lib/calendar.js';
import type { IsoDate } from '../../src/index.js';

/** 1 January of the year 0000, which `Date.UTC` cannot name (it reads years 0 to 99 as 1900 to 1999). */
const YEAR_0 = new Date(0).setUTCFullYear(0, 0, 1);

const day = fc
  .integer({ min: YEAR_0, max: Date.UTC(9999, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10) as IsoDate);

describe('calendar arithmetic', () => {
  it('agrees with the UTC calendar of the JavaScript engine on the days between any two dates', () => {
    // The engine's UTC arithmetic is zone-free, so it is a fair reference in every zone of the matrix.
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(daysBetween(a, b)).toBe((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows leap years and month lengths', () => {
    expect([
      daysInMonth(2024, 2),
      daysInMonth(2025, 2),
      daysInMonth(1900, 2),
      daysInMonth(2000, 2),
      daysInMonth(2026, 4),
      daysInMonth(2026, 12),
    ]).toEqual([29, 28, 28, 29, 30, 31]);
    expect(calendarDate(2026, 2, 29)).toBeUndefined();
    expect(calendarDate(999, 1, 1)).toBe('0999-01-01');
    expect(calendarDate(0, 2, 29)).toBe('0000-02-29');
    expect(calendarDate(-1, 1, 1)).toBeUndefined();
    expect(calendarDate(10_000, 1, 1)).toBeUndefined();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-01')).toBe(false);
    expect(isIsoDate(20260201)).toBe(false);
  });

  it('takes a text for a date exactly when the date written back is the same text', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
    const shaped = fc
      .tuple(digits(4), digits(2), digits(2))
      .map(([y, m, d]) => `${y.join('')}-${m.join('')}-${d.join('')}`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 12 })), (text) => {
        const written = calendarDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
        expect(isIsoDate(text)).toBe(/^\d{4}-\d{2}-\d{2}$/.test(text) && written === text);
      }),
      { numRuns: 5000 },
    );
    expect(isIsoDate('0999-12-31')).toBe(true);
    expect(isIsoDate('0000-01-01')).toBe(true);
    expect(isIsoDate('1000-01-01')).toBe(true);
    expect(isIsoDate('2026-11-26\n')).toBe(false);
  });

  it('counts across the day Samoa skipped and the days clocks change', () => {
    // 30 December 2011 did not exist in Pacific/Apia; calendar dates are not instants, so it counts.
    expect(daysBetween('2011-12-29' as IsoDate, '2011-12-31' as IsoDate)).toBe(2);
    expect(daysBetween('2026-03-28' as IsoDate, '2026-03-30' as IsoDate)).toBe(2);
    expect(daysBetween('2026-10-24' as IsoDate, '2026-10-26' as IsoDate)).toBe(2);
  });
});
