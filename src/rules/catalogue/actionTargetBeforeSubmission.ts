import type { RuleFinding } from '../../model/Rule.js';
import { deadlineOf } from '../../dates/deadlineOf.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams, actionPath, actions } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import type { ActionParams } from '../ruleParams.js';

/** An action's deadline had passed when the plan was submitted, and it is not reported completed. */
export interface TargetBeforeSubmissionParams extends ActionParams {
  /** The target date as written. */
  readonly raw: string;
  /** Its deadline. */
  readonly deadline: string;
  /** The day the plan was submitted. */
  readonly submitted: string;
}

/** `action.target_before_submission`: a deadline already past when the plan was submitted, not completed. */
export const actionTargetBeforeSubmission: BuiltInRule<
  'action.target_before_submission',
  TargetBeforeSubmissionParams
> = builtInRule({
  code: 'action.target_before_submission',
  severity: 'warning',
  description:
    'The deadline of the target date had passed when the plan was submitted, and no progress update on or before that day reports the action completed.',
  fix: 'If the action is done, write "Completed"; otherwise give the date it will now be done by.',
  message: (p) =>
    `${actionName(p)} has the target date "${p.raw}", which ended on ${p.deadline}, before the plan was submitted on ${p.submitted}; it is not reported completed.`,
  check(context) {
    const found: RuleFinding<TargetBeforeSubmissionParams>[] = [];
    const { submitted } = context.plan;
    if (submitted === undefined) return found;
    for (const at of actions(context)) {
      const { action } = at;
      const target = context.targetOf(action);
      const deadline = deadlineOf(target);
      if (deadline === undefined || deadline >= submitted) continue;
      const done = (action.updates ?? []).some((u) => u.status === 'completed' && u.on <= submitted);
      if (!done)
        found.push({
          path: actionPath(at, 'target'),
          params: { ...actionParams(at), raw: target.raw, deadline, submitted },
        });
    }
    return found;
  },
});
