import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams, actionPath, actions } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import type { ActionParams } from '../ruleParams.js';

/** An action's target date is not understood. */
export interface UnrecognisedTargetParams extends ActionParams {
  /** The target date as written. */
  readonly raw: string;
}

/** `action.target_unrecognised`: target text not understood. */
export const actionTargetUnrecognised: BuiltInRule<'action.target_unrecognised', UnrecognisedTargetParams> =
  builtInRule({
    code: 'action.target_unrecognised',
    severity: 'warning',
    description:
      'The target date has text that is not understood as a date, a period or a status, with the conventions of the check.',
    fix: 'Write the target as a date ("31 March 2026"), a month ("March 2026"), a period ("Q3 2026", "2026-27") or a status ("Completed").',
    message: (p) => `${actionName(p)} has the target date "${p.raw}", which is not understood as a date.`,
    check(context) {
      const found: RuleFinding<UnrecognisedTargetParams>[] = [];
      for (const at of actions(context)) {
        const { action } = at;
        const target = context.targetOf(action);
        if (target.type === 'unknown' && target.raw.trim() !== '')
          found.push({ path: actionPath(at, 'target'), params: { ...actionParams(at), raw: target.raw } });
      }
      return found;
    },
  });
