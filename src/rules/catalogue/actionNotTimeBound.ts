import { actionRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { UNTIMED, actionName } from '../_internal/words.js';
import type { TargetStatus } from '../../model/TargetDate.js';
import type { ActionParams } from '../ruleParams.js';

/**
 * An action's target is a status that sets no date: ongoing, to be confirmed, after decision.
 * @category Rules
 */
export interface NotTimeBoundParams extends ActionParams {
  /** The target date as written. */
  readonly raw: string;
  /** The status it states. */
  readonly status: Exclude<TargetStatus, 'completed'>;
}

/** `action.not_time_bound` as the checks run it: its code, params, message, severity and test. */
export const actionNotTimeBoundCheck: BuiltInCheck<'action.not_time_bound', NotTimeBoundParams> = actionRule({
  code: 'action.not_time_bound',
  severity: 'warning',
  message: (p) => `${actionName(p)} has the target date "${p.raw}", which sets no date (${UNTIMED[p.status]}).`,
  field: 'target',
  targets: ['status'],
  find({ recommendation, action, actionIndex, target }) {
    if (target.type !== 'status' || target.status === 'completed') return undefined;
    return {
      ref: recommendation.ref,
      action: actionIndex + 1,
      owner: action.owner,
      raw: target.raw,
      status: target.status,
    };
  },
});

/** `action.not_time_bound`: "ongoing", "TBC", "after decision". */
export const actionNotTimeBound: BuiltInRule<'action.not_time_bound', NotTimeBoundParams> = /* @__PURE__ */ documented(
  actionNotTimeBoundCheck,
  {
    description:
      'The target date is a status that sets no date: ongoing ("Commenced and ongoing"), to be confirmed ("TBC") or after a decision.',
    fix: 'Give a date by which the action will be done or reviewed, so progress can be tracked.',
  },
);
