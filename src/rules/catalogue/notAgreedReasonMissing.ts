import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutReason } from '../_internal/categoryRules.js';
import { REASONS_IN_WORDS } from '../_internal/words.js';
import type { RecommendationParams } from '../ruleParams.js';

/** `not_agreed.reason_missing`: none of the four reason categories declared or stated. */
export const notAgreedReasonMissing: BuiltInRule<'not_agreed.reason_missing', RecommendationParams> = builtInRule({
  code: 'not_agreed.reason_missing',
  severity: 'error',
  description:
    'The recommendation is Not Agreed but neither declares a reason category nor states one in its response (commissioning, policy, operational or affordability).',
  fix: 'Give the reasons in the response, naming the category: commissioning, policy, operational or affordability.',
  message: (p) =>
    `Recommendation ${p.ref} is not agreed but the response does not say whether the reason is ${REASONS_IN_WORDS}.`,
  check: (context) => withoutReason(context, 'not-agreed'),
});
