import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, isoDate } from '../../src/index.js';

const at = (iso: string): Date => new Date(iso);

describe('calendarDate', () => {
  it.each([
    // British Summer Time: UTC+1, so the day starts at 23:00 UTC.
    ['2026-07-14T22:59:59.999Z', '2026-07-14'],
    ['2026-07-14T23:00:00Z', '2026-07-15'],
    ['2026-07-14T23:30:00Z', '2026-07-15'],
    // Greenwich Mean Time: London keeps UTC.
    ['2026-01-14T23:30:00Z', '2026-01-14'],
    ['2026-01-14T23:59:59.999Z', '2026-01-14'],
    ['2026-01-15T00:00:00Z', '2026-01-15'],
    // The nights the clocks change (29 March and 25 October 2026).
    ['2026-03-28T23:30:00Z', '2026-03-28'],
    ['2026-03-29T23:30:00Z', '2026-03-30'],
    ['2026-10-24T23:30:00Z', '2026-10-25'],
    ['2026-10-25T23:30:00Z', '2026-10-25'],
    // New Year's Eve in winter, and a leap day in summer time.
    ['2026-12-31T23:59:00Z', '2026-12-31'],
    ['2028-02-28T23:30:00Z', '2028-02-28'],
  ])('gives %s the date %s in Europe/London', (instant, expected) => {
    expect(calendarDate(at(instant), 'Europe/London')).toBe(expected);
    expect(calendarDate(Date.parse(instant), 'Europe/London')).toBe(expected);
  });

  it('gives the date in a zone east of UTC+12: Pacific/Kiritimati is UTC+14', () => {
    expect(calendarDate(at('2026-07-14T09:59:59Z'), 'Pacific/Kiritimati')).toBe('2026-07-14');
    expect(calendarDate(at('2026-07-14T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-07-15');
    expect(calendarDate(at('2026-12-31T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2027-01-01');
    // Kiritimati went from UTC-10 to UTC+14 and skipped 31 December 1994.
    expect(calendarDate(at('1994-12-31T09:59:59Z'), 'Pacific/Kiritimati')).toBe('1994-12-30');
    expect(calendarDate(at('1994-12-31T10:00:00Z'), 'Pacific/Kiritimati')).toBe('1995-01-01');
  });

  it('never gives the day Pacific/Apia skipped, 30 December 2011', () => {
    // Apia went from UTC-10 to UTC+14 at the end of 29 December 2011 (local time).
    expect(calendarDate(at('2011-12-30T09:59:59Z'), 'Pacific/Apia')).toBe('2011-12-29');
    expect(calendarDate(at('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toBe('2011-12-31');
    const dates = new Set<string>();
    for (let hour = 0; hour < 96; hour += 1) {
      dates.add(calendarDate(Date.UTC(2011, 11, 28, hour), 'Pacific/Apia'));
    }
    expect([...dates]).toEqual(['2011-12-27', '2011-12-28', '2011-12-29', '2011-12-31', '2012-01-01']);
  });

  it('gives the date in a zone west of UTC, and in UTC itself', () => {
    expect(calendarDate(at('2026-07-15T03:30:00Z'), 'America/Los_Angeles')).toBe('2026-07-14');
    expect(calendarDate(at('2026-07-15T03:30:00Z'), 'UTC')).toBe('2026-07-15');
    expect(calendarDate(at('2026-07-14T23:30:00Z'), 'utc')).toBe('2026-07-14');
    expect(calendarDate(at('2026-07-14T23:30:00Z'), 'europe/london')).toBe('2026-07-15');
    // Names of the IANA database that are not of the form Area/Location.
    expect(calendarDate(at('2026-07-14T23:30:00Z'), 'GB')).toBe('2026-07-15');
    expect(calendarDate(at('2026-07-15T03:30:00Z'), 'EST')).toBe('2026-07-14');
  });

  it('gives the date of any instant in UTC as the engine writes it, whatever the host zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (time) => {
        expect(calendarDate(time, 'UTC')).toBe(new Date(time).toISOString().slice(0, 10));
      }),
    );
  });

  it('gives a date that is a real calendar date, within a day of the date in UTC', () => {
    const zones = ['Europe/London', 'Pacific/Kiritimati', 'Pacific/Apia', 'America/Sao_Paulo', 'Asia/Kathmandu'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (time, zone) => {
          const date = calendarDate(time, zone);
          expect(isoDate(date)).toBe(date);
          const utc = Date.parse(`${new Date(time).toISOString().slice(0, 10)}T00:00:00Z`);
          const days = (Date.parse(`${date}T00:00:00Z`) - utc) / 86_400_000;
          expect([-1, 0, 1]).toContain(days);
        },
      ),
    );
  });

  it('writes the years 0000 to 9999 with four digits', () => {
    expect(calendarDate(Date.UTC(999, 0, 1, 12), 'UTC')).toBe('0999-01-01');
    expect(calendarDate(at('9999-12-31T12:00:00Z'), 'UTC')).toBe('9999-12-31');
  });

  describe('refuses misuse', () => {
    it('throws a RangeError for an invalid date or a number that is not finite', () => {
      expect(() => calendarDate(new Date('not a date'), 'Europe/London')).toThrow(
        new RangeError('calendarDate: instant must be a valid date or a finite number, got an invalid Date'),
      );
      expect(() => calendarDate(Number.NaN, 'Europe/London')).toThrow(RangeError);
      expect(() => calendarDate(Number.POSITIVE_INFINITY, 'Europe/London')).toThrow(RangeError);
    });

    it('throws a RangeError for an instant outside the years a calendar date holds', () => {
      expect(() => calendarDate(at('+010000-01-01T00:00:00Z'), 'UTC')).toThrow(
        new RangeError(
          'calendarDate: instant must fall in the years 0000 to 9999 in UTC, got +010000-01-01T00:00:00.000Z',
        ),
      );
      expect(() => calendarDate(at('9999-12-31T23:30:00Z'), 'Pacific/Kiritimati')).toThrow(RangeError);
      expect(() => calendarDate(Date.UTC(-1, 11, 31), 'UTC')).toThrow(RangeError);
    });

    it.each([
      'Europe/Londres',
      'Mars/Olympus',
      'Mars/Olympus+05',
      '',
      ' Europe/London',
      '+01:00',
      '-0500',
      'Z',
      'BST',
      'bst',
      'IST',
      'PST',
    ])('throws a RangeError naming the zone for %j, never a wrong date', (zone) => {
      expect(() => calendarDate(at('2026-07-14T23:30:00Z'), zone)).toThrow(
        new RangeError(
          `calendarDate: timeZone must be an IANA time zone name such as "Europe/London", got ${JSON.stringify(zone)}`,
        ),
      );
    });

    it('throws a TypeError for arguments of the wrong type', () => {
      const call = calendarDate as (instant: unknown, timeZone: unknown) => string;
      expect(() => call('2026-07-14T23:30:00Z', 'Europe/London')).toThrow(
        new TypeError('calendarDate: instant must be a Date or a number of milliseconds, got "2026-07-14T23:30:00Z"'),
      );
      expect(() => call(undefined, 'Europe/London')).toThrow(TypeError);
      expect(() => call(new Date(), undefined)).toThrow(
        new TypeError('calendarDate: timeZone must be an IANA time zone name such as "Europe/London", got undefined'),
      );
      expect(() => call(new Date(), 0)).toThrow(TypeError);
    });
  });
});
