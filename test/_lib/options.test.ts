import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/_lib/isIsoDate.js';
import {
  actionStatus,
  checkActionPlan,
  findDueSoon,
  findOverdue,
  formatIssues,
  fromCsv,
  fromPublishedText,
  isoDate,
  parseTargetDate,
  recommendationStatus,
  tallyPlans,
  tallyProgress,
  toCsv,
  toHtml,
  toSarif,
  type ActionPlan,
  type Recommendation,
} from '../../src/index.js';

// One rule for every function: an option the calling code got wrong throws at once, a TypeError
// for a value of the wrong type and a RangeError for a wrong value, with a message naming the
// function and the option; the content of a plan or a document never throws.

/** A plan with nothing in it: options are checked even when there is nothing to do. */
const empty: ActionPlan = { format: 'action-plan/1', title: 'Plan', recommendations: [] };
const recommendation: Recommendation = {
  ref: '1',
  text: 'Recommendation',
  agreement: { category: 'agreed' },
  response: [],
  actions: [],
};
const bad = <T>(value: unknown): T => value as T;

type Case = readonly [call: () => unknown, type: typeof TypeError | typeof RangeError, message: string];

const cases: Record<string, readonly Case[]> = {
  parseTargetDate: [
    [
      () => parseTargetDate('Q3 2026', { quarters: bad('fiscal') }),
      RangeError,
      'options.quarters must be one of "calendar", "financial", got "fiscal"',
    ],
    [
      () => parseTargetDate('Q3 2026', { dayFirst: bad(1) }),
      TypeError,
      'options.dayFirst must be true or false, got 1',
    ],
  ],
  actionStatus: [
    [
      () => actionStatus({ owner: 'Governor', target: parseTargetDate('') }, { asOf: 'nope' }),
      RangeError,
      'options.asOf must be a date in the form YYYY-MM-DD, got "nope"',
    ],
    [
      () => actionStatus({ owner: 'Governor', target: parseTargetDate('') }, bad(undefined)),
      TypeError,
      'options.asOf must be a date in the form YYYY-MM-DD, got undefined',
    ],
  ],
  recommendationStatus: [
    [
      () => recommendationStatus(recommendation, { asOf: '2026-11-26', dueSoonDays: -1 }),
      RangeError,
      'options.dueSoonDays must be a whole number of days, 0 or more, got -1',
    ],
    [
      () => recommendationStatus(recommendation, { asOf: bad(new Date(0)) }),
      TypeError,
      'options.asOf must be a date in the form YYYY-MM-DD, got an object',
    ],
  ],
  findOverdue: [
    [
      () => findOverdue(empty, { asOf: '2026-11-31' }),
      RangeError,
      'options.asOf must be a date in the form YYYY-MM-DD, got "2026-11-31"',
    ],
    [() => findOverdue(empty, bad('2026-11-26')), TypeError, 'options must be an object, got "2026-11-26"'],
  ],
  findDueSoon: [
    [
      () => findDueSoon(empty, { asOf: '2026-11-26', dueSoonDays: 2.5 }),
      RangeError,
      'options.dueSoonDays must be a whole number of days, 0 or more, got 2.5',
    ],
    [
      () => findDueSoon(empty, { asOf: '2026-11-26', dueSoonDays: bad('30') }),
      TypeError,
      'options.dueSoonDays must be a whole number of days, 0 or more, got "30"',
    ],
  ],
  tallyProgress: [
    [
      () => tallyProgress(empty, { asOf: 'today' }),
      RangeError,
      'options.asOf must be a date in the form YYYY-MM-DD, got "today"',
    ],
    [
      () => tallyProgress(empty, { asOf: bad(20261126) }),
      TypeError,
      'options.asOf must be a date in the form YYYY-MM-DD, got 20261126',
    ],
  ],
  tallyPlans: [
    [
      () => tallyPlans([], { asOf: '26/11/2026' }),
      RangeError,
      'options.asOf must be a date in the form YYYY-MM-DD, got "26/11/2026"',
    ],
    [() => tallyPlans([], bad(null)), TypeError, 'options must be an object, got null'],
  ],
  checkActionPlan: [
    [
      () => checkActionPlan(empty, { asOf: 'nope' }),
      RangeError,
      'options.asOf must be a date in the form YYYY-MM-DD, got "nope"',
    ],
    [
      () => checkActionPlan(empty, { rules: bad({ 'plan.no_recommendations': 'loud' }) }),
      RangeError,
      'options.rules["plan.no_recommendations"] must be one of "off", "error", "warning", "info", got "loud"',
    ],
    [
      () =>
        checkActionPlan(empty, {
          extraRules: [bad<never>({ code: 'house.rule', severity: 'warning', message: String, check: 'yes' })],
        }),
      TypeError,
      'options.extraRules[0].check must be a function, got "yes"',
    ],
  ],
  fromCsv: [
    [
      () => fromCsv('', { targetDates: { seasons: bad('solar') } }),
      RangeError,
      'options.targetDates.seasons must be one of "meteorological", "astronomical", got "solar"',
    ],
    [() => fromCsv('', bad('Plan')), TypeError, 'options must be an object, got "Plan"'],
    [() => fromCsv('', { title: bad(7) }), TypeError, 'options.title must be a string, got 7'],
  ],
  fromPublishedText: [
    [
      () => fromPublishedText('', { targetDates: { twoDigitYearPivot: 200 } }),
      RangeError,
      'options.targetDates.twoDigitYearPivot must be a whole number from 0 to 100, got 200',
    ],
    [() => fromPublishedText('', { title: bad(['Plan']) }), TypeError, 'options.title must be a string, got an array'],
    [
      () => fromPublishedText('', { targetDates: bad('financial') }),
      TypeError,
      'options.targetDates must be an object, got "financial"',
    ],
  ],
  toHtml: [
    [() => toHtml(empty, { standalone: bad('yes') }), TypeError, 'options.standalone must be true or false, got "yes"'],
    [() => toHtml(empty, bad([])), TypeError, 'options must be an object, got an array'],
  ],
  toCsv: [[() => toCsv(empty, { bom: bad('yes') }), TypeError, 'options.bom must be true or false, got "yes"']],
  formatIssues: [
    [() => formatIssues([], { locate: bad({}) }), TypeError, 'options.locate must be a function, got an object'],
  ],
  toSarif: [[() => toSarif([], bad({})), TypeError, 'options.uri must be a string, got undefined']],
};

