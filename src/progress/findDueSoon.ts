import type { IsoDate } from '../model/IsoDate.js';
import type { ActionPlan } from '../model/ActionPlan.js';
import type { DueSoonAction } from '../model/DueAction.js';
import { resolveDueSoonDays } from './resolveProgressOptions.js';
import { forEachStatus } from './forEachStatus.js';

/**
 * Options for {@link findDueSoon}.
 * @category Progress
 */
export interface DueSoonOptions {
  /** The date to look ahead from. The library never reads the clock: pass today's date yourself. */
  readonly asOf: IsoDate;
  /**
   * How many days ahead to look: deadlines from `asOf` to `asOf` plus this many days count.
   *
   * @defaultValue `30`
   */
  readonly withinDays?: number;
}

/**
 * Lists the actions of a plan that fall due within the next few days, soonest first.
 * @category Progress
 *
 * @remarks
 * The companion of {@link findOverdue}: actions not completed or withdrawn whose deadline is on
 * `asOf` or within `withinDays` days after it. Overdue actions are not listed here. Actions due on
 * the same day keep the plan's order.
 *
 * @param plan - The plan.
 * @param options - `asOf`, and `withinDays` (30 unless given).
 * @returns The actions falling due, each with its ref, owner, deadline and days left.
 * @throws {RangeError} When `asOf` is not a real calendar date, or `withinDays` is not a whole
 * number of days, 0 or more.
 *
 * @example
 * ```ts
 * import { findDueSoon, parseTargetDate } from 'action-plan-kit';
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
 * };
 * findDueSoon(plan, { asOf: '2026-11-26', withinDays: 60 }).map((a) => [a.ref, a.deadline, a.daysLeft])
 * //=> [['2', '2026-12-31', 35]]
 * findDueSoon(plan, { asOf: '2026-11-26' }) //=> []
 * ```
 */
export function findDueSoon(plan: ActionPlan, options: DueSoonOptions): DueSoonAction[] {
  const dueSoonDays = resolveDueSoonDays(options.withinDays, 'withinDays');
  const due: DueSoonAction[] = [];
  forEachStatus(
    plan,
    { asOf: options.asOf, dueSoonDays },
    (judgement, recommendation, recommendationIndex, action, actionIndex) => {
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
    },
  );
  return due.sort((a, b) => a.daysLeft - b.daysLeft);
}
