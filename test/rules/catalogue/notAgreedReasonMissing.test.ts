import { describe, expect, it } from 'vitest';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('not_agreed.reason_missing', () => {
  it('reports a response not agreeing that names no reason category', () => {
    const plan = changed((p) => {
      p.recommendations[2].response = [
        { type: 'paragraph', text: 'We do not agree; the Victims Commissioner was consulted.' },
      ];
    });
    expect(findingsOf('not_agreed.reason_missing', plan).map((i) => [i.path, i.params, i.severity])).toEqual([
      [['recommendations', 2, 'response'], { ref: '3' }, 'error'],
    ]);
  });

  it('accepts a reason stated in a list item', () => {
    const plan = changed((p) => {
      p.recommendations[2].response = [
        { type: 'list', items: ['Not agreed.', 'It cannot be commissioned nationally.'] },
      ];
    });
    expect(findingsOf('not_agreed.reason_missing', plan)).toEqual([]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('not_agreed.reason_missing')).toBe(true);
  });
});
