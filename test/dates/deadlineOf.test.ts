import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineOf, parseTargetDate } from '../../src/index.js';
import { targetDate } from '../support/arbitraries.js';

describe('deadlineOf', () => {
  it.each([
    ['31/5/1998', '1998-05-31'],
    ['March 2026', '2026-03-31'],
    ['February 2028', '2028-02-29'],
    ['February 2026', '2026-02-28'],
    ['April 2026', '2026-04-30'],
    ['Q3 2026', '2026-09-30'],
    ['Q4 2026/27', '2027-03-31'],
    ['2026-27', '2027-03-31'],
    ['Spring 2027', '2027-05-31'],
    ['Winter 2027/28', '2028-02-29'],
    ['2027', '2027-12-31'],
  ])('gives %j the deadline %s', (raw, expected) => {
    expect(deadlineOf(parseTargetDate(raw))).toBe(expected);
  });

  it.each([['Completed'], ['Commenced and ongoing'], ['TBC'], ['After decision'], [''], ['soon']])(
    'gives %j no deadline',
    (raw) => {
      expect(deadlineOf(parseTargetDate(raw))).toBeUndefined();
    },
  );

  it('never puts a deadline before the start of its period or month', () => {
    fc.assert(
      fc.property(targetDate, (target) => {
        const deadline = deadlineOf(target);
        if (target.type === 'period') expect(deadline! >= target.start).toBe(true);
        if (target.type === 'month') expect(deadline!.startsWith(target.month)).toBe(true);
        if (target.type === 'day') expect(deadline).toBe(target.date);
        if (target.type === 'status' || target.type === 'unknown') expect(deadline).toBeUndefined();
      }),
    );
  });
});
