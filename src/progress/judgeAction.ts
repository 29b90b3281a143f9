import { daysBetween } from '../_lib/calendar.js';
import { deadlineOf } from '../dates/deadlineOf.js';
import type { Action } from '../model/Action.js';
import type { ActionStatus, ActionStatusName } from '../model/ActionStatus.js';
import type { IsoDate } from '../model/IsoDate.js';
import type { ProgressUpdate } from '../model/ProgressUpdate.js';
import type { TargetDate } from '../model/TargetDate.js';

/**
 * What judging an action as of a date finds. One object serves a whole walk of a plan: each
 * judgement overwrites the last, so that judging an action allocates nothing.
 */
export interface Judgement {
  /** The action's status. */
  status: ActionStatusName;
  /** The target in effect: the latest revised target reported on or before the date, or the planned one. */
  target: TargetDate;
  /** Whether `target` comes from a progress update. */
  revised: boolean;
  /** The date of the update that completed or withdrew the action; `undefined` otherwise. */
  on: IsoDate | undefined;
  /** The deadline of `target`, for an overdue, due-soon or on-track action; `undefined` otherwise. */
  deadline: IsoDate | undefined;
  /** Calendar days from the date to the deadline (negative when overdue); 0 when there is no deadline. */
  days: number;
}

/** A judgement to overwrite, for one walk of a plan. */
export function newJudgement(planned: TargetDate): Judgement {
  return { status: 'open-ended', target: planned, revised: false, on: undefined, deadline: undefined, days: 0 };
}

/**
 * Judges an action as of a date whose options are already checked, against `planned` (its target,
 * or the target as the checks read it), into `into`. The one place an action's status is decided.
 *
 * @remarks
 * Only updates reported on or before `asOf` count; of two on one day, the later listed counts as
 * later. The latest of them decides whether the action is completed or withdrawn, and the latest
 * that revises the target gives the target in effect.
 */
export function judgeInto(
  into: Judgement,
  action: Action,
  planned: TargetDate,
  asOf: IsoDate,
  dueSoonDays: number,
): ActionStatusName {
  let target = planned;
  let revised = false;
  let latest: ProgressUpdate | undefined;
  const updates = action.updates;
  if (updates !== undefined) {
    let revisedOn: IsoDate | undefined;
    for (let i = 0; i < updates.length; i += 1) {
      const update = updates[i] as ProgressUpdate;
      if (!(update.on <= asOf)) continue;
      if (latest === undefined || update.on >= latest.on) latest = update;
      if (update.revisedTarget !== undefined && (revisedOn === undefined || update.on >= revisedOn)) {
        target = update.revisedTarget;
        revised = true;
        revisedOn = update.on;
      }
    }
  }
  into.target = target;
  into.revised = revised;
  into.on = undefined;
  into.deadline = undefined;
  into.days = 0;

  if (latest !== undefined && (latest.status === 'completed' || latest.status === 'withdrawn')) {
    into.on = latest.on;
    return (into.status = latest.status);
  }
  if (latest === undefined && target.type === 'status' && target.status === 'completed') {
    return (into.status = 'completed');
  }
  const deadline = deadlineOf(target);
  if (deadline === undefined) return (into.status = 'open-ended');
  const days = daysBetween(asOf, deadline);
  into.deadline = deadline;
  into.days = days;
  return (into.status = days < 0 ? 'overdue' : days <= dueSoonDays ? 'due-soon' : 'on-track');
}

/**
 * Judges an action as of a date whose options are already checked, against `planned` (its target,
 * or the target as the checks read it), and describes its status as an object.
 */
export function judgeAction(action: Action, planned: TargetDate, asOf: IsoDate, dueSoonDays: number): ActionStatus {
  const j = newJudgement(planned);
  const status = judgeInto(j, action, planned, asOf, dueSoonDays);
  const { target, revised } = j;
  switch (status) {
    case 'completed':
      return j.on === undefined
        ? { status: 'completed', target, revised }
        : { status: 'completed', target, revised, on: j.on };
    case 'withdrawn':
      return { status: 'withdrawn', target, revised, on: j.on as IsoDate };
    case 'open-ended':
      return { status: 'open-ended', target, revised };
    case 'overdue':
      return { status: 'overdue', target, revised, deadline: j.deadline as IsoDate, daysOverdue: -j.days };
    case 'due-soon':
      return { status: 'due-soon', target, revised, deadline: j.deadline as IsoDate, daysLeft: j.days };
    default:
      return { status: 'on-track', target, revised, deadline: j.deadline as IsoDate, daysLeft: j.days };
  }
}
