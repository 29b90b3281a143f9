import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withStatus } from '../_internal/categoryRules.js';
import { actionPath } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import { plural } from '../../_lib/text.js';
import type { ActionParams } from '../ruleParams.js';

/** An action is past its deadline as of the date checked. */
export interface OverdueParams extends ActionParams {
  /** The target in effect as written. */
  readonly raw: string;
  /** Its deadline. */
  readonly deadline: string;
  /** Calendar days since the deadline. */
  readonly daysOverdue: number;
}

/** `progress.overdue`: only when `asOf` is given. */
export const progressOverdue: BuiltInRule<'progress.overdue', OverdueParams> = builtInRule({
  code: 'progress.overdue',
  severity: 'warning',
  description:
    'As of the date checked, the action is past the deadline of its target in effect and not reported completed or withdrawn. Runs only with asOf.',
  fix: 'Record progress: complete the action, or revise its target with a reason.',
  message: (p) =>
    `${actionName(p)} is ${plural(p.daysOverdue, 'day')} overdue: its target "${p.raw}" ended on ${p.deadline}.`,
  needsAsOf: true,
  check(context) {
    const found: RuleFinding<OverdueParams>[] = [];
    for (const { at, status } of withStatus(context, 'overdue')) {
      const { deadline, daysOverdue } = status;
      const params = {
        ref: at.recommendation.ref,
        action: at.actionIndex + 1,
        owner: at.action.owner,
        raw: status.target.raw,
        deadline,
        daysOverdue,
      };
      found.push({ path: actionPath(at), params });
    }
    return found;
  },
});
