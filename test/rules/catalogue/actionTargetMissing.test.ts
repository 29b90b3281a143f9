import { describe, expect, it } from 'vitest';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('action.target_missing', () => {
  it('reports an empty target date, and leaves it to no other target rule', () => {
    const plan = changed((p) => {
      p.recommendations[1].actions[0].target = { type: 'unknown', raw: ' ' };
    });
    expect(findingsOf('action.target_missing', plan).map((i) => [i.path, i.params, i.severity])).toEqual([
      [['recommendations', 1, 'actions', 0, 'target'], { ref: '2', action: 1, owner: 'Head of Analysis' }, 'error'],
    ]);
    expect(findingsOf('action.target_unrecognised', plan)).toEqual([]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('action.target_missing')).toBe(true);
  });
});
