import { describe, expect, it } from 'vitest';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('recommendation.response_missing', () => {
  it.each<[string, unknown[]]>([
    ['no blocks', []],
    ['a blank paragraph', [{ type: 'paragraph', text: '  ' }]],
    ['a list of blank items', [{ type: 'list', items: ['', ' '] }]],
  ])('reports a response of %s', (_, response) => {
    const issues = findingsOf(
      'recommendation.response_missing',
      changed((p) => {
        p.recommendations[0].response = response;
      }),
    );
    expect(issues.map((i) => [i.path, i.params, i.severity])).toEqual([
      [['recommendations', 0, 'response'], { ref: '1' }, 'error'],
    ]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('recommendation.response_missing')).toBe(true);
  });
});
