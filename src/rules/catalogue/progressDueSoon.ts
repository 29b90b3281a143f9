import type { IssueParamsByCode } from '../../model/Issue.js';
import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withStatus } from '../_internal/categoryRules.js';

/** `progress.due_soon`: only when `asOf` is given. */
export const progressDueSoon: BuiltInRule<'progress.due_soon'> = /* @__PURE__ */ builtInRule({
  code: 'progress.due_soon',
  severity: 'info',
  description: 'As of the date checked, the action falls due within the due-soon window (30 days unless set). Runs only with asOf.',
  fix: 'Nothing to fix: a reminder that the deadline is near.',
  needsAsOf: true,
  check(context) {
    const found: RuleFinding<IssueParamsByCode['progress.due_soon']>[] = [];
    for (const { path, params, status } of withStatus(context, 'due-soon')) {
      found.push({ path, params: { ...params, raw: status.target.raw, deadline: status.deadline, daysLeft: status.daysLeft } });
    }
    return found;
  },
});
