import { describe, expect, it } from 'vitest';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('recommendation.duplicate_ref', () => {
  it('reports each recommendation after the first that reuses a ref, ignoring case and spaces', () => {
    const plan = changed((p) => {
      p.recommendations[1].ref = '1';
      p.recommendations[2].ref = ' 1 ';
    });
    expect(findingsOf('recommendation.duplicate_ref', plan).map((i) => [i.path, i.params, i.severity])).toEqual([
      [['recommendations', 1, 'ref'], { ref: '1', firstIndex: 0 }, 'error'],
      [['recommendations', 2, 'ref'], { ref: ' 1 ', firstIndex: 0 }, 'error'],
    ]);
    expect(
      findingsOf(
        'recommendation.duplicate_ref',
        changed((p) => {
          p.recommendations[1].ref = 'p1';
          p.recommendations[2].ref = 'P1';
        }),
      ),
    ).toHaveLength(1);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('recommendation.duplicate_ref')).toBe(true);
  });
});
