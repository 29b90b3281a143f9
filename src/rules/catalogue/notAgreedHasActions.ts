import { recommendationRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { deadlineOf } from '../../dates/deadlineOf.js';
import { plural } from '../../_lib/text.js';
import type { ActionCountParams } from '../ruleParams.js';

/** `not_agreed.has_actions` as the checks run it: its code, params, message, severity and test. */
export const notAgreedHasActionsCheck: BuiltInCheck<'not_agreed.has_actions', ActionCountParams> = recommendationRule({
  code: 'not_agreed.has_actions',
  severity: 'warning',
  message: (p) =>
    `Recommendation ${p.ref} is not agreed, yet ${plural(p.actions, 'of its actions has', 'of its actions have')} a deadline.`,
  field: 'actions',
  category: 'not-agreed',
  find(state) {
    const { recommendation } = state;
    let dated = 0;
    for (const action of recommendation.actions) if (deadlineOf(state.targetOf(action)) !== undefined) dated += 1;
    return dated > 0 ? { ref: recommendation.ref, actions: dated } : undefined;
  },
});

/** `not_agreed.has_actions`: Not Agreed, yet actions with deadlines. */
export const notAgreedHasActions: BuiltInRule<'not_agreed.has_actions', ActionCountParams> = /* @__PURE__ */ documented(
  notAgreedHasActionsCheck,
  {
    description: 'The recommendation is Not Agreed, yet some of its actions have deadlines.',
    fix: 'Check the category: if the work will be done, the recommendation is Agreed or Partly Agreed.',
  },
);
