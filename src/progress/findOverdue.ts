import type { ActionPlan } from '../model/ActionPlan.js';
import type { OverdueAction } from '../model/DueAction.js';
import type { ProgressOptions } from './actionStatus.js';
import type { IsoDate } from '../model/IsoDate.js';
import { forEachStatus } from './forEachStatus.js';
import { checkOptionsObject, dateOption } from '../_lib/options.js';

/**
 * Lists the actions of a plan that are overdue as of a date, most overdue first.
 * @category Progress
 *
 * @remarks
 * An action is overdue when the deadline of its target in effect (see {@link actionStatus}) has
 * passed and no progress update on or before `asOf` reports it completed or withdrawn. Actions
 * overdue by the same number of days keep the plan's order.
 *
 * @param plan - The plan.
 * @param options - `asOf`: the date to judge as of, written `YYYY-MM-DD` (the library never reads the clock).
 * @returns The overdue actions, each with its recommendation's ref, owner, deadline and days overdue.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad option, never because of
 * the plan: a `TypeError` when `options` is not an object or `asOf` is not a string, a
 * `RangeError` when `asOf` is not a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { findOverdue, parseTargetDate, type ActionPlan } from 'action-plan-kit';
 * const plan = {
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [{
 *     ref: '4',
 *     text: 'Ensure the countersigning process is robust.',
 *     agreement: { category: 'agreed' },
 *     response: [],
 *     actions: [{ owner: 'Chief Probation Officer', target: parseTargetDate('April 2026') }],
 *   }],
 * } satisfies ActionPlan;
 * findOverdue(plan, { asOf: '2026-11-26' }).map((a) => [a.ref, a.owner, a.deadline, a.daysOverdue])
 * //=> [['4', 'Chief Probation Officer', '2026-04-30', 210]]
 * ```
 */
export function findOverdue(plan: ActionPlan, options: Pick<ProgressOptions, 'asOf'>): OverdueAction[] {
  const overdue: OverdueAction[] = [];
  checkOptionsObject('findOverdue', options);
  const asOf = dateOption('findOverdue', 'options.asOf', options?.asOf);
  forEachStatus(
    plan,
    { asOf, dueSoonDays: 0 },
    (judgement, recommendation, recommendationIndex, action, actionIndex) => {
      if (judgement.status === 'overdue') {
        overdue.push({
          ref: recommendation.ref,
          recommendationIndex,
          actionIndex,
          path: ['recommendations', recommendationIndex, 'actions', actionIndex],
          owner: action.owner,
          target: judgement.target,
          revised: judgement.revised,
          deadline: judgement.deadline as IsoDate,
          daysOverdue: -judgement.days,
        });
      }
    },
  );
  // Array.prototype.sort is stable: equal days keep the plan's order.
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
}
