import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutActions } from '../_internal/categoryRules.js';
import type { RecommendationParams } from '../ruleParams.js';

/** `partly_agreed.no_actions`: Partly Agreed with no action. */
export const partlyAgreedNoActions: BuiltInRule<'partly_agreed.no_actions', RecommendationParams> = builtInRule({
  code: 'partly_agreed.no_actions',
  severity: 'error',
  description: 'The recommendation is Partly Agreed but has no action.',
  fix: 'Add SMART actions for the part that will be implemented.',
  message: (p) => `Recommendation ${p.ref} is partly agreed but has no actions for the part that will be implemented.`,
  check: (context) => withoutActions(context, 'partly-agreed'),
});
