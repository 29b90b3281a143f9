import { describe, expect, it } from 'vitest';
import { findingsOf, goodPlan, silentOnGoodPlan } from '../../support/plans.js';

describe('progress.overdue', () => {
  it('reports an overdue action only when asOf is given', () => {
    expect(findingsOf('progress.overdue', goodPlan())).toEqual([]);
    const issues = findingsOf('progress.overdue', goodPlan(), { asOf: '2027-07-01' });
    expect(issues.map((i) => [i.path, i.params, i.severity])).toEqual([
      [
        ['recommendations', 1, 'actions', 0],
        { ref: '2', action: 1, owner: 'Head of Analysis', raw: 'Q1 2027/28', deadline: '2027-06-30', daysOverdue: 1 },
        'warning',
      ],
    ]);
  });

  it('judges the revised target in effect, not the original', () => {
    const issues = findingsOf('progress.overdue', goodPlan(), { asOf: '2027-10-01' });
    expect(
      issues
        .map((i) => i.params as { ref: string; raw: string; daysOverdue: number })
        .map((p) => [p.ref, p.raw, p.daysOverdue]),
    ).toEqual([
      ['1', 'September 2027', 1],
      ['2', 'Q1 2027/28', 93],
    ]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('progress.overdue')).toBe(true);
  });
});
