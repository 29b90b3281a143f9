import type { IssueParamsByCode } from '../../model/Issue.js';
import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { actionParams, actionPath, actions } from '../_internal/walk.js';

/** `action.target_missing`: empty target date. */
export const actionTargetMissing: BuiltInRule<'action.target_missing'> = /* @__PURE__ */ builtInRule({
  code: 'action.target_missing',
  severity: 'error',
  description: 'The action has an empty target date.',
  fix: 'Give the action a target date, such as "March 2026".',
  check(context) {
    const found: RuleFinding<IssueParamsByCode['action.target_missing']>[] = [];
    for (const at of actions(context)) {
      const { action } = at;
      if (action.target.type === 'unknown' && action.target.raw.trim() === '')
        found.push({ path: actionPath(at, 'target'), params: actionParams(at) });
    }
    return found;
  },
});
