import type { TargetDate } from '../../model/TargetDate.js';
import { actionRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import type { ActionParams } from '../ruleParams.js';

/**
 * An action's target date is not understood.
 * @category Rules
 */
export interface UnrecognisedTargetParams extends ActionParams {
  /** The target date as written. */
  readonly raw: string;
  /**
   * What the text reads as with the `targetDates` conventions of the check, when it reads as a
   * date, a period or a status: the target was stored as unknown (by another tool, or read with
   * other conventions) and can be stored as read. Until it is, it has no deadline. Given by
   * `checkActionPlan`.
   */
  readonly readsAs?: TargetDate;
}

/** `action.target_unrecognised` as the checks run it: its code, params, message, severity and test. */
export const actionTargetUnrecognisedCheck: BuiltInCheck<'action.target_unrecognised', UnrecognisedTargetParams> =
  actionRule({
    code: 'action.target_unrecognised',
    severity: 'warning',
    message: (p) =>
      p.readsAs === undefined
        ? `${actionName(p)} has the target date "${p.raw}", which is not understood as a date.`
        : `${actionName(p)} has the target date "${p.raw}", stored as not understood though it reads as a ${p.readsAs.type}: store it as read.`,
    field: 'target',
    targets: ['unknown'],
    find(state) {
      const { target } = state;
      if (target.type !== 'unknown' || target.raw.trim() === '') return undefined;
      // The stored target is what counts; reading its text again only says how to correct it.
      const reading = state.readTarget?.(target.raw);
      return reading === undefined || reading.type === 'unknown'
        ? { ...actionParams(state), raw: target.raw }
        : { ...actionParams(state), raw: target.raw, readsAs: reading };
    },
  });

/** `action.target_unrecognised`: target text not understood. */
export const actionTargetUnrecognised: BuiltInRule<'action.target_unrecognised', UnrecognisedTargetParams> =
  /* @__PURE__ */ documented(actionTargetUnrecognisedCheck, {
    description:
      'The target date is stored as not understood, so it has no deadline; `readsAs` says what its text means with the conventions of the check, if anything.',
    fix: 'Write the target as a date ("31 March 2026"), a month ("March 2026"), a period ("Q3 2026", "2026-27") or a status ("Completed"), or store it as read.',
  });
