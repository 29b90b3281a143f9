import { actionRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import type { ActionParams } from '../ruleParams.js';

/** `action.owner_missing` as the checks run it: its code, params, message, severity and test. */
export const actionOwnerMissingCheck: BuiltInCheck<'action.owner_missing', ActionParams> = actionRule({
  code: 'action.owner_missing',
  severity: 'error',
  message: (p) => `${actionName(p)} has no responsible owner.`,
  field: 'owner',
  find: (state) => (state.action.owner.trim() === '' ? actionParams(state) : undefined),
});

/** `action.owner_missing`: no responsible owner. */
export const actionOwnerMissing: BuiltInRule<'action.owner_missing', ActionParams> = /* @__PURE__ */ documented(
  actionOwnerMissingCheck,
  {
    description: 'The action has no responsible owner (empty or blank).',
    fix: 'Name the role responsible for the action, such as "Deputy Director Public Protection Group".',
  },
);
