import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams, actionPath, actions } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import type { ActionParams } from '../ruleParams.js';

/** `action.owner_missing`: no responsible owner. */
export const actionOwnerMissing: BuiltInRule<'action.owner_missing', ActionParams> = builtInRule({
  code: 'action.owner_missing',
  severity: 'error',
  description: 'The action has no responsible owner (empty or blank).',
  fix: 'Name the role responsible for the action, such as "Deputy Director Public Protection Group".',
  message: (p) => `${actionName(p)} has no responsible owner.`,
  check(context) {
    const found: RuleFinding<ActionParams>[] = [];
    for (const at of actions(context)) {
      const { action } = at;
      if (action.owner.trim() === '') found.push({ path: actionPath(at, 'owner'), params: actionParams(at) });
    }
    return found;
  },
});
