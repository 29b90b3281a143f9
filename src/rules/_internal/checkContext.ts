import { parseTargetDate } from '../../dates/parseTargetDate.js';
import type { Action } from '../../model/Action.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { IsoDate } from '../../model/IsoDate.js';
import type { TargetDate } from '../../model/TargetDate.js';
import type { TargetDateOptions } from '../../model/TargetDateOptions.js';
import { stateOf, type CheckState } from './checkState.js';

/**
 * The target the checks judge an action by: its stored target, as the progress functions judge
 * it. A target stored as unknown has no deadline here either; `action.target_unrecognised` says
 * what its text would read as.
 */
const targetOf = (action: Action): TargetDate => action.target;

/**
 * The state of a check run by the engine, with the context rules of callers are given, and the
 * reader `action.target_unrecognised` reads the text of targets stored as unknown with.
 */
export function newCheckState(
  plan: ActionPlan,
  asOf: IsoDate | undefined,
  dueSoonDays: number,
  targetDates: TargetDateOptions,
): CheckState {
  return stateOf(
    asOf === undefined
      ? { plan, dueSoonDays, targetDates, targetOf }
      : { plan, asOf, dueSoonDays, targetDates, targetOf },
    (raw) => parseTargetDate(raw, targetDates),
  );
}
