import type { IssueParamsByCode } from '../../model/Issue.js';
import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams, actionPath, actions } from '../_internal/walk.js';

/** `action.target_revised_without_reason`: a revised target with no justification. */
export const actionTargetRevisedWithoutReason: BuiltInRule<'action.target_revised_without_reason'> =
  /* @__PURE__ */ builtInRule({
    code: 'action.target_revised_without_reason',
    severity: 'warning',
    description: 'A progress update revises the target date but gives no reason (empty or blank).',
    fix: 'Say why the date moved: a target must never be deferred silently.',
    check(context) {
      const found: RuleFinding<IssueParamsByCode['action.target_revised_without_reason']>[] = [];
      for (const at of actions(context)) {
        const { action } = at;
        for (const [i, update] of (action.updates ?? []).entries()) {
          if (update.revisedTarget !== undefined && (update.reason ?? '').trim() === '') {
            found.push({
              path: actionPath(at, 'updates', i),
              params: { ...actionParams(at), update: i + 1, raw: update.revisedTarget.raw },
            });
          }
        }
      }
      return found;
    },
  });
