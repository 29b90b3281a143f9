import { describe, expect, it } from 'vitest';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('partly_agreed.no_actions', () => {
  it('reports a partly agreed recommendation with no action', () => {
    const issues = findingsOf(
      'partly_agreed.no_actions',
      changed((p) => {
        p.recommendations[1].actions = [];
      }),
    );
    expect(issues.map((i) => [i.path, i.params, i.severity])).toEqual([
      [['recommendations', 1, 'actions'], { ref: '2' }, 'error'],
    ]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('partly_agreed.no_actions')).toBe(true);
  });
});
