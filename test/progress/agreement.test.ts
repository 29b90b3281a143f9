import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionStatus,
  checkActionPlan,
  findDueSoon,
  findOverdue,
  tallyProgress,
  type ActionPlan,
  type ActionStatusName,
  type IsoDate,
  type TargetDate,
} from '../../src/index.js';
import { actionPlan } from '../support/arbitraries.js';

/** Targets stored as unknown whose text reads as a date, a period or a status. */
const readableUnknown: fc.Arbitrary<TargetDate> = fc
  .constantFrom(
    'March 2026',
    '31/5/2026',
    '5/31/2026',
    'Q3 2026',
    '2026-27',
    'Spring 2027',
    'Completed',
    'Commenced and ongoing',
    '2026-11-26',
    'December 2026',
  )
  .map((raw) => ({ type: 'unknown', raw }));

/** Valid plans, some of whose actions have targets stored as unknown though their text reads. */
const plans: fc.Arbitrary<ActionPlan> = fc
  .tuple(actionPlan, fc.array(fc.option(readableUnknown, { nil: undefined }), { maxLength: 12 }))
  .map(([plan, replacements]) => {
    let n = 0;
    return {
      ...plan,
      recommendations: plan.recommendations.map((recommendation) => ({
        ...recommendation,
        actions: recommendation.actions.map((action) => {
          const target = replacements[n++];
          return target === undefined ? action : { ...action, target };
        }),
      })),
    };
  });

const asOfs = fc
  .date({ min: new Date(Date.UTC(1899, 11, 1)), max: new Date(Date.UTC(2200, 0, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);

const key = (path: readonly (string | number)[]) => JSON.stringify(path);

describe('the monitoring functions and the checks', () => {
  it('give every action of every plan one status, with one deadline', () => {
    fc.assert(
      fc.property(
        plans,
        asOfs,
        fc.nat({ max: 400 }),
        fc.constantFrom({}, { dayFirst: false }),
        (plan, asOf, dueSoonDays, targetDates) => {
          const options = { asOf, dueSoonDays };
          const statuses = new Map<string, ActionStatusName>();
          const counts = { completed: 0, withdrawn: 0, overdue: 0, dueSoon: 0, onTrack: 0, openEnded: 0, total: 0 };
          const names = {
            completed: 'completed',
            withdrawn: 'withdrawn',
            overdue: 'overdue',
            'due-soon': 'dueSoon',
            'on-track': 'onTrack',
            'open-ended': 'openEnded',
          } as const;
          const deadlines = new Map<string, string | undefined>();
          plan.recommendations.forEach((recommendation, r) =>
            recommendation.actions.forEach((action, a) => {
              const status = actionStatus(action, options);
              const path = key(['recommendations', r, 'actions', a]);
              statuses.set(path, status.status);
              deadlines.set(path, 'deadline' in status ? status.deadline : undefined);
              counts[names[status.status]] += 1;
              counts.total += 1;
            }),
          );
          const pathsWith = (status: ActionStatusName) =>
            [...statuses].filter(([, s]) => s === status).map(([path]) => path);

          const overdue = findOverdue(plan, options);
          expect(overdue.map((o) => key(o.path)).sort()).toEqual(pathsWith('overdue').sort());
          for (const o of overdue) expect(o.deadline).toBe(deadlines.get(key(o.path)));
          const dueSoon = findDueSoon(plan, options);
          expect(dueSoon.map((o) => key(o.path)).sort()).toEqual(pathsWith('due-soon').sort());
          for (const o of dueSoon) expect(o.deadline).toBe(deadlines.get(key(o.path)));

          expect(tallyProgress(plan, options).actions).toEqual(counts);

          // The conventions of a check change what it says about a target's text, never a deadline.
          const issues = checkActionPlan(plan, { ...options, targetDates });
          const reported = (code: string) =>
            issues
              .filter((i) => i.code === code)
              .map((i) => key(i.path))
              .sort();
          expect(reported('progress.overdue')).toEqual(pathsWith('overdue').sort());
          expect(reported('progress.due_soon')).toEqual(pathsWith('due-soon').sort());
          for (const issue of issues) {
            if (issue.code === 'progress.overdue' || issue.code === 'progress.due_soon') {
              expect((issue.params as { deadline: string }).deadline).toBe(deadlines.get(key(issue.path)));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agree that an action whose target is stored as unknown has no deadline, whatever its text says', () => {
    const plan: ActionPlan = {
      format: 'action-plan/1',
      title: 'Plan',
      recommendations: [
        {
          ref: '1',
          text: 'Improve.',
          agreement: { category: 'agreed' },
          response: [{ type: 'paragraph', text: 'We will.' }],
          actions: [{ owner: 'Chief Probation Officer', target: { type: 'unknown', raw: 'March 2026' } }],
        },
      ],
    };
    const asOf = '2026-06-01';
    expect(actionStatus(plan.recommendations[0]!.actions[0]!, { asOf }).status).toBe('open-ended');
    expect(findOverdue(plan, { asOf })).toEqual([]);
    expect(tallyProgress(plan, { asOf }).actions.openEnded).toBe(1);
    expect(checkActionPlan(plan, { asOf }).map((i) => [i.code, i.params])).toEqual([
      ['agreed.no_timescale', { ref: '1', actions: 1 }],
      [
        'action.target_unrecognised',
        {
          ref: '1',
          action: 1,
          owner: 'Chief Probation Officer',
          raw: 'March 2026',
          readsAs: { type: 'month', raw: 'March 2026', month: '2026-03' },
        },
      ],
    ]);
  });
});
