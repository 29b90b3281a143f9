import type { Action } from '../model/Action.js';
import type { ActionStatus } from '../model/ActionStatus.js';
import { judgeAction, newJudgement } from './judgeAction.js';
import { resolveProgressOptions } from './resolveProgressOptions.js';

/**
 * Options for judging progress as of a date.
 * @category Progress
 */
export interface ProgressOptions {
  /**
   * The date to judge as of, written `YYYY-MM-DD`. The library never reads the clock: pass
   * today's date yourself.
   */
  readonly asOf: string;
  /**
   * How many days before its deadline an action counts as due soon (0 means only on the day).
   *
   * @defaultValue `30`
   */
  readonly dueSoonDays?: number;
}

/**
 * The status of an action as of a date: completed, withdrawn, overdue, due soon, on track or
 * open-ended.
 * @category Progress
 *
 * @remarks
 * Only progress updates dated on or before `asOf` count. The latest of them decides whether the
 * action is completed or withdrawn; if it reports the action as not started or in progress, the
 * action is open even if an earlier update or the plan said "Completed". Without updates, a
 * "Completed" target means completed.
 *
 * The latest revised target in those updates replaces the plan's target from the update's date on;
 * the original stays on record in the action. The deadline comes from {@link deadlineOf}: a
 * deadline is met on its own day, so a "March 2026" target is overdue from 1 April 2026, by 1 day.
 *
 * @param action - The action.
 * @param options - `asOf`, and `dueSoonDays` (30 unless given).
 * @returns The status, with the target in effect and, where there is one, the deadline.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad option, never because of
 * the plan: a `TypeError` when `options` is not an object or `asOf` is not a string, a
 * `RangeError` when `asOf` is not a real calendar date written `YYYY-MM-DD` or `dueSoonDays` is
 * not a whole number, 0 or more.
 *
 * @example
 * ```ts
 * import { actionStatus, parseTargetDate } from 'action-plan-kit';
 * const action = { owner: 'Chief Probation Officer', target: parseTargetDate('March 2026') };
 * actionStatus(action, { asOf: '2026-03-31' }).status //=> 'due-soon'
 * actionStatus(action, { asOf: '2026-04-01' }) //=> { status: 'overdue', target: action.target, revised: false, deadline: '2026-03-31', daysOverdue: 1 }
 *
 * // The facts of a status come with it: narrow on `status` to read them.
 * const status = actionStatus(action, { asOf: '2026-11-26' });
 * status.status //=> 'overdue'
 * if (status.status === 'overdue') {
 *   status.daysOverdue //=> 240
 * }
 * ```
 */
export function actionStatus(action: Action, options: ProgressOptions): ActionStatus {
  const { asOf, dueSoonDays } = resolveProgressOptions(options, 'actionStatus');
  return judgeAction(newJudgement(asOf, dueSoonDays), action, action.target);
}
