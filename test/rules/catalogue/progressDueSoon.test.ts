import { describe, expect, it } from 'vitest';
import { findingsOf, goodPlan, silentOnGoodPlan } from '../../support/plans.js';

describe('progress.due_soon', () => {
  it('reports an action falling due within the window, as info, only when asOf is given', () => {
    expect(findingsOf('progress.due_soon', goodPlan())).toEqual([]);
    const issues = findingsOf('progress.due_soon', goodPlan(), { asOf: '2027-09-30' });
    expect(issues.map((i) => [i.path, i.params, i.severity, i.message])).toEqual([
      [
        ['recommendations', 0, 'actions', 1],
        { ref: '1', action: 2, owner: 'Head of Safety', raw: 'September 2027', deadline: '2027-09-30', daysLeft: 0 },
        'info',
        'Action 2 of recommendation 1 (Head of Safety) is due today: its target "September 2027" ends on 2027-09-30.',
      ],
    ]);
  });

  it('follows the dueSoonDays window', () => {
    expect(findingsOf('progress.due_soon', goodPlan(), { asOf: '2027-08-01' })).toEqual([]);
    expect(
      findingsOf('progress.due_soon', goodPlan(), { asOf: '2027-08-01', dueSoonDays: 60 }).map((i) => i.params),
    ).toEqual([expect.objectContaining({ daysLeft: 60 })]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('progress.due_soon')).toBe(true);
  });
});
