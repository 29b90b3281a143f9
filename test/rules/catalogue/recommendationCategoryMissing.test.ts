import { describe, expect, it } from 'vitest';
import { builtInRules, checkActionPlan, formatIssues, toSarif } from '../../../src/index.js';
import { changed, findingsOf, goodPlan, silentOnGoodPlan } from '../../support/plans.js';

const CODE = 'recommendation.category_missing';

describe('recommendation.category_missing', () => {
  it('reports a recommendation that states no category, at its agreement', () => {
    const plan = changed((p) => {
      p.recommendations[1].agreement = {};
    });
    expect(findingsOf(CODE, plan).map((i) => [i.path, i.params, i.severity, i.message])).toEqual([
      [
        ['recommendations', 1, 'agreement'],
        { ref: '2' },
        'warning',
        'Recommendation 2 states no category (Agreed, Partly Agreed or Not Agreed).',
      ],
    ]);
  });

  it('quotes the answer written in the place of a category', () => {
    const plan = changed((p) => {
      p.recommendations[0].agreement = { label: 'Accepted in principle' };
    });
    expect(findingsOf(CODE, plan).map((i) => [i.path, i.params, i.message])).toEqual([
      [
        ['recommendations', 0, 'agreement'],
        { ref: '1', label: 'Accepted in principle' },
        'Recommendation 1 is answered "Accepted in principle", which is not one of the known categories (Agreed, Partly Agreed or Not Agreed).',
      ],
    ]);
  });

  it('keeps a long answer whole in its params and shortens it in the message', () => {
    const label = `Accepted ${'in principle '.repeat(20)}`;
    const [issue] = findingsOf(
      CODE,
      changed((p) => {
        p.recommendations[0].agreement = { label };
      }),
    );
    expect(issue?.params).toEqual({ ref: '1', label });
    expect(issue?.message).toContain(`"${label.slice(0, 80)}…"`);
  });

  it('takes a blank label for no answer at all', () => {
    const plan = changed((p) => {
      p.recommendations[0].agreement = { label: ' \t' };
    });
    expect(findingsOf(CODE, plan).map((i) => i.params)).toEqual([{ ref: '1' }]);
  });

  it('reports a category outside the three in a plan object that skipped validation, without throwing', () => {
    for (const category of ['accepted', 'constructor', '__proto__', '']) {
      const plan = changed((p) => {
        p.recommendations[0].agreement = { category, label: 'Accepted' };
      });
      expect(findingsOf(CODE, plan).map((i) => i.params)).toEqual([{ ref: '1', label: 'Accepted' }]);
    }
  });

  it('keeps the rules of the categories off such a recommendation, and every other rule on', () => {
    // Recommendation 2 is Partly Agreed with no reason and no timescale; recommendation 3 Not
    // Agreed with actions that have deadlines. Without a category, neither is judged by those rules.
    const plan = changed((p) => {
      p.recommendations[1].response = [{ type: 'paragraph', text: 'We will publish some of it.' }];
      p.recommendations[1].actions = [{ owner: '', target: { type: 'status', raw: 'TBC', status: 'to-be-confirmed' } }];
      p.recommendations[2].actions = [
        { owner: 'Governor', target: { type: 'month', raw: 'May 2027', month: '2027-05' } },
      ];
    });
    const codes = (p: typeof plan) => checkActionPlan(p).map((i) => [i.code, i.path.slice(0, 2)]);
    expect(codes(plan)).toEqual([
      ['partly_agreed.reason_missing', ['recommendations', 1]],
      ['partly_agreed.no_timescale', ['recommendations', 1]],
      ['action.owner_missing', ['recommendations', 1]],
      ['action.not_time_bound', ['recommendations', 1]],
      ['not_agreed.has_actions', ['recommendations', 2]],
    ]);
    const stated = changed((p) => {
      p.recommendations[1].agreement = { label: 'Accepted in principle' };
      p.recommendations[2].agreement = {};
      delete p.statedTally;
    }, plan);
    expect(codes(stated)).toEqual([
      ['recommendation.category_missing', ['recommendations', 1]],
      ['action.owner_missing', ['recommendations', 1]],
      ['action.not_time_bound', ['recommendations', 1]],
      ['recommendation.category_missing', ['recommendations', 2]],
    ]);
  });

  it('reports after the ref and before the response of the recommendation, in document order', () => {
    const plan = changed((p) => {
      p.recommendations[1].ref = '1';
      p.recommendations[1].agreement = {};
      p.recommendations[1].response = [];
    });
    expect(
      checkActionPlan(plan)
        .filter((i) => i.path[1] === 1)
        .map((i) => [i.code, i.path[2]]),
    ).toEqual([
      ['recommendation.duplicate_ref', 'ref'],
      [CODE, 'agreement'],
      ['recommendation.response_missing', 'response'],
    ]);
  });

  it('can be switched off or raised like every rule, and is described wherever the catalogue is', () => {
    const plan = changed((p) => {
      p.recommendations[0].agreement = {};
    });
    expect(findingsOf(CODE, plan, { rules: { [CODE]: 'off' } })).toEqual([]);
    expect(findingsOf(CODE, plan, { rules: { [CODE]: 'error' } }).map((i) => i.severity)).toEqual(['error']);
    const rule = builtInRules.find((r) => r.code === CODE);
    expect(rule?.severity).toBe('warning');
    const sarif = JSON.parse(toSarif(findingsOf(CODE, plan), { uri: 'plan.json' }));
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain(CODE);
    expect(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      [CODE, 'warning'],
    ]);
    expect(formatIssues(checkActionPlan(plan), { plan })).toContain(
      'Recommendation 1 (no category stated)\n  warning  recommendation.category_missing',
    );
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan(CODE)).toBe(true);
    expect(findingsOf(CODE, goodPlan())).toEqual([]);
  });
});
