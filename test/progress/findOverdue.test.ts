import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionStatus,
  findDueSoon,
  findOverdue,
  parseTargetDate,
  type ActionPlan,
  type IsoDate,
} from '../../src/index.js';
import { actionPlan } from '../support/arbitraries.js';
import { deepFreeze } from '../support/deepFreeze.js';

const plan = (targets: string[][]): ActionPlan =>
  deepFreeze({
    format: 'action-plan/1',
    title: 'Plan',
    recommendations: targets.map((list, i) => ({
      ref: String(i + 1),
      text: 'Recommendation',
      agreement: { category: 'agreed' },
      response: [],
      actions: list.map((target, j) => ({ owner: `Owner ${i + 1}.${j + 1}`, target: parseTargetDate(target) })),
    })),
  } as ActionPlan);
const asOf = '2026-11-26' as IsoDate;

describe('findOverdue', () => {
  it('lists the most overdue first and keeps the plan order among equals', () => {
    const found = findOverdue(plan([['June 2026'], ['March 2026', 'June 2026'], ['Completed', 'December 2026']]), {
      asOf,
    });
    expect(found.map((a) => [a.owner, a.daysOverdue])).toEqual([
      ['Owner 2.1', 240],
      ['Owner 1.1', 149],
      ['Owner 2.2', 149],
    ]);
  });

  it('is empty for a plan with no recommendations or no deadlines', () => {
    expect(findOverdue(plan([]), { asOf })).toEqual([]);
    expect(findOverdue(plan([['Ongoing', 'TBC'], []]), { asOf })).toEqual([]);
  });

  it('throws a RangeError for an invalid asOf', () => {
    expect(() => findOverdue(plan([]), { asOf: 'today' })).toThrow(RangeError);
  });
});

describe('findOverdue and findDueSoon', () => {
  it('list exactly the actions actionStatus judges overdue or due soon, with its facts', () => {
    fc.assert(
      fc.property(actionPlan, fc.constantFrom('2026-11-26', '2000-01-01', '2150-06-30'), (plan, on) => {
        const asOf = on as IsoDate;
        const overdue = [];
        const dueSoon = [];
        for (const [recommendationIndex, recommendation] of plan.recommendations.entries()) {
          for (const [actionIndex, action] of recommendation.actions.entries()) {
            const status = actionStatus(action, { asOf });
            const where = {
              ref: recommendation.ref,
              recommendationIndex,
              actionIndex,
              path: ['recommendations', recommendationIndex, 'actions', actionIndex],
              owner: action.owner,
              target: status.target,
              revised: status.revised,
            };
            if (status.status === 'overdue')
              overdue.push({ ...where, deadline: status.deadline, daysOverdue: status.daysOverdue });
            if (status.status === 'due-soon')
              dueSoon.push({ ...where, deadline: status.deadline, daysLeft: status.daysLeft });
          }
        }
        expect(findOverdue(plan, { asOf })).toEqual(overdue.sort((a, b) => b.daysOverdue - a.daysOverdue));
        expect(findDueSoon(plan, { asOf })).toEqual(dueSoon.sort((a, b) => a.daysLeft - b.daysLeft));
      }),
      { numRuns: 300 },
    );
  });
});

describe('findDueSoon', () => {
  it('lists deadlines from asOf to asOf plus the window, soonest first, never overdue ones', () => {
    const found = findDueSoon(
      plan([
        ['31 December 2026', '26 November 2026'],
        ['25 November 2026', '27 December 2026'],
      ]),
      {
        asOf,
        dueSoonDays: 31,
      },
    );
    expect(found.map((a) => [a.owner, a.daysLeft])).toEqual([
      ['Owner 1.2', 0],
      ['Owner 2.2', 31],
    ]);
  });

  it('throws a RangeError for a negative window', () => {
    expect(() => findDueSoon(plan([]), { asOf, dueSoonDays: -1 })).toThrow(RangeError);
  });
});
