import { actionRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import type { ActionParams } from '../ruleParams.js';

/**
 * A progress update revises an action's target without a justification.
 * @category Rules
 */
export interface RevisedTargetParams extends ActionParams {
  /** The update's position in the action's updates, from 1. */
  readonly update: number;
  /** The revised target as written. */
  readonly raw: string;
}

/** `action.target_revised_without_reason` as the checks run it: its code, params, message, severity and test. */
export const actionTargetRevisedWithoutReasonCheck: BuiltInCheck<
  'action.target_revised_without_reason',
  RevisedTargetParams
> = actionRule({
  code: 'action.target_revised_without_reason',
  severity: 'warning',
  message: (p) =>
    `${actionName(p)}: progress update ${p.update} revises the target to "${p.raw}" without a reason; a deferred date must be justified.`,
  field: 'updates',
  find(state) {
    const { update } = state;
    if (update.revisedTarget === undefined || (update.reason ?? '').trim() !== '') return undefined;
    return { ...actionParams(state), update: state.updateIndex + 1, raw: update.revisedTarget.raw };
  },
});

/** `action.target_revised_without_reason`: a revised target with no justification. */
export const actionTargetRevisedWithoutReason: BuiltInRule<
  'action.target_revised_without_reason',
  RevisedTargetParams
> = /* @__PURE__ */ documented(actionTargetRevisedWithoutReasonCheck, {
  description: 'A progress update revises the target date but gives no reason (empty or blank).',
  fix: 'Say why the date moved: a target must never be deferred silently.',
});
