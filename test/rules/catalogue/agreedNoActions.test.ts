import { describe, expect, it } from 'vitest';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('agreed.no_actions', () => {
  it('reports an agreed recommendation with no action', () => {
    const issues = findingsOf(
      'agreed.no_actions',
      changed((p) => {
        p.recommendations[0].actions = [];
      }),
    );
    expect(issues.map((i) => [i.path, i.params, i.severity])).toEqual([
      [['recommendations', 0, 'actions'], { ref: '1' }, 'error'],
    ]);
  });

  it('does not report other categories without actions', () => {
    expect(
      findingsOf(
        'agreed.no_actions',
        changed((p) => {
          p.recommendations[1].actions = [];
        }),
      ),
    ).toEqual([]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('agreed.no_actions')).toBe(true);
  });
});
