import type { IssueParamsByCode } from '../../model/Issue.js';
import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withStatus } from '../_internal/categoryRules.js';
import { actionPath } from '../_internal/walk.js';

/** `progress.overdue`: only when `asOf` is given. */
export const progressOverdue: BuiltInRule<'progress.overdue'> = /* @__PURE__ */ builtInRule({
  code: 'progress.overdue',
  severity: 'warning',
  description:
    'As of the date checked, the action is past the deadline of its target in effect and not reported completed or withdrawn. Runs only with asOf.',
  fix: 'Record progress: complete the action, or revise its target with a reason.',
  needsAsOf: true,
  check(context) {
    const found: RuleFinding<IssueParamsByCode['progress.overdue']>[] = [];
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
