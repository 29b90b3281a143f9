import { addDays } from '../dates/addDays.js';
import { dayNumber } from '../dates/dayNumber.js';
import { deadlineOf } from '../dates/deadlineOf.js';
import type { Action } from '../model/Action.js';
import type { ActionStatus, ActionStatusName } from '../model/ActionStatus.js';
import type { IsoDate } from '../model/IsoDate.js';
import type { ProgressUpdate } from '../model/ProgressUpdate.js';
import type { TargetDate } from '../model/TargetDate.js';

/**
 * Judgements of actions as of one date, and what the last one found. One object serves a whole
 * walk of a plan: the date work is done once, when it is made, and each judgement overwrites the
 * last, so that judging an action allocates nothing.
 */
export interface Judgement {
  /** The date actions are judged as of. */
  readonly asOf: IsoDate;
  /** The day number of `asOf` (days from 1970-01-01), computed once for the walk. */
  readonly asOfDay: number;
  /**
   * The last day of the due-soon window, `dueSoonDays` days after `asOf` (an action whose deadline
   * falls on it or before, and not before `asOf`, is due soon), computed once for the walk.
   */
  readonly dueBy: IsoDate;
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
  /** Calendar days from the date to the deadline (negative when overdue); 0 when there is none. */
  days: number;
}

/** Judgements as of a date, with options already checked, for one walk of a plan. */
export function newJudgement(asOf: IsoDate, dueSoonDays: number): Judgement {
  const none = { type: 'unknown', raw: '' } as const;
  return {
    asOf,
    asOfDay: dayNumber(asOf),
    dueBy: addDays(asOf, dueSoonDays),
    status: 'open-ended',
    target: none,
    revised: false,
    on: undefined,
    deadline: undefined,
    days: 0,
  };
}

/**
 * Judges an action against `planned` (its target, or the target as the checks read it), as of the
 * judgement's date. The one place an action's status is decided.
 *
 * @remarks
 * Only updates reported on or before that date count; of two on one day, the later listed counts
 * as later. The latest of them decides whether the action is completed or withdrawn, and the
 * latest that revises the target gives the target in effect.
 */
export function judgeInto(judgement: Judgement, action: Action, planned: TargetDate): ActionStatusName {
  const { asOf } = judgement;
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
  judgement.target = target;
  judgement.revised = revised;
  judgement.on = undefined;
  judgement.deadline = undefined;
  judgement.days = 0;

  if (latest !== undefined && (latest.status === 'completed' || latest.status === 'withdrawn')) {
    judgement.on = latest.on;
    return (judgement.status = latest.status);
  }
  if (latest === undefined && target.type === 'status' && target.status === 'completed') {
    return (judgement.status = 'completed');
  }
  const deadline = (judgement.deadline = deadlineOf(target));
  if (deadline === undefined) return (judgement.status = 'open-ended');
  // Day numbers are remembered for each distinct date, so no date arithmetic runs per action here.
  const days = (judgement.days = dayNumber(deadline) - judgement.asOfDay);
  return (judgement.status = days < 0 ? 'overdue' : deadline <= judgement.dueBy ? 'due-soon' : 'on-track');
}

/**
 * Judges an action against `planned` (its target, or the target as the checks read it), as of the
 * judgement's date, and describes its status as an object.
 */
export function judgeAction(judgement: Judgement, action: Action, planned: TargetDate): ActionStatus {
  const status = judgeInto(judgement, action, planned);
  const { target, revised, on, deadline, days } = judgement;
  const described: Record<string, unknown> = { status, target, revised };
  if (on !== undefined) described.on = on;
  if (deadline !== undefined) {
    described.deadline = deadline;
    if (status === 'overdue') described.daysOverdue = -days;
    else described.daysLeft = days;
  }
  return described as unknown as ActionStatus;
}
