import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actions } from '../_internal/walk.js';

/** `action.not_time_bound`: "ongoing", "TBC", "after decision". */
export const actionNotTimeBound: BuiltInRule<'action.not_time_bound'> = /* @__PURE__ */ builtInRule({
  code: 'action.not_time_bound',
  severity: 'warning',
  description: 'The target date is a status that sets no date: ongoing ("Commenced and ongoing"), to be confirmed ("TBC") or after a decision.',
  fix: 'Give a date by which the action will be done or reviewed, so progress can be tracked.',
  *check(context) {
    for (const { action, path, params } of actions(context)) {
      const target = context.targetOf(action);
      if (target.type === 'status' && target.status !== 'completed') {
        yield { path: [...path, 'target'], params: { ...params, raw: target.raw, status: target.status } };
      }
    }
  },
});
