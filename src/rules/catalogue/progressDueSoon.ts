import type { IssueParamsByCode } from '../../model/Issue.js';
import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withStatus } from '../_internal/categoryRules.js';
import { actionPath } from '../_internal/walk.js';

/** `progress.due_soon`: only when `asOf` is given. */
export const progressDueSoon: BuiltInRule<'progress.due_soon'> = /* @__PURE__ */ builtInRule({
  code: 'progress.due_soon',
  severity: 'info',
  description:
    'As of the date checked, the action falls due within the due-soon window (30 days unless set). Runs only with asOf.',
  fix: 'Nothing to fix: a reminder that the deadline is near.',
  needsAsOf: true,
  check(context) {
    const found: RuleFinding<IssueParamsByCode['progress.due_soon']>[] = [];
    for (const { at, status } of withStatus(context, 'due-soon')) {
      const { deadline, daysLeft } = status;
      const params = {
        ref: at.recommendation.ref,
        action: at.actionIndex + 1,
        owner: at.action.owner,
        raw: status.target.raw,
        deadline,
        daysLeft,
      };
      found.push({ path: actionPath(at), params });
    }
    return found;
  },
});
