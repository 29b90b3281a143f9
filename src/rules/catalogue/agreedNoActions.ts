import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutActions } from '../_internal/categoryRules.js';

/** `agreed.no_actions`: Agreed with no action. */
export const agreedNoActions: BuiltInRule<'agreed.no_actions'> = /* @__PURE__ */ builtInRule({
  code: 'agreed.no_actions',
  severity: 'error',
  description: 'The recommendation is Agreed but has no action.',
  fix: 'Add the actions that will achieve it, each with a responsible owner and a target date.',
  check: (context) => withoutActions(context, 'agreed'),
});
