import { daysBetween } from '../dates/_internal/calendar.js';
import { deadlineOf } from '../dates/deadlineOf.js';
import type { Action } from '../model/Action.js';
import type { ActionStatus } from '../model/ActionStatus.js';
import type { IsoDate } from '../model/IsoDate.js';
import type { ProgressUpdate } from '../model/ProgressUpdate.js';
import type { TargetDate } from '../model/TargetDate.js';
import { resolveProgressOptions } from './_internal/resolveProgressOptions.js';

/**
 * Options for judging progress as of a date.
 */
export interface ProgressOptions {
  /** The date to judge as of. The library never reads the clock: pass today's date yourself. */
  readonly asOf: IsoDate;
  /**
   * How many days before its deadline an action counts as due soon (0 means only on the day).
   *
   * @defaultValue `30`
   */
  readonly dueSoonDays?: number;
}

/** The updates reported on or before `asOf`, oldest first; of two on one day, the later listed counts as later. */
function updatesUpTo(action: Action, asOf: IsoDate): ProgressUpdate[] {
  const updates = action.updates ?? [];
  const known = updates.filter((update) => update.on <= asOf);
  return known.length < 2 ? known : known
    .map((update, index) => ({ update, index }))
    .sort((a, b) => (a.update.on < b.update.on ? -1 : a.update.on > b.update.on ? 1 : a.index - b.index))
    .map(({ update }) => update);
}

/**
 * The status of an action as of a date: completed, withdrawn, overdue, due soon, on track or
 * open-ended.
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
 * @throws {RangeError} When `asOf` is not a real calendar date written `YYYY-MM-DD`, or
 * `dueSoonDays` is not a whole number of days, 0 or more.
 *
 * @example
 * ```ts
 * import { actionStatus, parseTargetDate } from 'action-plan-kit';
 * const action = { owner: 'Chief Probation Officer', target: parseTargetDate('March 2026') };
 * actionStatus(action, { asOf: '2026-03-31' }).status //=> 'due-soon'
 * actionStatus(action, { asOf: '2026-04-01' }) //=> { status: 'overdue', target: action.target, revised: false, deadline: '2026-03-31', daysOverdue: 1 }
 * ```
 */
export function actionStatus(action: Action, options: ProgressOptions): ActionStatus {
  const { asOf, dueSoonDays } = resolveProgressOptions(options);

  const updates = updatesUpTo(action, asOf);
  let target: TargetDate = action.target;
  let revised = false;
  for (const update of updates) {
    if (update.revisedTarget !== undefined) {
      target = update.revisedTarget;
      revised = true;
    }
  }

  const latest = updates[updates.length - 1];
  if (latest?.status === 'completed') return { status: 'completed', target, revised, on: latest.on };
  if (latest?.status === 'withdrawn') return { status: 'withdrawn', target, revised, on: latest.on };
  if (latest === undefined && target.type === 'status' && target.status === 'completed') {
    return { status: 'completed', target, revised };
  }

  const deadline = deadlineOf(target);
  if (deadline === undefined) return { status: 'open-ended', target, revised };
  const daysLeft = daysBetween(asOf, deadline);
  if (daysLeft < 0) return { status: 'overdue', target, revised, deadline, daysOverdue: -daysLeft };
  if (daysLeft <= dueSoonDays) return { status: 'due-soon', target, revised, deadline, daysLeft };
  return { status: 'on-track', target, revised, deadline, daysLeft };
}
