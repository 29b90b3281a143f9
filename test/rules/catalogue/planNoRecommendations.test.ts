import { describe, expect, it } from 'vitest';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('plan.no_recommendations', () => {
  it('reports a plan with no recommendations, as an error', () => {
    const issues = findingsOf(
      'plan.no_recommendations',
      changed((p) => {
        p.recommendations = [];
        p.statedTally = undefined;
      }),
    );
    expect(issues).toEqual([
      {
        code: 'plan.no_recommendations',
        severity: 'error',
        path: ['recommendations'],
        message: 'The plan has no recommendations.',
        params: {},
      },
    ]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('plan.no_recommendations')).toBe(true);
  });
});
