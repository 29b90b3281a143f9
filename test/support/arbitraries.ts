import fc from 'fast-check';
import type {
  Action,
  Agreement,
  ActionPlan,
  Assessment,
  Block,
  IsoDate,
  ProgressUpdate,
  Recommendation,
  Tally,
  TargetDate,
  YearMonth,
} from '../../src/index.js';

/** Any string, including lone surrogates, quotes, control characters and `__proto__`. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '__proto__', 'constructor', '"quoted"', '\\', '\u0000', '\ud800', 'Commenced and ongoing'),
);

/** A title: any text that holds something besides white space, as a plan's title must. */
const title = text.filter((t) => /\S/.test(t));

/** Titles a plan may not have: empty, or only white space (spaces, tabs, line breaks, no-break spaces). */
export const blankTitle: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff'), { maxLength: 6 })
  .map((parts) => parts.join(''));

const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);

const month = fc
  .record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}` as YearMonth);

/** Every variant of a target date, periods always starting on or before their end. */
export const targetDate: fc.Arbitrary<TargetDate> = fc.oneof(
  fc.record({ type: fc.constant('day' as const), raw: text, date: day }),
  fc.record({ type: fc.constant('month' as const), raw: text, month }),
  fc
    .record({
      raw: text,
      unit: fc.constantFrom('quarter' as const, 'financial-year' as const, 'season' as const, 'year' as const),
      a: day,
      b: day,
    })
    .map(({ raw, unit, a, b }) => ({
      type: 'period' as const,
      raw,
      unit,
      start: a <= b ? a : b,
      end: a <= b ? b : a,
    })),
  fc.record({
    type: fc.constant('status' as const),
    raw: text,
    status: fc.constantFrom(
      'completed' as const,
      'ongoing' as const,
      'to-be-confirmed' as const,
      'after-decision' as const,
    ),
  }),
  fc.record({ type: fc.constant('unknown' as const), raw: text }),
);

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant('paragraph' as const), text }),
  fc.record({ type: fc.constant('list' as const), items: fc.array(text, { maxLength: 3 }) }),
);

const update: fc.Arbitrary<ProgressUpdate> = fc.record(
  {
    on: day,
    status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'completed' as const, 'withdrawn' as const),
    note: text,
    revisedTarget: targetDate,
    reason: text,
  },
  { requiredKeys: ['on', 'status'] },
);

const action: fc.Arbitrary<Action> = fc.record(
  { description: text, owner: text, target: targetDate, updates: fc.array(update, { maxLength: 2 }) },
  { requiredKeys: ['owner', 'target'] },
);

const assessment: fc.Arbitrary<Assessment> = fc.oneof(
  fc.record(
    {
      on: day,
      by: text,
      scale: fc.constant('achievement' as const),
      judgement: fc.constantFrom('achieved' as const, 'partially-achieved' as const, 'not-achieved' as const),
      note: text,
    },
    { requiredKeys: ['on', 'scale', 'judgement'] },
  ),
  fc.record(
    {
      on: day,
      by: text,
      scale: fc.constant('progress' as const),
      judgement: fc.constantFrom(
        'good' as const,
        'reasonable' as const,
        'insufficient' as const,
        'no-meaningful-progress' as const,
      ),
      note: text,
    },
    { requiredKeys: ['on', 'scale', 'judgement'] },
  ),
);

/**
 * Answers in one of the three categories, and now and then one that states none: no category, with
 * a label written in its place ("Accepted in principle") or with nothing at all.
 */
const agreement: fc.Arbitrary<Agreement> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      { category: fc.constantFrom('agreed' as const, 'partly-agreed' as const, 'not-agreed' as const), label: text },
      { requiredKeys: ['category'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { label: fc.oneof(text, fc.constantFrom('Accepted in principle', 'Noted')) },
      { requiredKeys: [] },
    ),
  },
);

const recommendation: fc.Arbitrary<Recommendation> = fc.record(
  {
    ref: text,
    kind: fc.constantFrom(
      'recommendation' as const,
      'priority-concern' as const,
      'key-concern' as const,
      'area-for-improvement' as const,
    ),
    section: text,
    addressee: text,
    text,
    agreement,
    reasons: fc.uniqueArray(
      fc.constantFrom('commissioning' as const, 'policy' as const, 'operational' as const, 'affordability' as const),
    ),
    response: fc.array(block, { maxLength: 3 }),
    actions: fc.array(action, { maxLength: 3 }),
    assessments: fc.array(assessment, { maxLength: 2 }),
  },
  { requiredKeys: ['ref', 'text', 'agreement', 'response', 'actions'] },
);

const count = fc.nat({ max: 500 });
const tally: fc.Arbitrary<Tally> = fc.record({ agreed: count, partlyAgreed: count, notAgreed: count, total: count });

/** Valid action plans of every shape the format allows, optional fields present or absent. */
export const actionPlan: fc.Arbitrary<ActionPlan> = fc.record(
  {
    format: fc.constant('action-plan/1' as const),
    title,
    respondent: text,
    inspectorate: text,
    reportTitle: text,
    reportPublished: day,
    submitted: day,
    recommendations: fc.array(recommendation, { maxLength: 4 }),
    statedTally: tally,
  },
  { requiredKeys: ['format', 'title', 'recommendations'] },
);
