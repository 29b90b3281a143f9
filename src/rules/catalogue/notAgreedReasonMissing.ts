import { recommendationRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutReason } from '../_internal/categoryRules.js';
import { REASONS_IN_WORDS } from '../_internal/words.js';
import type { RecommendationParams } from '../ruleParams.js';

/** `not_agreed.reason_missing` as the checks run it: its code, params, message, severity and test. */
export const notAgreedReasonMissingCheck: BuiltInCheck<'not_agreed.reason_missing', RecommendationParams> =
  recommendationRule({
    code: 'not_agreed.reason_missing',
    severity: 'error',
    message: (p) =>
      `Recommendation ${p.ref} is not agreed but the response does not say whether the reason is ${REASONS_IN_WORDS}.`,
    field: 'response',
    category: 'not-agreed',
    find: withoutReason,
  });

/** `not_agreed.reason_missing`: none of the four reason categories declared or stated. */
export const notAgreedReasonMissing: BuiltInRule<'not_agreed.reason_missing', RecommendationParams> =
  /* @__PURE__ */ documented(notAgreedReasonMissingCheck, {
    description:
      'The recommendation is Not Agreed but neither declares a reason category nor states one in its response (commissioning, policy, operational or affordability).',
    fix: 'Give the reasons in the response, naming the category: commissioning, policy, operational or affordability.',
  });
