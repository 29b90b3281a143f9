import { deadlineOf } from '../../dates/deadlineOf.js';
import type { ProgressUpdate } from '../../model/ProgressUpdate.js';
import { actionRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import type { ActionParams } from '../ruleParams.js';

/**
 * An action's deadline had passed when the plan was submitted, and it is not reported completed.
 * @category Rules
 */
export interface TargetBeforeSubmissionParams extends ActionParams {
  /** The target date as written. */
  readonly raw: string;
  /** Its deadline. */
  readonly deadline: string;
  /** The day the plan was submitted. */
  readonly submitted: string;
}

const NO_UPDATES: readonly ProgressUpdate[] = [];

/** `action.target_before_submission` as the checks run it: its code, params, message, severity and test. */
export const actionTargetBeforeSubmissionCheck: BuiltInCheck<
  'action.target_before_submission',
  TargetBeforeSubmissionParams
> = actionRule({
  code: 'action.target_before_submission',
  severity: 'warning',
  message: (p) =>
    `${actionName(p)} has the target date "${p.raw}", which ended on ${p.deadline}, before the plan was submitted on ${p.submitted}; it is not reported completed.`,
  field: 'target',
  targets: ['day', 'month', 'period'],
  find(state) {
    const { submitted } = state.plan;
    if (submitted === undefined) return undefined;
    const { target } = state;
    const deadline = deadlineOf(target);
    if (deadline === undefined || deadline >= submitted) return undefined;
    for (const update of state.action.updates ?? NO_UPDATES) {
      if (update.status === 'completed' && update.on <= submitted) return undefined;
    }
    return { ...actionParams(state), raw: target.raw, deadline, submitted };
  },
});

/** `action.target_before_submission`: a deadline already past when the plan was submitted, not completed. */
export const actionTargetBeforeSubmission: BuiltInRule<
  'action.target_before_submission',
  TargetBeforeSubmissionParams
> = /* @__PURE__ */ documented(actionTargetBeforeSubmissionCheck, {
  description:
    'The deadline of the target date had passed when the plan was submitted, and no progress update on or before that day reports the action completed.',
  fix: 'If the action is done, write "Completed"; otherwise give the date it will now be done by.',
});
