import { describe, expect, it } from 'vitest';
import { parseTargetDate } from '../../../src/index.js';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('action.target_unrecognised', () => {
  it('reports a target date whose text is not understood', () => {
    const plan = changed((p) => {
      p.recommendations[1].actions[0].target = parseTargetDate('When resources allow');
    });
    expect(findingsOf('action.target_unrecognised', plan).map((i) => [i.path, i.params, i.severity])).toEqual([
      [
        ['recommendations', 1, 'actions', 0, 'target'],
        { ref: '2', action: 1, owner: 'Head of Analysis', raw: 'When resources allow' },
        'warning',
      ],
    ]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('action.target_unrecognised')).toBe(true);
  });
});
