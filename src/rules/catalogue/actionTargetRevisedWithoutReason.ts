import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actions } from '../_internal/walk.js';

/** `action.target_revised_without_reason`: a revised target with no justification. */
export const actionTargetRevisedWithoutReason: BuiltInRule<'action.target_revised_without_reason'> = /* @__PURE__ */ builtInRule({
  code: 'action.target_revised_without_reason',
  severity: 'warning',
  description: 'A progress update revises the target date but gives no reason (empty or blank).',
  fix: 'Say why the date moved: a target must never be deferred silently.',
  *check(context) {
    for (const { action, path, params } of actions(context)) {
      for (const [i, update] of (action.updates ?? []).entries()) {
        if (update.revisedTarget !== undefined && (update.reason ?? '').trim() === '') {
          yield { path: [...path, 'updates', i], params: { ...params, update: i + 1, raw: update.revisedTarget.raw } };
        }
      }
    }
  },
});
