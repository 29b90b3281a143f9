import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actions } from '../_internal/walk.js';

/** `action.owner_missing`: no responsible owner. */
export const actionOwnerMissing: BuiltInRule<'action.owner_missing'> = /* @__PURE__ */ builtInRule({
  code: 'action.owner_missing',
  severity: 'error',
  description: 'The action has no responsible owner (empty or blank).',
  fix: 'Name the role responsible for the action, such as "Deputy Director Public Protection Group".',
  *check(context) {
    for (const { action, path, params } of actions(context)) {
      if (action.owner.trim() === '') yield { path: [...path, 'owner'], params };
    }
  },
});
