import { describe, expectTypeOf, it } from 'vitest';
import {
  actionStatus,
  checkActionPlan,
  findDueSoon,
  isoDate,
  parseTargetDate,
  type ActionPlan,
  type CheckOptions,
  type DueSoonOptions,
  type IsoDate,
  type ProgressOptions,
} from '../../src/index.js';

describe('dates in options and in plans', () => {
  it('takes asOf as a plain string in every option type', () => {
    expectTypeOf<ProgressOptions['asOf']>().toEqualTypeOf<string>();
    expectTypeOf<DueSoonOptions['asOf']>().toEqualTypeOf<string>();
    expectTypeOf<CheckOptions['asOf']>().toEqualTypeOf<string | undefined>();
  });

  it('names the due-soon window dueSoonDays everywhere', () => {
    expectTypeOf<DueSoonOptions>().toHaveProperty('dueSoonDays');
    expectTypeOf<ProgressOptions>().toHaveProperty('dueSoonDays');
    expectTypeOf<CheckOptions>().toHaveProperty('dueSoonDays');
    expectTypeOf<DueSoonOptions>().not.toHaveProperty('withinDays');
  });

  it('gives a plan literal its dates with isoDate, and keeps a plain string out of a plan', () => {
    expectTypeOf(isoDate).toEqualTypeOf<(text: string) => IsoDate>();
    const plan = {
      format: 'action-plan/1',
      title: 'Plan',
      submitted: isoDate('2026-02-09'),
      recommendations: [],
    } satisfies ActionPlan;
    expectTypeOf(plan.format).toEqualTypeOf<'action-plan/1'>();
    // @ts-expect-error a date in a plan is checked: a plain string is not an IsoDate
    const unchecked: ActionPlan = { ...plan, submitted: '2026-02-09' };
    expectTypeOf(unchecked).toEqualTypeOf<ActionPlan>();
  });

  it('reads the facts of a status only once it is narrowed', () => {
    const status = actionStatus({ owner: 'Governor', target: parseTargetDate('March 2026') }, { asOf: '2026-11-26' });
    // @ts-expect-error daysOverdue exists on an overdue status only
    void status.daysOverdue;
    if (status.status === 'overdue') expectTypeOf(status.daysOverdue).toEqualTypeOf<number>();
  });

  it('types the issues of a rule of your own from its params', () => {
    const plan: ActionPlan = { format: 'action-plan/1', title: 'Plan', recommendations: [] };
    const issues = checkActionPlan(plan, {
      extraRules: [
        {
          code: 'house.rule',
          severity: 'info',
          description: 'Never reports.',
          fix: 'Nothing.',
          message: (params: { readonly n: number }) => String(params.n),
          check: () => [],
        },
      ],
    });
    const mine = issues.find((issue) => issue.code === 'house.rule');
    if (mine?.code === 'house.rule') expectTypeOf(mine.params).toEqualTypeOf<{ readonly n: number }>();
    expectTypeOf(findDueSoon).parameter(1).toEqualTypeOf<DueSoonOptions>();
  });
});
