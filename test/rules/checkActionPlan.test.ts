import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInRules,
  checkActionPlan,
  findOverdue,
  type CheckOptions,
  type IsoDate,
  type IssuePath,
  type Rule,
  type RuleContext,
} from '../../src/index.js';
import { comparePaths } from '../../src/rules/_internal/comparePaths.js';
import { actionPlan } from '../support/arbitraries.js';
import { realPlan } from '../support/realPlan.js';
import { changed, goodAsOf, goodPlan } from '../support/plans.js';

describe('checkActionPlan on the bundled real plan', () => {
  it('finds exactly what a careful reader finds', () => {
    expect(checkActionPlan(realPlan()).map((i) => [i.code, i.severity, i.path])).toEqual([
      ['agreed.no_timescale', 'warning', ['recommendations', 4, 'actions']],
      ['action.not_time_bound', 'warning', ['recommendations', 4, 'actions', 0, 'target']],
      ['action.not_time_bound', 'warning', ['recommendations', 5, 'actions', 0, 'target']],
      ['partly_agreed.reason_missing', 'error', ['recommendations', 6, 'response']],
      ['partly_agreed.no_timescale', 'warning', ['recommendations', 6, 'actions']],
      ['action.not_time_bound', 'warning', ['recommendations', 6, 'actions', 0, 'target']],
    ]);
  });

  it('adds the five overdue actions as of 2026-11-26, and nothing else', () => {
    const issues = checkActionPlan(realPlan(), { asOf: '2026-11-26' });
    const overdue = issues.filter((i) => i.code === 'progress.overdue');
    expect(overdue.map((i) => i.path)).toEqual([
      ['recommendations', 0, 'actions', 0],
      ['recommendations', 0, 'actions', 1],
      ['recommendations', 1, 'actions', 0],
      ['recommendations', 3, 'actions', 1],
      ['recommendations', 5, 'actions', 1],
    ]);
    expect(issues.filter((i) => i.code !== 'progress.overdue')).toEqual(checkActionPlan(realPlan()));
  });
});

