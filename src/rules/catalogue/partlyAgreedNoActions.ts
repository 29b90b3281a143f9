import { recommendationRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutActions } from '../_internal/categoryRules.js';
import type { RecommendationParams } from '../ruleParams.js';

/** `partly_agreed.no_actions` as the checks run it: its code, params, message, severity and test. */
export const partlyAgreedNoActionsCheck: BuiltInCheck<'partly_agreed.no_actions', RecommendationParams> =
  recommendationRule({
    code: 'partly_agreed.no_actions',
    severity: 'error',
    message: (p) =>
      `Recommendation ${p.ref} is partly agreed but has no actions for the part that will be implemented.`,
    field: 'actions',
    category: 'partly-agreed',
    find: withoutActions,
  });

/** `partly_agreed.no_actions`: Partly Agreed with no action. */
export const partlyAgreedNoActions: BuiltInRule<'partly_agreed.no_actions', RecommendationParams> =
  /* @__PURE__ */ documented(partlyAgreedNoActionsCheck, {
    description: 'The recommendation is Partly Agreed but has no action.',
    fix: 'Add SMART actions for the part that will be implemented.',
  });
