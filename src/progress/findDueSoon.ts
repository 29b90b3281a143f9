import type { IsoDate } from '../model/IsoDate.js';
import type { ActionPlan } from '../model/ActionPlan.js';
import type { DueSoonAction } from '../model/DueAction.js';
import { resolveProgressOptions } from './resolveProgressOptions.js';
import { forEachStatus } from './forEachStatus.js';

/**
 * Options for {@link findDueSoon}.
 * @category Progress
 */
export interface DueSoonOptions {
  /**
   * The date to look ahead from, written `YYYY-MM-DD`. The library never reads the clock: pass
   * today's date yourself.
   */
  readonly asOf: string;
  /**
   * How many days ahead to look: deadlines from `asOf` to `asOf` plus this many days count. The
   * same window as `dueSoonDays` of {@link actionStatus} and {@link checkActionPlan}.
   *
   * @defaultValue `30`
   */
  readonly dueSoonDays?: number;
}

/**
 * Lists the actions of a plan that fall due within the next few days, soonest first.
 * @category Progress
 *
 * @remarks
 * The companion of {@link findOverdue}: actions not completed or withdrawn whose deadline is on
 * `asOf` or within `dueSoonDays` days after it. Overdue actions are not listed here. Actions due on
 * the same day keep the plan's order.
 *
 * @param plan - The plan.
 * @param options - `asOf`, and `dueSoonDays` (30 unless given).
 * @returns The actions falling due, each with its ref, owner, deadline and days left.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad option, never because of
 * the plan: a `TypeError` when `options` is not an object or `asOf` is not a string, a
 * `RangeError` when `asOf` is not a real calendar date written `YYYY-MM-DD` or `dueSoonDays` is
 * not a whole number, 0 or more.
 *
 * @example
 * ```ts
 * import { findDueSoon, parseTargetDate, type ActionPlan } from 'action-plan-kit';
 * const plan = {
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [{
 *     ref: '2',
 *     text: 'Devise a mechanism for feedback from victims.',
 *     agreement: { category: 'agreed' },
 *     response: [],
 *     actions: [{ owner: 'Deputy Director Public Protection Group', target: parseTargetDate('December 2026') }],
 *   }],
 * } satisfies ActionPlan;
 * findDueSoon(plan, { asOf: '2026-11-26', dueSoonDays: 60 }).map((a) => [a.ref, a.deadline, a.daysLeft])
 * //=> [['2', '2026-12-31', 35]]
 * findDueSoon(plan, { asOf: '2026-11-26' }) //=> []
 * ```
 */
export function findDueSoon(plan: ActionPlan, options: DueSoonOptions): DueSoonAction[] {
  const resolved = resolveProgressOptions(options, 'findDueSoon');
  const due: DueSoonAction[] = [];
  forEachStatus(plan, resolved, (judgement, recommendation, recommendationIndex, action, actionIndex) => {
    if (judgement.status === 'due-soon') {
      due.push({
        ref: recommendation.ref,
        recommendationIndex,
        actionIndex,
        path: ['recommendations', recommendationIndex, 'actions', actionIndex],
        owner: action.owner,
        target: judgement.target,
        revised: judgement.revised,
        deadline: judgement.deadline as IsoDate,
        daysLeft: judgement.days,
      });
    }
  });
  return due.sort((a, b) => a.daysLeft - b.daysLeft);
}
