import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTargetDate, TargetDateSchema, type TargetDate, type TargetDateOptions } from '../../src/index.js';

const day = (raw: string, date: string): TargetDate => ({ type: 'day', raw, date }) as TargetDate;
const month = (raw: string, m: string): TargetDate => ({ type: 'month', raw, month: m }) as TargetDate;
const period = (raw: string, unit: string, start: string, end: string): TargetDate =>
  ({ type: 'period', raw, unit, start, end }) as TargetDate;
const status = (raw: string, s: string): TargetDate => ({ type: 'status', raw, status: s }) as TargetDate;
const unknown = (raw: string): TargetDate => ({ type: 'unknown', raw });

describe('parseTargetDate', () => {
  it.each<[string, TargetDate]>([
    // months
    ['March 2026', month('March 2026', '2026-03')],
    ['Sept 2026', month('Sept 2026', '2026-09')],
    ['Sep 2026', month('Sep 2026', '2026-09')],
    ['Sept. 2026', month('Sept. 2026', '2026-09')],
    ['february 2028', month('february 2028', '2028-02')],
    ['DECEMBER 2026', month('DECEMBER 2026', '2026-12')],
    ['  June   2026 ', month('  June   2026 ', '2026-06')],
    ['June 2026.', month('June 2026.', '2026-06')],
    ['By June 2027', month('By June 2027', '2027-06')],
    ['End of March 2027', month('End of March 2027', '2027-03')],
    ['by the end of March 2027', month('by the end of March 2027', '2027-03')],
    ['end March 2027', month('end March 2027', '2027-03')],
    ['No later than May 2026', month('No later than May 2026', '2026-05')],
    // days
    ['31 March 2026', day('31 March 2026', '2026-03-31')],
    ['12th February 2020', day('12th February 2020', '2020-02-12')],
    ['1st of April 2026', day('1st of April 2026', '2026-04-01')],
    ['2nd Sept 2026', day('2nd Sept 2026', '2026-09-02')],
    // an ordinal's superscript suffix split off by copying from a PDF, or kept as superscript letters
    ['26 th August 2020', day('26 th August 2020', '2020-08-26')],
    ['1 st of April 2026', day('1 st of April 2026', '2026-04-01')],
    ['August 26 th, 2020', day('August 26 th, 2020', '2020-08-26')],
    ['26ᵗʰ August 2020', day('26ᵗʰ August 2020', '2020-08-26')],
    ['31-Mar-2026', day('31-Mar-2026', '2026-03-31')],
    ['March 31, 2026', day('March 31, 2026', '2026-03-31')],
    ['By 31 March 2026', day('By 31 March 2026', '2026-03-31')],
    ['29 February 2024', day('29 February 2024', '2024-02-29')],
    ['2026-03-31', day('2026-03-31', '2026-03-31')],
    ['31/5/1998', day('31/5/1998', '1998-05-31')],
    ['31/01/2027', day('31/01/2027', '2027-01-31')],
    ['22/05/2019', day('22/05/2019', '2019-05-22')],
    ['1.4.2026', day('1.4.2026', '2026-04-01')],
    ['01-04-2026', day('01-04-2026', '2026-04-01')],
    ['31/5/98', day('31/5/98', '1998-05-31')],
    ['31/5/27', day('31/5/27', '2027-05-31')],
    ['1/1/49', day('1/1/49', '2049-01-01')],
    ['1/1/50', day('1/1/50', '1950-01-01')],
    // quarters
    ['Q3 2026', period('Q3 2026', 'quarter', '2026-07-01', '2026-09-30')],
    ['q1 2027', period('q1 2027', 'quarter', '2027-01-01', '2027-03-31')],
    ['Quarter 4 2026', period('Quarter 4 2026', 'quarter', '2026-10-01', '2026-12-31')],
    ['2026 Q2', period('2026 Q2', 'quarter', '2026-04-01', '2026-06-30')],
    ['Q3 2026/27', period('Q3 2026/27', 'quarter', '2026-10-01', '2026-12-31')],
    ['Q1 2026-27', period('Q1 2026-27', 'quarter', '2026-04-01', '2026-06-30')],
    ['Q4 2026/27', period('Q4 2026/27', 'quarter', '2027-01-01', '2027-03-31')],
    ['Q2 FY2026/2027', period('Q2 FY2026/2027', 'quarter', '2026-07-01', '2026-09-30')],
    // financial years
    ['2026-27', period('2026-27', 'financial-year', '2026-04-01', '2027-03-31')],
    ['2026/27', period('2026/27', 'financial-year', '2026-04-01', '2027-03-31')],
    ['2026 – 27', period('2026 – 27', 'financial-year', '2026-04-01', '2027-03-31')],
    ['FY 2026/2027', period('FY 2026/2027', 'financial-year', '2026-04-01', '2027-03-31')],
    ['Financial year 2027-28', period('Financial year 2027-28', 'financial-year', '2027-04-01', '2028-03-31')],
    ['2099-00', period('2099-00', 'financial-year', '2099-04-01', '2100-03-31')],
    // seasons (meteorological)
    ['Spring 2027', period('Spring 2027', 'season', '2027-03-01', '2027-05-31')],
    ['Summer 2026', period('Summer 2026', 'season', '2026-06-01', '2026-08-31')],
    ['Autumn 2026', period('Autumn 2026', 'season', '2026-09-01', '2026-11-30')],
    ['Fall 2026', period('Fall 2026', 'season', '2026-09-01', '2026-11-30')],
    ['Winter 2026/27', period('Winter 2026/27', 'season', '2026-12-01', '2027-02-28')],
    ['Winter 2027-28', period('Winter 2027-28', 'season', '2027-12-01', '2028-02-29')],
    // years
    ['2027', period('2027', 'year', '2027-01-01', '2027-12-31')],
    ['End of 2027', period('End of 2027', 'year', '2027-01-01', '2027-12-31')],
    // statuses
    ['Completed', status('Completed', 'completed')],
    ['completed.', status('completed.', 'completed')],
    ['Complete', status('Complete', 'completed')],
    ['Completed (March 2026)', status('Completed (March 2026)', 'completed')],
    ['Completed in January 2026', status('Completed in January 2026', 'completed')],
    ['Ongoing', status('Ongoing', 'ongoing')],
    ['On-going', status('On-going', 'ongoing')],
    ['Commenced and ongoing', status('Commenced and ongoing', 'ongoing')],
    ['COMMENCED AND ONGOING', status('COMMENCED AND ONGOING', 'ongoing')],
    ['TBC', status('TBC', 'to-be-confirmed')],
    ['To be confirmed', status('To be confirmed', 'to-be-confirmed')],
    ['TBD', status('TBD', 'to-be-confirmed')],
    ['After decision', status('After decision', 'after-decision')],
    ['Subject to decision', status('Subject to decision', 'after-decision')],
    // unknown: empty, impossible, ambiguous, not a date
    ['', unknown('')],
    ['   ', unknown('   ')],
    ['31 February 2026', unknown('31 February 2026')],
    ['26 t August 2020', unknown('26 t August 2020')],
    ['26 thAugust 2020', unknown('26 thAugust 2020')],
    ['29 February 2025', unknown('29 February 2025')],
    ['31/04/2026', unknown('31/04/2026')],
    ['13/13/2026', unknown('13/13/2026')],
    ['5/31/2026', unknown('5/31/2026')],
    ['2026-02-30', unknown('2026-02-30')],
    ['Smarch 2026', unknown('Smarch 2026')],
    ['March', unknown('March')],
    ['March 26', unknown('March 26')],
    ['Q5 2026', unknown('Q5 2026')],
    ['Q3 2026/28', unknown('Q3 2026/28')],
    ['2026-28', unknown('2026-28')],
    ['2026-03', unknown('2026-03')],
    ['Winter 2027', unknown('Winter 2027')],
    ['Spring 2026/27', unknown('Spring 2026/27')],
    ['Completed by June 2026', unknown('Completed by June 2026')],
    ['Before June 2026', unknown('Before June 2026')],
    ['March 2026 / June 2026', unknown('March 2026 / June 2026')],
    ['0999', unknown('0999')],
    // Before the year 1000 a target is a slip of the keyboard, whatever its precision.
    ['March 0999', unknown('March 0999')],
    ['31 March 0999', unknown('31 March 0999')],
    ['0999-03-31', unknown('0999-03-31')],
    ['31/3/0999', unknown('31/3/0999')],
    ['Q1 0999', unknown('Q1 0999')],
    ['0999-00', unknown('0999-00')],
    ['Spring 0999', unknown('Spring 0999')],
    // Words that name properties of every JavaScript object name no month.
    ['constructor 2026', unknown('constructor 2026')],
    ['1 __proto__ 2026', unknown('1 __proto__ 2026')],
    ['toString 1, 2026', unknown('toString 1, 2026')],
    ['Q4 9999/00', unknown('Q4 9999/00')],
    ['In line with the review', unknown('In line with the review')],
  ])('reads %j', (raw, expected) => {
    expect(parseTargetDate(raw)).toEqual(expected);
  });

  it.each<[string, TargetDateOptions, TargetDate]>([
    ['Q3 2026', { quarters: 'financial' }, period('Q3 2026', 'quarter', '2026-10-01', '2026-12-31')],
    ['Q4 2026', { quarters: 'financial' }, period('Q4 2026', 'quarter', '2027-01-01', '2027-03-31')],
    ['2026 Q1', { quarters: 'financial' }, period('2026 Q1', 'quarter', '2026-04-01', '2026-06-30')],
    ['Q3 2026/27', { quarters: 'calendar' }, period('Q3 2026/27', 'quarter', '2026-10-01', '2026-12-31')],
    ['Spring 2027', { seasons: 'astronomical' }, period('Spring 2027', 'season', '2027-03-20', '2027-06-20')],
    ['Autumn 2026', { seasons: 'astronomical' }, period('Autumn 2026', 'season', '2026-09-23', '2026-12-20')],
    ['Winter 2026/27', { seasons: 'astronomical' }, period('Winter 2026/27', 'season', '2026-12-21', '2027-03-19')],
    ['5/31/2026', { dayFirst: false }, day('5/31/2026', '2026-05-31')],
    ['31/5/2026', { dayFirst: false }, unknown('31/5/2026')],
    ['31 May 2026', { dayFirst: false }, day('31 May 2026', '2026-05-31')],
    ['31/5/98', { twoDigitYearPivot: 100 }, day('31/5/98', '2098-05-31')],
    ['31/5/27', { twoDigitYearPivot: 0 }, day('31/5/27', '1927-05-31')],
  ])('reads %j with options %j', (raw, options, expected) => {
    expect(parseTargetDate(raw, options)).toEqual(expected);
  });

  it('throws a RangeError naming the option for a value outside those documented', () => {
    expect(() => parseTargetDate('Q3 2026', { quarters: 'fiscal' as 'calendar' })).toThrow(
      new RangeError('parseTargetDate: options.quarters must be one of "calendar", "financial", got "fiscal"'),
    );
    expect(() => parseTargetDate('Spring 2027', { seasons: 'solar' as 'meteorological' })).toThrow(RangeError);
    expect(() => parseTargetDate('1/1/26', { twoDigitYearPivot: 1.5 })).toThrow(
      new RangeError('parseTargetDate: options.twoDigitYearPivot must be a whole number from 0 to 100, got 1.5'),
    );
    expect(() => parseTargetDate('1/1/26', { twoDigitYearPivot: 101 })).toThrow(RangeError);
  });

  it('throws a TypeError naming the option for a value of the wrong type', () => {
    expect(() => parseTargetDate('1/1/2026', { dayFirst: 'yes' as unknown as boolean })).toThrow(
      new TypeError('parseTargetDate: options.dayFirst must be true or false, got "yes"'),
    );
    expect(() => parseTargetDate('1/1/26', { twoDigitYearPivot: '50' as unknown as number })).toThrow(TypeError);
    expect(() => parseTargetDate('Q3 2026', 'financial' as never)).toThrow(
      new TypeError('parseTargetDate: options must be an object, got "financial"'),
    );
  });

  it('throws a TypeError when the target date is not text', () => {
    expect(() => parseTargetDate(undefined as unknown as string)).toThrow(
      new TypeError('parseTargetDate: raw must be a string, got undefined'),
    );
  });

  it('never throws on any text, keeps it as raw, and gives a valid target date', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[QqA-Za-z0-9 /.,-]{0,20}$/)),
        (raw) => {
          const target = parseTargetDate(raw);
          expect(target.raw).toBe(raw);
          expect(TargetDateSchema.safeParse(target).success).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back every real day written the ways plans write it', () => {
    const names = [
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
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
          for (const raw of [`${dd} ${names[m - 1]} ${y}`, `${dd}/${m}/${y}`, iso, `${names[m - 1]} ${dd}, ${y}`]) {
            expect(parseTargetDate(raw)).toEqual({ type: 'day', raw, date: iso });
          }
        },
      ),
    );
  });

  it('takes bounded time on long hostile text', () => {
    // Guards against catastrophic backtracking: the patterns are anchored and linear. A megabyte of
    // near-matches must be read as unknown, not hang.
    for (const raw of [
      '1'.repeat(1_000_000),
      `q1 ${'2'.repeat(1_000_000)}`,
      `${' '.repeat(500_000)}x${' '.repeat(500_000)}`,
      'by '.repeat(300_000),
    ]) {
      expect(parseTargetDate(raw).type).toBe('unknown');
    }
  });
});
