import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actionPath, actions } from '../_internal/walk.js';
import { UNTIMED, actionName } from '../_internal/words.js';
import type { TargetStatus } from '../../model/TargetDate.js';
import type { ActionParams } from '../ruleParams.js';

/** An action's target is a status that sets no date: ongoing, to be confirmed, after decision. */
export interface NotTimeBoundParams extends ActionParams {
  /** The target date as written. */
  readonly raw: string;
  /** The status it states. */
  readonly status: Exclude<TargetStatus, 'completed'>;
}

/** `action.not_time_bound`: "ongoing", "TBC", "after decision". */
export const actionNotTimeBound: BuiltInRule<'action.not_time_bound', NotTimeBoundParams> = builtInRule({
  code: 'action.not_time_bound',
  severity: 'warning',
  description:
    'The target date is a status that sets no date: ongoing ("Commenced and ongoing"), to be confirmed ("TBC") or after a decision.',
  fix: 'Give a date by which the action will be done or reviewed, so progress can be tracked.',
  message: (p) => `${actionName(p)} has the target date "${p.raw}", which sets no date (${UNTIMED[p.status]}).`,
  check(context) {
    const found: RuleFinding<NotTimeBoundParams>[] = [];
    for (const at of actions(context)) {
      const { action } = at;
      const target = context.targetOf(action);
      if (target.type === 'status' && target.status !== 'completed') {
        const params = {
          ref: at.recommendation.ref,
          action: at.actionIndex + 1,
          owner: action.owner,
          raw: target.raw,
          status: target.status,
        };
        found.push({ path: actionPath(at, 'target'), params });
      }
    }
    return found;
  },
});
