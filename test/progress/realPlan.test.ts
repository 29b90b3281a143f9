import { describe, expect, it } from 'vitest';
import { actionStatus, findDueSoon, findOverdue, recommendationStatus, type IsoDate } from '../../src/index.js';
import { realPlan } from '../support/realPlan.js';

const asOf = (value: string) => ({ asOf: value as IsoDate });

describe('monitoring the bundled real plan (no progress recorded)', () => {
  it('finds the five overdue actions as of 2026-11-26, most overdue first', () => {
    expect(
      findOverdue(realPlan(), asOf('2026-11-26')).map((a) => [a.ref, a.target.raw, a.owner, a.deadline, a.daysOverdue]),
    ).toEqual([
      ['1', 'March 2026', 'Deputy Director Public Protection Group', '2026-03-31', 240],
      ['4', 'April 2026', 'Chief Probation Officer', '2026-04-30', 210],
      ['1', 'June 2026', 'Deputy Director Public Protection Group', '2026-06-30', 149],
      ['2', 'June 2026', 'Deputy Director Public Protection Group', '2026-06-30', 149],
      ['6', 'September 2026', 'Regional Probation Director, Performance & Quality', '2026-09-30', 57],
    ]);
  });

  it('points each overdue action at its place in the plan', () => {
    const [first] = findOverdue(realPlan(), asOf('2026-11-26'));
    expect(first).toMatchObject({
      recommendationIndex: 0,
      actionIndex: 0,
      path: ['recommendations', 0, 'actions', 0],
      revised: false,
    });
  });

  it('counts 5 overdue, 1 completed, 3 open-ended and 3 on track', () => {
    const statuses = realPlan().recommendations.flatMap((r) =>
      r.actions.map((a) => actionStatus(a, asOf('2026-11-26')).status),
    );
    const count = (name: string) => statuses.filter((s) => s === name).length;
    expect(statuses).toHaveLength(12);
    expect([count('overdue'), count('completed'), count('open-ended'), count('on-track'), count('due-soon')]).toEqual([
      5, 1, 3, 3, 0,
    ]);
  });

  it('has nothing overdue on 31 March 2026, and one action 1 day overdue on 1 April 2026', () => {
    expect(findOverdue(realPlan(), asOf('2026-03-31'))).toEqual([]);
    expect(findOverdue(realPlan(), asOf('2026-04-01')).map((a) => [a.ref, a.daysOverdue])).toEqual([['1', 1]]);
  });

  it('lists the December actions as falling due within 35 days of 2026-11-26, but not within 30', () => {
    expect(findDueSoon(realPlan(), asOf('2026-11-26'))).toEqual([]);
    expect(
      findDueSoon(realPlan(), { asOf: '2026-11-26', dueSoonDays: 35 }).map((a) => [a.ref, a.owner, a.daysLeft]),
    ).toEqual([
      ['2', 'Deputy Director Public Protection Group', 35],
      ['3', 'Deputy Director Public Protection Group', 35],
      ['3', 'Deputy Director, Workforce and Capability', 35],
    ]);
  });

  it('rolls each recommendation up from its actions', () => {
    const plan = realPlan();
    expect(plan.recommendations.map((r) => [r.ref, recommendationStatus(r, asOf('2026-11-26')).status])).toEqual([
      ['1', 'overdue'],
      ['2', 'overdue'],
      ['3', 'on-track'],
      ['4', 'overdue'],
      ['5', 'open-ended'],
      ['6', 'overdue'],
      ['7', 'open-ended'],
    ]);
  });
});
