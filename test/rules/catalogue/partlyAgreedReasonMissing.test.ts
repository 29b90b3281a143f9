import { describe, expect, it } from 'vitest';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

const noReason = [{ type: 'paragraph', text: 'We will publish annual figures but not quarterly ones.' }];

describe('partly_agreed.reason_missing', () => {
  it('reports a partly agreed response that names no reason category', () => {
    const issues = findingsOf(
      'partly_agreed.reason_missing',
      changed((p) => {
        p.recommendations[1].response = noReason;
      }),
    );
    expect(issues.map((i) => [i.path, i.params, i.severity])).toEqual([
      [['recommendations', 1, 'response'], { ref: '2' }, 'error'],
    ]);
  });

  it('does not count a reason stated only in the recommendation text', () => {
    const plan = changed((p) => {
      p.recommendations[1].response = noReason;
      p.recommendations[1].text = 'Change the policy and make it affordable.';
    });
    expect(findingsOf('partly_agreed.reason_missing', plan)).toHaveLength(1);
  });

  it('accepts a declared reason category', () => {
    const plan = changed((p) => {
      p.recommendations[1].response = noReason;
      p.recommendations[1].reasons = ['operational'];
    });
    expect(findingsOf('partly_agreed.reason_missing', plan)).toEqual([]);
  });

  it.each([['commissioned'], ['Policies'], ['operationally'], ['unaffordable']])(
    'accepts a response stating %j',
    (word) => {
      const plan = changed((p) => {
        p.recommendations[1].response = [{ type: 'paragraph', text: `This part is ${word}.` }];
      });
      expect(findingsOf('partly_agreed.reason_missing', plan)).toEqual([]);
    },
  );

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('partly_agreed.reason_missing')).toBe(true);
  });
});
