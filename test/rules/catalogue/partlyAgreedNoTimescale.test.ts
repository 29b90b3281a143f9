import { describe, expect, it } from 'vitest';
import { action, changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('partly_agreed.no_timescale', () => {
  it('reports a partly agreed recommendation whose only action sets no deadline', () => {
    const plan = changed((p) => {
      p.recommendations[1].actions = [action('Head of Analysis', 'Commenced and ongoing')];
    });
    expect(
      findingsOf('partly_agreed.no_timescale', plan).map((i) => [i.path, i.params, i.severity, i.message]),
    ).toEqual([
      [
        ['recommendations', 1, 'actions'],
        { ref: '2', actions: 1 },
        'warning',
        'Recommendation 2 is partly agreed but its one action has no target date with a deadline.',
      ],
    ]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('partly_agreed.no_timescale')).toBe(true);
  });
});
