import { describe, expect, it } from 'vitest';
import { action, changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('not_agreed.has_actions', () => {
  it('reports a recommendation not agreed that still has actions with deadlines', () => {
    const plan = changed((p) => {
      p.recommendations[2].actions = [
        action('Governor', 'June 2027'),
        action('Governor', 'Ongoing'),
        action('Governor', 'Q1 2027'),
      ];
    });
    expect(findingsOf('not_agreed.has_actions', plan).map((i) => [i.path, i.params, i.severity])).toEqual([
      [['recommendations', 2, 'actions'], { ref: '3', actions: 2 }, 'warning'],
    ]);
  });

  it('accepts actions without deadlines, such as keeping the position under review', () => {
    expect(
      findingsOf(
        'not_agreed.has_actions',
        changed((p) => {
          p.recommendations[2].actions = [action('Governor', 'Ongoing')];
        }),
      ),
    ).toEqual([]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('not_agreed.has_actions')).toBe(true);
  });
});
