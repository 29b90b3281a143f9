import { daysBetween } from '../_lib/calendar.js';
import { deadlineOf } from '../dates/deadlineOf.js';
import type { Action } from '../model/Action.js';
import type { ActionStatus } from '../model/ActionStatus.js';
import type { IsoDate } from '../model/IsoDate.js';
import type { ProgressUpdate } from '../model/ProgressUpdate.js';
import type { TargetDate } from '../model/TargetDate.js';

const NONE: readonly ProgressUpdate[] = [];

/** The updates reported on or before `asOf`, oldest first; of two on one day, the later listed counts as later. */
function updatesUpTo(action: Action, asOf: IsoDate): readonly ProgressUpdate[] {
  const updates = action.updates;
  if (updates === undefined || updates.length === 0) return NONE;
  const known = updates.filter((update) => update.on <= asOf);
  return known.length < 2
    ? known
    : known
        .map((update, index) => ({ update, index }))
        .sort((a, b) => (a.update.on < b.update.on ? -1 : a.update.on > b.update.on ? 1 : a.index - b.index))
        .map(({ update }) => update);
}

/**
 * Judges an action as of a date whose options are already checked, against `planned` (its target,
 * or the target as the checks read it). The one place an action's status is decided.
 */
export function judgeAction(action: Action, planned: TargetDate, asOf: IsoDate, dueSoonDays: number): ActionStatus {
  const updates = updatesUpTo(action, asOf);
  let target: TargetDate = planned;
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
