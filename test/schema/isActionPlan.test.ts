import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActionPlanSchema } from '../../src/index.js';
import { isActionPlan } from '../../src/schema/isActionPlan.js';
import { actionPlan } from '../support/arbitraries.js';
import { realPlan } from '../support/realPlan.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Both validators' verdicts on a JSON value: they must always agree. */
const verdicts = (value: unknown): [boolean, boolean] => [
  isActionPlan(value),
  ActionPlanSchema.safeParse(value).success,
];

/** Every path to a node of a JSON value. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...at, i])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]));
  return out;
}

/** A copy of a JSON value with one node changed: replaced, removed, or given an extra key. */
function mutate(
  value: Json,
  path: (string | number)[],
  change: 'replace' | 'remove' | 'add',
  replacement: Json,
  key: string,
): Json {
  const copy = structuredClone(value);
  if (path.length === 0) return change === 'replace' ? replacement : copy;
  const parent = path.slice(0, -1).reduce<any>((node, k) => node[k], copy);
  const last = path[path.length - 1] as string | number;
  if (change === 'replace') parent[last] = replacement;
  else if (change === 'remove') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
    parent[last][key] = replacement;
  }
  return copy;
}

/** JSON values that matter to the format: its words, dates near the edges, counts near the limits. */
const edgeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    'day',
    'month',
    'period',
    'status',
    'unknown',
    'paragraph',
    'list',
    'achievement',
    'progress',
    'agreed',
    'partly-agreed',
    'not-agreed',
    'completed',
    'ongoing',
    'withdrawn',
    'quarter',
    'policy',
    'action-plan/1',
    'action-plan/2',
    '2024-02-29',
    '2025-02-29',
    '0000-02-29',
    '0001-01-01',
    '9999-12-31',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-03',
    '2026-13',
    '1900-02-29',
    -0,
    0,
    1.5,
    -1,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    '',
    ' ',
    '\u00a0\t',
    [],
    {},
    null,
  ),
);

describe('the fast validator of fromJson', () => {
  it('accepts every valid plan, as the schema does', () => {
    fc.assert(
      fc.property(actionPlan, (plan) => {
        const value = JSON.parse(JSON.stringify(plan));
        expect(verdicts(value)).toEqual([true, true]);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the schema on every plan with one node replaced, removed or given a key', () => {
    const plans = fc.oneof(
      actionPlan.map((plan) => JSON.parse(JSON.stringify(plan)) as Json),
      fc.constant(JSON.parse(JSON.stringify(realPlan())) as Json),
    );
    fc.assert(
      fc.property(
        plans.chain((plan) => fc.tuple(fc.constant(plan), fc.constantFrom(...paths(plan)))),
        fc.constantFrom<'replace' | 'remove' | 'add'>('replace', 'remove', 'add'),
        edgeValue,
        fc.constantFrom('extra', '__proto__', 'constructor', 'type', 'raw', 'label'),
        ([plan, path], change, replacement, key) => {
          const [fast, schema] = verdicts(mutate(plan, path, change, replacement, key));
          expect(fast).toBe(schema);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each<[string, unknown]>([
    ['a __proto__ key', JSON.parse('{"format":"action-plan/1","title":"t","recommendations":[],"__proto__":{}}')],
    [
      'a period ending before it starts',
      {
        format: 'action-plan/1',
        title: 't',
        recommendations: [
          {
            ref: '1',
            text: '',
            agreement: { category: 'agreed' },
            response: [],
            actions: [
              { owner: '', target: { type: 'period', raw: '', unit: 'year', start: '2027-01-01', end: '2026-12-31' } },
            ],
          },
        ],
      },
    ],
    [
      'a count beyond the safe integers',
      {
        format: 'action-plan/1',
        title: 't',
        recommendations: [],
        statedTally: { agreed: 2 ** 53, partlyAgreed: 0, notAgreed: 0, total: 0 },
      },
    ],
    ['an empty title', { format: 'action-plan/1', title: '', recommendations: [] }],
    ['a title of white space only', { format: 'action-plan/1', title: ' \u3000\r\n', recommendations: [] }],
    ['a title with one visible character', { format: 'action-plan/1', title: ' x ', recommendations: [] }],
    ['a year-0 leap day', { format: 'action-plan/1', title: 't', submitted: '0000-02-29', recommendations: [] }],
    ['a plan with arrays in place of objects', [[]]],
  ])('agrees with the schema on %s', (_, value) => {
    const [fast, schema] = verdicts(value);
    expect(fast).toBe(schema);
  });
});
