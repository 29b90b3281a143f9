import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { hasDeadline, recommendationPath, recommendations } from '../_internal/walk.js';
import { plural } from '../../_lib/text.js';
import type { ActionCountParams } from '../ruleParams.js';

/** `not_agreed.has_actions`: Not Agreed, yet actions with deadlines. */
export const notAgreedHasActions: BuiltInRule<'not_agreed.has_actions', ActionCountParams> = builtInRule({
  code: 'not_agreed.has_actions',
  severity: 'warning',
  description: 'The recommendation is Not Agreed, yet some of its actions have deadlines.',
  fix: 'Check the category: if the work will be done, the recommendation is Agreed or Partly Agreed.',
  message: (p) =>
    `Recommendation ${p.ref} is not agreed, yet ${plural(p.actions, 'of its actions has', 'of its actions have')} a deadline.`,
  check(context) {
    const found: RuleFinding<ActionCountParams>[] = [];
    for (const { recommendation, index } of recommendations(context, 'not-agreed')) {
      const dated = recommendation.actions.filter((action) => hasDeadline(context, action)).length;
      if (dated > 0)
        found.push({ path: recommendationPath(index, 'actions'), params: { ref: recommendation.ref, actions: dated } });
    }
    return found;
  },
});
