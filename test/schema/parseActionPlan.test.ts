import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseActionPlan, type ActionPlan, type Issue } from '../../src/index.js';
import { actionPlan, blankTitle } from '../support/arbitraries.js';
import { deepFreeze } from '../support/deepFreeze.js';
import { realPlan } from '../support/realPlan.js';

/** The real plan with one change made at a path, for pointing issues at fields. */
function withChange(change: (plan: any) => void): unknown {
  const copy = structuredClone(realPlan()) as any;
  change(copy);
  return copy;
}

function only(result: ReturnType<typeof parseActionPlan>): Issue {
  expect(result.ok).toBe(false);
  expect(result.issues).toHaveLength(1);
  return result.issues[0] as Issue;
}

describe('parseActionPlan', () => {
  it('accepts the bundled real plan and returns an equal copy that shares nothing with the input', () => {
    const input = realPlan();
    const result = parseActionPlan(input);
    expect(result).toEqual({ ok: true, value: input, issues: [] });
    if (!result.ok) return;
    expect(result.value).not.toBe(input);
    expect(result.value.recommendations[0]).not.toBe(input.recommendations[0]);
  });

  it('accepts a plan submitted before its report was published', () => {
    const result = parseActionPlan(
      withChange((p) => {
        p.submitted = '2025-11-01';
        p.reportPublished = '2025-12-09';
      }),
    );
    expect(result.ok).toBe(true);
  });

  it.each<[string, (plan: any) => void, Partial<Issue>]>([
    [
      'an impossible submission date',
      (p) => {
        p.submitted = '2026-02-30';
      },
      { code: 'schema.invalid_format', path: ['submitted'], params: { format: 'iso-date', received: '"2026-02-30"' } },
    ],
    [
      'a 29 February outside a leap year',
      (p) => {
        p.reportPublished = '2025-02-29';
      },
      { code: 'schema.invalid_format', path: ['reportPublished'] },
    ],
    [
      'a month 13 in a month target',
      (p) => {
        p.recommendations[0].actions[0].target.month = '2026-13';
      },
      {
        code: 'schema.invalid_format',
        path: ['recommendations', 0, 'actions', 0, 'target', 'month'],
        params: { format: 'year-month', received: '"2026-13"' },
      },
    ],
    [
      'an unknown agreement category',
      (p) => {
        p.recommendations[6].agreement.category = 'accepted';
      },
      {
        code: 'schema.invalid_value',
        path: ['recommendations', 6, 'agreement', 'category'],
        params: { expected: ['agreed', 'partly-agreed', 'not-agreed'], received: '"accepted"' },
      },
    ],
    [
      'a target date given as a bare string',
      (p) => {
        p.recommendations[6].actions[0].target = 'Commenced and ongoing';
      },
      {
        code: 'schema.invalid_type',
        path: ['recommendations', 6, 'actions', 0, 'target'],
        params: { expected: 'object', received: 'string' },
      },
    ],
    [
      'an unknown kind of target date',
      (p) => {
        p.recommendations[6].actions[0].target.type = 'eventually';
      },
      {
        code: 'schema.invalid_value',
        path: ['recommendations', 6, 'actions', 0, 'target', 'type'],
        params: { expected: ['day', 'month', 'period', 'status', 'unknown'], received: '"eventually"' },
      },
    ],
    [
      'a target date with no type',
      (p) => {
        delete p.recommendations[6].actions[0].target.type;
      },
      {
        code: 'schema.missing_key',
        path: ['recommendations', 6, 'actions', 0, 'target', 'type'],
        params: { key: 'type', expected: 'day | month | period | status | unknown' },
      },
    ],
    [
      'a target status outside the four statuses',
      (p) => {
        p.recommendations[6].actions[0].target.status = 'commenced';
      },
      { code: 'schema.invalid_value', path: ['recommendations', 6, 'actions', 0, 'target', 'status'] },
    ],
    [
      'a period that ends before it starts',
      (p) => {
        p.recommendations[0].actions[0].target = {
          type: 'period',
          raw: 'Q3 2026',
          unit: 'quarter',
          start: '2026-09-30',
          end: '2026-07-01',
        };
      },
      {
        code: 'schema.invalid_period',
        path: ['recommendations', 0, 'actions', 0, 'target', 'end'],
        params: { start: '2026-09-30', end: '2026-07-01' },
      },
    ],
    [
      'an unknown kind of response block',
      (p) => {
        p.recommendations[0].response[1] = { type: 'table', rows: [] };
      },
      {
        code: 'schema.invalid_value',
        path: ['recommendations', 0, 'response', 1, 'type'],
        params: { expected: ['paragraph', 'list'], received: '"table"' },
      },
    ],
    [
      'a list item that is not text',
      (p) => {
        p.recommendations[0].response[1].items[1] = 42;
      },
      {
        code: 'schema.invalid_type',
        path: ['recommendations', 0, 'response', 1, 'items', 1],
        params: { expected: 'string', received: 'number' },
      },
    ],
    [
      'an assessment judged on the wrong scale',
      (p) => {
        p.recommendations[2].assessments = [{ on: '2027-06-01', scale: 'achievement', judgement: 'good' }];
      },
      { code: 'schema.invalid_value', path: ['recommendations', 2, 'assessments', 0, 'judgement'] },
    ],
    [
      'an assessment on an unknown scale',
      (p) => {
        p.recommendations[2].assessments = [{ on: '2027-06-01', scale: 'stars', judgement: 'good' }];
      },
      {
        code: 'schema.invalid_value',
        path: ['recommendations', 2, 'assessments', 0, 'scale'],
        params: { expected: ['achievement', 'progress'], received: '"stars"' },
      },
    ],
    [
      'a progress update with an unknown status',
      (p) => {
        p.recommendations[1].actions[1].updates = [{ on: '2026-05-01', status: 'late' }];
      },
      { code: 'schema.invalid_value', path: ['recommendations', 1, 'actions', 1, 'updates', 0, 'status'] },
    ],
    [
      'a revised target that is not a target date',
      (p) => {
        p.recommendations[1].actions[1].updates = [
          { on: '2026-05-01', status: 'in-progress', revisedTarget: { type: 'month', raw: 'May' } },
        ];
      },
      {
        code: 'schema.missing_key',
        path: ['recommendations', 1, 'actions', 1, 'updates', 0, 'revisedTarget', 'month'],
      },
    ],
    [
      'a missing owner',
      (p) => {
        delete p.recommendations[3].actions[1].owner;
      },
      {
        code: 'schema.missing_key',
        path: ['recommendations', 3, 'actions', 1, 'owner'],
        params: { key: 'owner', expected: 'string' },
      },
    ],
    [
      'a negative count in the stated tally',
      (p) => {
        p.statedTally.notAgreed = -1;
      },
      { code: 'schema.too_small', path: ['statedTally', 'notAgreed'], params: { minimum: 0, received: -1 } },
    ],
    [
      'a fractional count in the stated tally',
      (p) => {
        p.statedTally.total = 6.5;
      },
      {
        code: 'schema.invalid_type',
        path: ['statedTally', 'total'],
        params: { expected: 'integer', received: 'number' },
      },
    ],
    [
      'a count in the stated tally beyond the safe integers',
      (p) => {
        p.statedTally.total = 1e300;
      },
      { code: 'schema.too_big', path: ['statedTally', 'total'] },
    ],
    [
      'an empty title',
      (p) => {
        p.title = '';
      },
      { code: 'schema.empty_text', path: ['title'], params: { key: 'title' } },
    ],
    [
      'a title of white space only',
      (p) => {
        p.title = ' \t\u00a0\n';
      },
      { code: 'schema.empty_text', path: ['title'], params: { key: 'title' } },
    ],
    [
      'a null where text is expected',
      (p) => {
        p.respondent = null;
      },
      { code: 'schema.invalid_type', path: ['respondent'], params: { expected: 'string', received: 'null' } },
    ],
    [
      'a field the format does not define',
      (p) => {
        p.recommendations[4].priority = 'high';
      },
      { code: 'schema.unknown_key', path: ['recommendations', 4, 'priority'], params: { key: 'priority' } },
    ],
    [
      'another format version',
      (p) => {
        p.format = 'action-plan/2';
      },
      {
        code: 'schema.invalid_value',
        path: ['format'],
        params: { expected: ['action-plan/1'], received: '"action-plan/2"' },
      },
    ],
    [
      'no format at all',
      (p) => {
        delete p.format;
      },
      { code: 'schema.missing_key', path: ['format'], params: { key: 'format', expected: 'action-plan/1' } },
    ],
  ])('rejects %s with one issue pointing at the field', (_, change, expected) => {
    const issue = only(parseActionPlan(withChange(change)));
    expect(issue).toMatchObject({ severity: 'error', ...expected });
    expect(issue.message.length).toBeGreaterThan(10);
  });

  it('refuses every blank title and says the title must hold some text', () => {
    fc.assert(
      fc.property(actionPlan, blankTitle, (plan, title) => {
        const issue = only(parseActionPlan({ ...plan, title }));
        expect(issue).toMatchObject({ code: 'schema.empty_text', path: ['title'], params: { key: 'title' } });
        expect(issue.message).toBe('The field "title" is empty or only white space; it must hold some text.');
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a title with white space around its text as written', () => {
    const result = parseActionPlan({ format: 'action-plan/1', title: '  Plan \n', recommendations: [] });
    expect(result.ok && result.value.title).toBe('  Plan \n');
  });

  it('reports every problem of a plan, not only the first', () => {
    const result = parseActionPlan(
      withChange((p) => {
        p.submitted = 'yesterday';
        p.recommendations[0].ref = 1;
        p.recommendations[6].actions[0].owner = undefined;
      }),
    );
    expect(result.issues.map((i) => i.path)).toEqual([
      ['submitted'],
      ['recommendations', 0, 'ref'],
      ['recommendations', 6, 'actions', 0, 'owner'],
    ]);
  });

  it('shortens a long received value in params and message', () => {
    const issue = only(
      parseActionPlan(
        withChange((p) => {
          p.submitted = 'x'.repeat(10_000);
        }),
      ),
    );
    expect(issue.code).toBe('schema.invalid_format');
    expect(issue.message.length).toBeLessThan(200);
  });

  it.each([
    ['null', null, 'null'],
    ['a number', 7, 'number'],
    ['a string', 'plan', 'string'],
    ['an array', [], 'array'],
    ['undefined', undefined, 'undefined'],
    ['a function', () => 1, 'function'],
    ['NaN', Number.NaN, 'nan'],
  ])('rejects %s as a whole plan', (_, input, received) => {
    expect(only(parseActionPlan(input))).toMatchObject({
      code: 'schema.invalid_type',
      path: [],
      params: { expected: 'object', received },
    });
  });

  it('refuses __proto__ and constructor keys without polluting any prototype', () => {
    const input = JSON.parse(
      '{"format":"action-plan/1","title":"t","recommendations":[],' +
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    const result = parseActionPlan(input);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['schema.unknown_key', ['__proto__']],
      ['schema.unknown_key', ['constructor']],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('returns an issue instead of throwing when reading the input throws', () => {
    const trap = {
      format: 'action-plan/1',
      get title(): string {
        throw new Error('getter exploded');
      },
      recommendations: [],
    };
    expect(only(parseActionPlan(trap))).toMatchObject({
      code: 'schema.unreadable',
      path: [],
      params: { detail: 'getter exploded' },
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw Symbol('not an error');
        },
        ownKeys() {
          throw Symbol('not an error');
        },
      },
    );
    expect(only(parseActionPlan(proxy)).code).toBe('schema.unreadable');
  });

  it('reads a circular input without looping', () => {
    const input: any = { format: 'action-plan/1', title: 't', recommendations: [] };
    input.recommendations.push({ ref: '1', text: input, agreement: { category: 'agreed' }, response: [], actions: [] });
    expect(only(parseActionPlan(input))).toMatchObject({
      code: 'schema.invalid_type',
      path: ['recommendations', 0, 'text'],
    });
  });

  it('reads deeply nested input without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const result = parseActionPlan({ format: 'action-plan/1', title: deep, recommendations: [] });
    expect(result.issues[0]).toMatchObject({ code: 'schema.invalid_type', path: ['title'] });
  });

  it('does not change a frozen input', () => {
    const input = deepFreeze(
      withChange((p) => {
        p.submitted = 'nope';
      }),
    );
    expect(() => parseActionPlan(input)).not.toThrow();
  });

  it('accepts every valid plan unchanged', () => {
    fc.assert(
      fc.property(actionPlan, (plan: ActionPlan) => {
        expect(parseActionPlan(plan)).toEqual({ ok: true, value: plan, issues: [] });
      }),
    );
  });

  it('never throws on arbitrary input and always explains a rejection', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
        (input) => {
          const result = parseActionPlan(input);
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) {
              expect(issue.severity).toBe('error');
              expect(issue.message).not.toBe('');
            }
          }
        },
      ),
    );
  });

  it('never throws on a valid plan with one field replaced by anything', () => {
    const paths: (string | number)[][] = [
      ['title'],
      ['submitted'],
      ['statedTally'],
      ['recommendations', 0],
      ['recommendations', 0, 'agreement'],
      ['recommendations', 0, 'response', 0],
      ['recommendations', 0, 'actions', 0, 'target'],
      ['recommendations', 6, 'actions', 0, 'target', 'status'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const plan = structuredClone(realPlan()) as any;
        let parent = plan;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path[path.length - 1] as string] = value;
        const result = parseActionPlan(plan);
        for (const issue of result.issues) {
          // every issue points at or below the field that was replaced
          expect(issue.path.slice(0, path.length)).toEqual(path);
        }
      }),
    );
  });
});
