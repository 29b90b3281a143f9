import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { recommendations } from '../_internal/walk.js';

/** `partly_agreed.no_actions`: Partly Agreed with no action. */
export const partlyAgreedNoActions: BuiltInRule<'partly_agreed.no_actions'> = /* @__PURE__ */ builtInRule({
  code: 'partly_agreed.no_actions',
  severity: 'error',
  description: 'The recommendation is Partly Agreed but has no action.',
  fix: 'Add SMART actions for the part that will be implemented.',
  *check(context) {
    for (const { recommendation, path } of recommendations(context, 'partly-agreed')) {
      if (recommendation.actions.length === 0) yield { path: [...path, 'actions'], params: { ref: recommendation.ref } };
    }
  },
});
