import { actionStatus } from '../../progress/actionStatus.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actions } from '../_internal/walk.js';

/** `progress.due_soon`: only when `asOf` is given. */
export const progressDueSoon: BuiltInRule<'progress.due_soon'> = /* @__PURE__ */ builtInRule({
  code: 'progress.due_soon',
  severity: 'info',
  description: 'As of the date checked, the action falls due within the due-soon window (30 days unless set). Runs only with asOf.',
  fix: 'Nothing to fix: a reminder that the deadline is near.',
  needsAsOf: true,
  *check(context) {
    const { asOf, dueSoonDays } = context;
    if (asOf === undefined) return;
    for (const { action, path, params } of actions(context)) {
      const status = actionStatus({ ...action, target: context.targetOf(action) }, { asOf, dueSoonDays });
      if (status.status === 'due-soon') {
        yield { path, params: { ...params, raw: status.target.raw, deadline: status.deadline, daysLeft: status.daysLeft } };
      }
    }
  },
});
