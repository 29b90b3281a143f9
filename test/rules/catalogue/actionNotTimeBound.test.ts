import { describe, expect, it } from 'vitest';
import { parseTargetDate } from '../../../src/index.js';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('action.not_time_bound', () => {
  it.each([
    ['Commenced and ongoing', 'ongoing'],
    ['TBC', 'to-be-confirmed'],
    ['After decision', 'after-decision'],
  ])('reports the target %j', (raw, status) => {
    const plan = changed((p) => {
      p.recommendations[0].actions[1].target = parseTargetDate(raw);
    });
    expect(findingsOf('action.not_time_bound', plan).map((i) => [i.path, i.params, i.severity])).toEqual([
      [
        ['recommendations', 0, 'actions', 1, 'target'],
        { ref: '1', action: 2, owner: 'Head of Safety', raw, status },
        'warning',
      ],
    ]);
  });

  it('does not report a completed action', () => {
    expect(
      findingsOf(
        'action.not_time_bound',
        changed((p) => {
          p.recommendations[0].actions[1].target = parseTargetDate('Completed');
        }),
      ),
    ).toEqual([]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('action.not_time_bound')).toBe(true);
  });
});
