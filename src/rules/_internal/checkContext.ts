import { parseTargetDate } from '../../dates/parseTargetDate.js';
import type { Action } from '../../model/Action.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { IsoDate } from '../../model/IsoDate.js';
import type { TargetDate } from '../../model/TargetDate.js';
import type { TargetDateOptions } from '../../model/TargetDateOptions.js';
import { stateOf, type CheckState } from './checkState.js';

/**
 * The state of a check run by the engine, with the context rules of callers are given: its
 * `targetOf` reads each target stored as unknown text once, and keeps the reading in the state.
 */
export function newCheckState(
  plan: ActionPlan,
  asOf: IsoDate | undefined,
  dueSoonDays: number,
  targetDates: TargetDateOptions,
): CheckState {
  const targetOf = (action: Action): TargetDate => {
    const stored = action.target;
    if (stored.type !== 'unknown' || stored.raw.trim() === '') return stored;
    const readings = (state.readings ??= new Map());
    let reading = readings.get(action);
    if (reading === undefined) {
      reading = parseTargetDate(stored.raw, targetDates);
      readings.set(action, reading);
    }
    return reading;
  };
  const state = stateOf(
    asOf === undefined
      ? { plan, dueSoonDays, targetDates, targetOf }
      : { plan, asOf, dueSoonDays, targetDates, targetOf },
  );
  return state;
}
