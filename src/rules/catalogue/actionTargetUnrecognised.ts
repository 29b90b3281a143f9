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
}

/** `action.target_unrecognised` as the checks run it: its code, params, message, severity and test. */
export const actionTargetUnrecognisedCheck: BuiltInCheck<'action.target_unrecognised', UnrecognisedTargetParams> =
  actionRule({
    code: 'action.target_unrecognised',
    severity: 'warning',
    message: (p) => `${actionName(p)} has the target date "${p.raw}", which is not understood as a date.`,
    field: 'target',
    targets: ['unknown'],
    find(state) {
      const { target } = state;
      return target.type === 'unknown' && target.raw.trim() !== ''
        ? { ...actionParams(state), raw: target.raw }
        : undefined;
    },
  });

/** `action.target_unrecognised`: target text not understood. */
export const actionTargetUnrecognised: BuiltInRule<'action.target_unrecognised', UnrecognisedTargetParams> =
  /* @__PURE__ */ documented(actionTargetUnrecognisedCheck, {
    description:
      'The target date has text that is not understood as a date, a period or a status, with the conventions of the check.',
    fix: 'Write the target as a date ("31 March 2026"), a month ("March 2026"), a period ("Q3 2026", "2026-27") or a status ("Completed").',
  });