describe('checkActionPlan', () => {
  it('finds nothing in a plan that meets every rule, with or without asOf', () => {
    expect(checkActionPlan(goodPlan())).toEqual([]);
    expect(checkActionPlan(goodPlan(), { asOf: goodAsOf })).toEqual([]);
  });

  it('is deterministic and does not change the plan', () => {
    const plan = realPlan();
    const first = checkActionPlan(plan, { asOf: '2026-11-26' });
    expect(checkActionPlan(plan, { asOf: '2026-11-26' })).toEqual(first);
  });

  it('switches a rule off and changes a severity per call', () => {
    const issues = checkActionPlan(realPlan(), {
      rules: {
        'action.not_time_bound': 'off',
        'partly_agreed.reason_missing': 'warning',
        'agreed.no_timescale': 'info',
      },
    });
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['agreed.no_timescale', 'info'],
      ['partly_agreed.reason_missing', 'warning'],
      ['partly_agreed.no_timescale', 'warning'],
    ]);
  });

  it('runs extra rules of the built-in shape, with their own codes, params and severities', () => {
    const ownerIsARole: Rule<'house.owner_is_a_person', { owner: string }> = {
      code: 'house.owner_is_a_person',
      severity: 'warning',
      description: 'The owner looks like a person, not a role.',
      fix: 'Name the role.',
      message: (p) => `The owner "${p.owner}" looks like a person's name.`,
      *check({ plan }) {
        for (const [r, rec] of plan.recommendations.entries()) {
          for (const [a, action] of rec.actions.entries()) {
            if (/^(?:Mr|Mrs|Ms|Dr)\b/.test(action.owner))
              yield { path: ['recommendations', r, 'actions', a, 'owner'], params: { owner: action.owner } };
          }
        }
      },
    };
    const plan = changed((p) => {
      p.recommendations[1].actions[0].owner = 'Dr Jane Smith';
    });
    const issues = checkActionPlan(plan, { extraRules: [ownerIsARole] });
    expect(issues).toEqual([
      {
        code: 'house.owner_is_a_person',
        severity: 'warning',
        path: ['recommendations', 1, 'actions', 0, 'owner'],
        message: 'The owner "Dr Jane Smith" looks like a person\'s name.',
        params: { owner: 'Dr Jane Smith' },
      },
    ]);
    expect(
      checkActionPlan(plan, { extraRules: [ownerIsARole], rules: { 'house.owner_is_a_person': 'error' } })[0]?.severity,
    ).toBe('error');
    expect(checkActionPlan(plan, { extraRules: [ownerIsARole], rules: { 'house.owner_is_a_person': 'off' } })).toEqual(
      [],
    );
  });

  it('gives rules of callers a context of the plan and the options only, with nothing of the engine on it', () => {
    const contexts: RuleContext[] = [];
    const spy: Rule = {
      code: 'house.spy',
      severity: 'info',
      description: 'Keeps the context it is given.',
      fix: 'None.',
      message: () => 'never',
      check(context) {
        contexts.push(context);
        return [];
      },
    };
    const plan = changed((p) => {
      p.recommendations[1].actions[0].target = { type: 'unknown', raw: '5/31/2027' };
    });
    checkActionPlan(plan, { asOf: goodAsOf, extraRules: [spy], targetDates: { dayFirst: false } });
    checkActionPlan(plan, { extraRules: [spy] });
    const [withAsOf, without] = contexts as [RuleContext, RuleContext];
    expect(Object.getOwnPropertySymbols(withAsOf)).toEqual([]);
    expect(Object.keys(withAsOf)).toEqual(['plan', 'asOf', 'dueSoonDays', 'targetDates', 'targetOf']);
    expect(Object.keys(without)).toEqual(['plan', 'dueSoonDays', 'targetDates', 'targetOf']);
    expect(withAsOf).toMatchObject({ plan, asOf: goodAsOf, dueSoonDays: 30, targetDates: { dayFirst: false } });
    // The stored target is what every rule judges, whatever the conventions.
    const action = plan.recommendations[1]!.actions[0]!;
    expect(withAsOf.targetOf(action)).toBe(action.target);
    expect(without.targetOf(action)).toBe(action.target);
  });

  it('gives the findings in document order, those of rules of callers among the built-in ones', () => {
    const at = (...path: IssuePath) => ({ path, params: {} });
    const everywhere: Rule = {
      code: 'house.everywhere',
      severity: 'info',
      description: 'Finds something at many places, out of order.',
      fix: 'None.',
      message: () => 'Here.',
      check: () => [
        at('statedTally'),
        at('recommendations', 6, 'actions', 0, 'target'),
        at('recommendations', 4, 'actions'),
        at('title'),
        at('recommendations', 5, 'text'),
        at('recommendations', 6, 'actions', 0),
        at(),
      ],
    };
    const issues = checkActionPlan(realPlan(), { asOf: '2026-11-26', extraRules: [everywhere] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['house.everywhere', []],
      ['house.everywhere', ['title']],
      ['progress.overdue', ['recommendations', 0, 'actions', 0]],
      ['progress.overdue', ['recommendations', 0, 'actions', 1]],
      ['progress.overdue', ['recommendations', 1, 'actions', 0]],
      ['progress.overdue', ['recommendations', 3, 'actions', 1]],
      ['agreed.no_timescale', ['recommendations', 4, 'actions']],
      ['house.everywhere', ['recommendations', 4, 'actions']],
      ['action.not_time_bound', ['recommendations', 4, 'actions', 0, 'target']],
      ['house.everywhere', ['recommendations', 5, 'text']],
      ['action.not_time_bound', ['recommendations', 5, 'actions', 0, 'target']],
      ['progress.overdue', ['recommendations', 5, 'actions', 1]],
      ['partly_agreed.reason_missing', ['recommendations', 6, 'response']],
      ['partly_agreed.no_timescale', ['recommendations', 6, 'actions']],
      ['house.everywhere', ['recommendations', 6, 'actions', 0]],
      ['action.not_time_bound', ['recommendations', 6, 'actions', 0, 'target']],
      ['house.everywhere', ['recommendations', 6, 'actions', 0, 'target']],
      ['house.everywhere', ['statedTally']],
    ]);
  });

  it('gives the findings of any plan in document order, and in catalogue order at one place', () => {
    const position = new Map<string, number>(builtInRules.map((rule, i) => [rule.code, i]));
    fc.assert(
      fc.property(actionPlan, fc.constantFrom('2026-11-26', '2000-01-01', '2150-06-30'), (plan, asOf) => {
        const issues = checkActionPlan(plan, { asOf: asOf as IsoDate });
        for (let i = 1; i < issues.length; i += 1) {
          const a = issues[i - 1]!;
          const b = issues[i]!;
          const order = comparePaths(a.path, b.path);
          expect(order < 0 || (order === 0 && position.get(a.code)! <= position.get(b.code)!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lets each built-in rule check a plan on its own, as the check runs it', () => {
    const plan = realPlan();
    const context: RuleContext = {
      plan,
      asOf: '2026-11-26' as IsoDate,
      dueSoonDays: 30,
      targetDates: {},
      targetOf: (action) => action.target,
    };
    const issues = checkActionPlan(plan, { asOf: '2026-11-26' });
    for (const rule of builtInRules as readonly Rule[]) {
      expect(
        [...rule.check(context)].map((f) => [f.path, f.params]),
        rule.code,
      ).toEqual(issues.filter((i) => i.code === rule.code).map((i) => [i.path, i.params]));
    }
  });

  it('reports a rule that throws and still runs the others', () => {
    const broken: Rule = {
      code: 'house.broken',
      severity: 'error',
      description: 'Always fails.',
      fix: 'None.',
      message: () => 'never',
      check() {
        throw new Error('out of cheese');
      },
    };
    const issues = checkActionPlan(realPlan(), { extraRules: [broken] });
    expect(issues[0]).toMatchObject({
      code: 'check.rule_failed',
      severity: 'error',
      params: { rule: 'house.broken', detail: 'out of cheese' },
    });
    expect(issues.slice(1)).toEqual(checkActionPlan(realPlan()));
  });

  it('throws a RangeError for an extra rule whose code is taken, before running anything', () => {
    const clash: Rule = { ...builtInRules[0]!, check: () => [{ path: [], params: {} }] } as Rule;
    expect(() => checkActionPlan(goodPlan(), { extraRules: [clash] })).toThrow(
      new RangeError(
        'checkActionPlan: options.extraRules[0].code must be a code no other rule has, got "plan.no_recommendations"',
      ),
    );
    const mine: Rule = { ...clash, code: 'house.mine' };
    expect(() => checkActionPlan(goodPlan(), { extraRules: [mine, mine] })).toThrow(
      new RangeError('checkActionPlan: options.extraRules[1].code must be a code no other rule has, got "house.mine"'),
    );
  });

  it.each<[string, CheckOptions<Rule>, RangeErrorConstructor | TypeErrorConstructor, string]>([
    [
      'an asOf that is no date',
      { asOf: '2026-02-30' },
      RangeError,
      'options.asOf must be a date in the form YYYY-MM-DD, got "2026-02-30"',
    ],
    [
      'an asOf that is not a string',
      { asOf: 20261126 as never },
      TypeError,
      'options.asOf must be a date in the form YYYY-MM-DD, got 20261126',
    ],
    [
      'a negative dueSoonDays',
      { dueSoonDays: -3 },
      RangeError,
      'options.dueSoonDays must be a whole number of days, 0 or more, got -3',
    ],
    [
      'a dueSoonDays that is not whole',
      { dueSoonDays: 1.5 },
      RangeError,
      'options.dueSoonDays must be a whole number of days, 0 or more, got 1.5',
    ],
    [
      'a dueSoonDays that is not a number',
      { dueSoonDays: '30' as never },
      TypeError,
      'options.dueSoonDays must be a whole number of days, 0 or more, got "30"',
    ],
    [
      'unknown conventions',
      { targetDates: { quarters: 'fiscal' as 'calendar' } },
      RangeError,
      'options.targetDates.quarters must be one of "calendar", "financial", got "fiscal"',
    ],
    [
      'a setting for a code no rule has',
      { rules: { 'no.such_rule': 'off' } as never },
      RangeError,
      'options.rules has the key "no.such_rule", which is not the code of a rule',
    ],
    [
      'a setting that is not a severity',
      { rules: { 'tally.mismatch': 'loud' as 'off' } },
      RangeError,
      'options.rules["tally.mismatch"] must be one of "off", "error", "warning", "info", got "loud"',
    ],
    [
      'settings that are not an object',
      { rules: 'off' as never },
      TypeError,
      'options.rules must be an object of settings by code, got "off"',
    ],
    [
      'extra rules that are not an array',
      { extraRules: {} as never },
      TypeError,
      'options.extraRules must be an array of rules, got an object',
    ],
    [
      'an extra rule that is a function',
      { extraRules: [(() => []) as never] },
      TypeError,
      'options.extraRules[0] must be a rule (an object with code, severity, message and check), got a function',
    ],
    [
      'an extra rule whose check is not a function',
      { extraRules: [{ ...builtInRules[0]!, code: 'house.x', check: [] } as never] },
      TypeError,
      'options.extraRules[0].check must be a function, got an array',
    ],
    [
      'an extra rule with no severity',
      { extraRules: [{ ...builtInRules[0]!, code: 'house.x', severity: undefined } as never] },
      TypeError,
      'options.extraRules[0].severity must be one of "error", "warning", "info", got undefined',
    ],
    ['options that are not an object', 'strict' as never, TypeError, 'options must be an object, got "strict"'],
  ])('throws for %s, naming the option, even for a plan with nothing to report', (_, options, type, message) => {
    expect(() => checkActionPlan(goodPlan(), options)).toThrow(new type(`checkActionPlan: ${message}`));
    expect(() => checkActionPlan(realPlan(), options)).toThrow(type);
  });

  it('judges targets stored as unknown as unknown, and says what their text reads as with the conventions given', () => {
    const plan = changed((p) => {
      p.recommendations[1].actions[0].target = { type: 'unknown', raw: '5/31/2027' };
    });
    expect(checkActionPlan(plan).map((i) => [i.code, i.params])).toEqual([
      ['partly_agreed.no_timescale', { ref: '2', actions: 1 }],
      ['action.target_unrecognised', { ref: '2', action: 1, owner: expect.any(String), raw: '5/31/2027' }],
    ]);
    const read = checkActionPlan(plan, { targetDates: { dayFirst: false }, asOf: '2027-06-01' });
    expect(read.map((i) => [i.code, i.params])).toEqual([
      ['partly_agreed.no_timescale', { ref: '2', actions: 1 }],
      [
        'action.target_unrecognised',
        {
          ref: '2',
          action: 1,
          owner: expect.any(String),
          raw: '5/31/2027',
          readsAs: { type: 'day', raw: '5/31/2027', date: '2027-05-31' },
        },
      ],
    ]);
    expect(read[1]?.message).toMatch(
      /has the target date "5\/31\/2027", stored as not understood though it reads as a day: store it as read\.$/,
    );
  });

  it('reports no progress on a target stored as unknown, as findOverdue does', () => {
    const within = (path: IssuePath, prefix: IssuePath) => prefix.every((key, i) => path[i] === key);
    const plan = changed((p) => {
      p.recommendations[0].actions[0].target = { type: 'unknown', raw: 'March 2026' };
    });
    const issues = checkActionPlan(plan, { asOf: '2026-06-01' });
    const path = ['recommendations', 0, 'actions', 0];
    expect(issues.filter((i) => i.code.startsWith('progress.') && within(i.path, path))).toEqual([]);
    expect(findOverdue(plan, { asOf: '2026-06-01' }).filter((o) => within(o.path, path))).toEqual([]);
    expect(issues.find((i) => i.code === 'action.target_unrecognised')?.params).toMatchObject({
      readsAs: { type: 'month', month: '2026-03' },
    });
  });

  it('never throws, whatever plan it is given', () => {
    fc.assert(
      fc.property(actionPlan, fc.option(fc.constantFrom('2026-11-26', '2000-01-01', '2150-06-30')), (plan, asOf) => {
        const issues = checkActionPlan(plan, asOf === null ? {} : { asOf: asOf as IsoDate });
        for (const issue of issues) expect(issue.code.startsWith('check.')).toBe(false);
      }),
      { numRuns: 300 },
    );
    for (const junk of [null, undefined, 42, {}, { recommendations: 'no' }, { recommendations: [null] }]) {
      const issues = checkActionPlan(junk as never);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((i) => i.code === 'check.rule_failed' || i.code.includes('.'))).toBe(true);
    }
  });
});
