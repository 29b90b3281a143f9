import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deadlineOf,
  findOverdue,
  fromJson,
  IsoDateSchema,
  isoDate,
  parseActionPlan,
  TargetDateSchema,
  YearMonthSchema,
  type ActionPlan,
  type TargetDate,
} from '../../src/index.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const jsonSchema = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(
    JSON.parse(readFileSync(new URL('../../src/schema/action-plan.schema.json', import.meta.url), 'utf8')),
  );
})();

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A year 0000 to 9999, weighted towards the edges: the years before 1000, leap centuries, 9999. */
const year = fc.oneof(
  fc.integer({ min: 0, max: 9999 }),
  fc.integer({ min: 0, max: 1100 }),
  fc.constantFrom(0, 4, 100, 400, 999, 1000, 1900, 2000, 9999),
);
/** A month written `YYYY-MM`, from month 00 to 13. */
const month = fc.tuple(year, fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`);
/** A day written `YYYY-MM-DD`, possible or not. */
const day = fc
  .tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

/** A plan with one action of this target. */
function planWith(target: unknown): ActionPlan {
  return {
    format: 'action-plan/1',
    title: 'Plan',
    recommendations: [
      {
        ref: '1',
        text: 'Improve.',
        agreement: { category: 'agreed' },
        response: [],
        actions: [{ owner: 'Chief Probation Officer', target: target as TargetDate }],
      },
    ],
  };
}

/**
 * Whether every validator of the format accepts a plan: they must all give one answer, but for the
 * order of a period's start and end, which the JSON Schema cannot state (see getting-started.md).
 */
function accepted(plan: ActionPlan, periodInOrder = true): boolean {
  const zod = parseActionPlan(plan).ok;
  expect(fromJson(JSON.stringify(plan)).ok, 'fromJson').toBe(zod);
  if (periodInOrder) expect(jsonSchema(plan), 'the JSON Schema').toBe(zod);
  return zod;
}

const lastDay = (y: number, m: number) => new Date(new Date(0).setUTCFullYear(y, m, 0)).toISOString().slice(0, 10);

describe('years 0000 to 9999', () => {
  it('are dates of the format for the schemas, isoDate, asOf and deadlineOf alike', () => {
    fc.assert(
      fc.property(day, (text) => {
        const target = { type: 'day', raw: text, date: text };
        const ok = accepted(planWith(target));
        expect(IsoDateSchema.safeParse(text).success).toBe(ok);
        expect(TargetDateSchema.safeParse(target).success).toBe(ok);
        if (ok) expect(isoDate(text)).toBe(text);
        else expect(() => isoDate(text)).toThrow(RangeError);
        const plan = planWith({ type: 'unknown', raw: '' });
        if (ok) expect(findOverdue(plan, { asOf: text })).toEqual([]);
        else expect(() => findOverdue(plan, { asOf: text })).toThrow(RangeError);
        if (ok) expect(deadlineOf(target as TargetDate)).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('give every month the schemas accept its last day as its deadline, and refuse the others', () => {
    fc.assert(
      fc.property(month, (text) => {
        const target = { type: 'month', raw: text, month: text };
        const ok = accepted(planWith(target));
        expect(YearMonthSchema.safeParse(text).success).toBe(ok);
        expect(TargetDateSchema.safeParse(target).success).toBe(ok);
        if (!ok) return;
        const deadline = deadlineOf(target as TargetDate);
        expect(deadline).toBe(lastDay(Number(text.slice(0, 4)), Number(text.slice(5, 7))));
        expect(IsoDateSchema.safeParse(deadline).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('give every period the schemas accept its end as its deadline', () => {
    fc.assert(
      fc.property(day, day, (start, end) => {
        const target = { type: 'period', raw: 'x', unit: 'year', start, end };
        const ok = accepted(planWith(target), start <= end);
        expect(TargetDateSchema.safeParse(target).success).toBe(ok);
        expect(ok).toBe(start <= end && IsoDateSchema.safeParse(start).success && IsoDateSchema.safeParse(end).success);
        if (ok) expect(deadlineOf(target as TargetDate)).toBe(end);
      }),
      { numRuns: 2000 },
    );
  });

  it('read the month 0999-03 and the day 0999-03-31 alike', () => {
    const month = { type: 'month', raw: 'March 0999', month: '0999-03' } as TargetDate;
    const day = { type: 'day', raw: '31 March 0999', date: '0999-03-31' } as TargetDate;
    expect([accepted(planWith(month)), accepted(planWith(day))]).toEqual([true, true]);
    expect([deadlineOf(month), deadlineOf(day)]).toEqual(['0999-03-31', '0999-03-31']);
    expect(deadlineOf({ type: 'month', raw: '', month: '0000-02' } as TargetDate)).toBe('0000-02-29');
    expect(findOverdue(planWith(month), { asOf: '0999-04-01' })).toMatchObject([{ daysOverdue: 1 }]);
  });
});
