import { recommendationRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutActions } from '../_internal/categoryRules.js';
import type { RecommendationParams } from '../ruleParams.js';

/** `agreed.no_actions` as the checks run it: its code, params, message, severity and test. */
export const agreedNoActionsCheck: BuiltInCheck<'agreed.no_actions', RecommendationParams> = recommendationRule({
  code: 'agreed.no_actions',
  severity: 'error',
  message: (p) =>
    `Recommendation ${p.ref} is agreed but has no actions: say how it will be achieved, with actions that can be tracked.`,
  field: 'actions',
  category: 'agreed',
  find: withoutActions,
});

/** `agreed.no_actions`: Agreed with no action. */
export const agreedNoActions: BuiltInRule<'agreed.no_actions', RecommendationParams> = /* @__PURE__ */ documented(
  agreedNoActionsCheck,
  {
    description: 'The recommendation is Agreed but has no action.',
    fix: 'Add the actions that will achieve it, each with a responsible owner and a target date.',
  },
);
