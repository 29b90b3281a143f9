import { actionStatus } from '../../progress/actionStatus.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actions } from '../_internal/walk.js';

/** `progress.overdue`: only when `asOf` is given. */
export const progressOverdue: BuiltInRule<'progress.overdue'> = /* @__PURE__ */ builtInRule({
  code: 'progress.overdue',
  severity: 'warning',
  description: 'As of the date checked, the action is past the deadline of its target in effect and not reported completed or withdrawn. Runs only with asOf.',
  fix: 'Record progress: complete the action, or revise its target with a reason.',
  needsAsOf: true,
  *check(context) {
    const { asOf, dueSoonDays } = context;
    if (asOf === undefined) return;
    for (const { action, path, params } of actions(context)) {
      const status = actionStatus({ ...action, target: context.targetOf(action) }, { asOf, dueSoonDays });
      if (status.status === 'overdue') {
        yield { path, params: { ...params, raw: status.target.raw, deadline: status.deadline, daysOverdue: status.daysOverdue } };
      }
    }
  },
});
