import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams, actionPath, actions } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import type { ActionParams } from '../ruleParams.js';

/** `action.target_missing`: empty target date. */
export const actionTargetMissing: BuiltInRule<'action.target_missing', ActionParams> = builtInRule({
  code: 'action.target_missing',
  severity: 'error',
  description: 'The action has an empty target date.',
  fix: 'Give the action a target date, such as "March 2026".',
  message: (p) => `${actionName(p)} has no target date.`,
  check(context) {
    const found: RuleFinding<ActionParams>[] = [];
    for (const at of actions(context)) {
      const { action } = at;
      if (action.target.type === 'unknown' && action.target.raw.trim() === '')
        found.push({ path: actionPath(at, 'target'), params: actionParams(at) });
    }
    return found;
  },
});
