import { describe, expect, it } from 'vitest';
import { parseTargetDate } from '../../../src/index.js';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('action.target_revised_without_reason', () => {
  it.each([[undefined], [''], ['  ']])('reports a revised target with the reason %j', (reason) => {
    const plan = changed((p) => {
      p.recommendations[0].actions[1].updates.push({
        on: '2026-09-01',
        status: 'in-progress',
        revisedTarget: parseTargetDate('December 2027'),
        ...(reason === undefined ? {} : { reason }),
      });
    });
    expect(findingsOf('action.target_revised_without_reason', plan).map((i) => [i.path, i.params, i.severity])).toEqual(
      [
        [
          ['recommendations', 0, 'actions', 1, 'updates', 1],
          { ref: '1', action: 2, owner: 'Head of Safety', update: 2, raw: 'December 2027' },
          'warning',
        ],
      ],
    );
  });

  it('does not report an update that revises nothing', () => {
    const plan = changed((p) => {
      p.recommendations[0].actions[1].updates.push({ on: '2026-09-01', status: 'in-progress' });
    });
    expect(findingsOf('action.target_revised_without_reason', plan)).toEqual([]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('action.target_revised_without_reason')).toBe(true);
  });
});
