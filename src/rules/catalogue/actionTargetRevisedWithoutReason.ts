import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams, actionPath, actions } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import type { ActionParams } from '../ruleParams.js';

/** A progress update revises an action's target without a justification. */
export interface RevisedTargetParams extends ActionParams {
  /** The update's position in the action's updates, from 1. */
  readonly update: number;
  /** The revised target as written. */
  readonly raw: string;
}

/** `action.target_revised_without_reason`: a revised target with no justification. */
export const actionTargetRevisedWithoutReason: BuiltInRule<
  'action.target_revised_without_reason',
  RevisedTargetParams
> = builtInRule({
  code: 'action.target_revised_without_reason',
  severity: 'warning',
  description: 'A progress update revises the target date but gives no reason (empty or blank).',
  fix: 'Say why the date moved: a target must never be deferred silently.',
  message: (p) =>
    `${actionName(p)}: progress update ${p.update} revises the target to "${p.raw}" without a reason; a deferred date must be justified.`,
  check(context) {
    const found: RuleFinding<RevisedTargetParams>[] = [];
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
