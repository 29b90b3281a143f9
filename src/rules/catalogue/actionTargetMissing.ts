import { actionRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import type { ActionParams } from '../ruleParams.js';

/** `action.target_missing` as the checks run it: its code, params, message, severity and test. */
export const actionTargetMissingCheck: BuiltInCheck<'action.target_missing', ActionParams> = actionRule({
  code: 'action.target_missing',
  severity: 'error',
  message: (p) => `${actionName(p)} has no target date.`,
  field: 'target',
  targets: ['unknown'],
  find(state) {
    const { target } = state.action;
    return target.type === 'unknown' && target.raw.trim() === '' ? actionParams(state) : undefined;
  },
});

/** `action.target_missing`: empty target date. */
export const actionTargetMissing: BuiltInRule<'action.target_missing', ActionParams> = /* @__PURE__ */ documented(
  actionTargetMissingCheck,
  {
    description: 'The action has an empty target date.',
    fix: 'Give the action a target date, such as "March 2026".',
  },
);
