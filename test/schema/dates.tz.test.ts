import { describe, expect, it } from 'vitest';
import { IsoDateSchema, YearMonthSchema } from '../../src/index.js';

describe('the time-zone matrix', () => {
  it('runs this file under the zone it names', () => {
    // Guards the matrix itself: without it, every zone would silently be the host's.
    const zone = process.env.TZ;
    expect(zone).toBeDefined();
    // Compared as the engine names it: its time-zone data may spell a zone the older way
    // (Asia/Kathmandu as Asia/Katmandu).
    const named = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(named);
  });
});

describe('IsoDateSchema', () => {
  it.each(['2026-02-09', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31'])(
    'accepts the real calendar date %s',
    (value) => {
      expect(IsoDateSchema.safeParse(value).success).toBe(true);
    },
  );

  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-05',
    '26-01-05',
    ' 2026-01-05',
    '2026-01-05 ',
    '2026-01-05T00:00:00Z',
    '05/01/2026',
    '',
  ])('rejects %j', (value) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(false);
  });

  it('rejects values that are not strings, including Date objects', () => {
    for (const value of [new Date(Date.UTC(2026, 1, 9)), 20260209, null, undefined]) {
      expect(IsoDateSchema.safeParse(value).success).toBe(false);
    }
  });
});

describe('YearMonthSchema', () => {
  it.each(['2026-01', '2026-12', '1998-05'])('accepts the month %s', (value) => {
    expect(YearMonthSchema.safeParse(value).success).toBe(true);
  });

  it.each(['2026-13', '2026-00', '2026-1', '2026-03-01', 'March 2026', '202603', ''])('rejects %j', (value) => {
    expect(YearMonthSchema.safeParse(value).success).toBe(false);
  });
});