describe('a bad option', () => {
  it.each(Object.entries(cases).flatMap(([fn, calls]) => calls.map((c) => [fn, c[1].name, c[2], c] as const)))(
    '%s throws a %s: %s',
    (fn, _, message, [call, type]) => {
      expect(call).toThrow(new type(`${fn}: ${message}`));
      try {
        call();
      } catch (error) {
        // Exactly that type: a RangeError where a TypeError is meant would still be an Error.
        expect((error as Error).constructor).toBe(type);
      }
    },
  );
});

describe('asOf in every function that takes it', () => {
  /** Every function that judges as of a date, called on data with nothing to judge. */
  const judges: readonly (readonly [string, (asOf: string) => unknown])[] = [
    ['actionStatus', (asOf) => actionStatus({ owner: 'Governor', target: parseTargetDate('') }, { asOf })],
    ['recommendationStatus', (asOf) => recommendationStatus(recommendation, { asOf })],
    ['findOverdue', (asOf) => findOverdue(empty, { asOf })],
    ['findDueSoon', (asOf) => findDueSoon(empty, { asOf })],
    ['tallyProgress', (asOf) => tallyProgress(empty, { asOf })],
    ['tallyPlans', (asOf) => tallyPlans([], { asOf })],
    ['checkActionPlan', (asOf) => checkActionPlan(empty, { asOf })],
  ];
  const dates = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc
      .tuple(fc.nat({ max: 9999 }), fc.nat({ max: 13 }), fc.nat({ max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );
  const notStrings = fc.oneof(
    fc.anything().filter((value) => typeof value !== 'string' && value !== undefined),
    fc.constantFrom(Object.create(null), Symbol('asOf'), new Date(0), 20261126n, () => '2026-11-26'),
  );

  it('is checked the same way by all of them: a RangeError naming it for a string that is not a date', () => {
    fc.assert(
      fc.property(dates, (asOf) => {
        for (const [fn, judge] of judges) {
          if (isIsoDate(asOf)) expect(() => judge(asOf)).not.toThrow();
          else {
            expect(() => judge(asOf)).toThrow(
              new RangeError(`${fn}: options.asOf must be a date in the form YYYY-MM-DD, got ${JSON.stringify(asOf)}`),
            );
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is a TypeError naming it for any value that is not a string, however it prints', () => {
    fc.assert(
      fc.property(notStrings, (asOf) => {
        for (const [fn, judge] of judges) {
          let thrown: unknown;
          try {
            judge(asOf as string);
          } catch (error) {
            thrown = error;
          }
          expect((thrown as Error).constructor).toBe(TypeError);
          expect(
            (thrown as Error).message.startsWith(`${fn}: options.asOf must be a date in the form YYYY-MM-DD, got `),
          ).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses 2026-02-30 in tallyProgress for a plan with no recommendations, as in findOverdue', () => {
    for (const judge of [tallyProgress, findOverdue]) {
      expect(() => judge(empty, { asOf: '2026-02-30' })).toThrow(RangeError);
    }
  });
});

describe('isoDate', () => {
  it('returns a real calendar date as it is', () => {
    expect(isoDate('2028-02-29')).toBe('2028-02-29');
  });

  it.each([['2026-02-30'], ['2027-02-29'], ['2026-13-01'], ['26-11-2026'], ['2026-1-1'], [''], [' 2026-11-26']])(
    'throws a RangeError for %j',
    (text) => {
      expect(() => isoDate(text)).toThrow(
        new RangeError(`${JSON.stringify(text)} is not a date in the form YYYY-MM-DD`),
      );
    },
  );

  it('throws a TypeError for a value that is not a string', () => {
    expect(() => isoDate(bad(new Date(0)))).toThrow(new TypeError('isoDate: text must be a string, got an object'));
    expect(() => isoDate(bad(20260209))).toThrow(TypeError);
  });
});

describe('bad data', () => {
  it('gives issues and never throws, even with options that are all valid', () => {
    const junk = 'ref,recommendation,category\n1,"Improve safety.\n';
    expect(fromCsv(junk, { title: 'Plan', targetDates: { quarters: 'financial' } }).ok).toBe(false);
    expect(fromPublishedText('\u0000\u0001 not a plan', { targetDates: { dayFirst: false } }).ok).toBe(false);
    expect(parseTargetDate('Thirty-second of Smarch', { seasons: 'astronomical' }).type).toBe('unknown');
    expect(checkActionPlan(empty, { asOf: '2026-11-26' }).map((issue) => issue.code)).toEqual([
      'plan.no_recommendations',
    ]);
  });
});
