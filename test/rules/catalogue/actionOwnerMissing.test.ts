import { describe, expect, it } from 'vitest';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('action.owner_missing', () => {
  it.each([[''], ['   ']])('reports the owner %j', (owner) => {
    const issues = findingsOf(
      'action.owner_missing',
      changed((p) => {
        p.recommendations[0].actions[1].owner = owner;
      }),
    );
    expect(issues.map((i) => [i.path, i.params, i.severity, i.message])).toEqual([
      [
        ['recommendations', 0, 'actions', 1, 'owner'],
        { ref: '1', action: 2, owner },
        'error',
        'Action 2 of recommendation 1 (no owner) has no responsible owner.',
      ],
    ]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('action.owner_missing')).toBe(true);
  });
});
