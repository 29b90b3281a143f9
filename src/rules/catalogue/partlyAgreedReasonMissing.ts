import { recommendationRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutReason } from '../_internal/categoryRules.js';
import { REASONS_IN_WORDS } from '../_internal/words.js';
import type { RecommendationParams } from '../ruleParams.js';

/** `partly_agreed.reason_missing` as the checks run it: its code, params, message, severity and test. */
export const partlyAgreedReasonMissingCheck: BuiltInCheck<'partly_agreed.reason_missing', RecommendationParams> =
  recommendationRule({
    code: 'partly_agreed.reason_missing',
    severity: 'error',
    message: (p) =>
      `Recommendation ${p.ref} is partly agreed but the response does not say whether the reason is ${REASONS_IN_WORDS}.`,
    field: 'response',
    category: 'partly-agreed',
    find: withoutReason,
  });

/** `partly_agreed.reason_missing`: none of the four reason categories declared or stated. */
export const partlyAgreedReasonMissing: BuiltInRule<'partly_agreed.reason_missing', RecommendationParams> =
  /* @__PURE__ */ documented(partlyAgreedReasonMissingCheck, {
    description:
      'The recommendation is Partly Agreed but neither declares a reason category nor states one in its response (commissioning, policy, operational or affordability).',
    fix: 'Say in the response why not all of it will be implemented, naming the reason: commissioning, policy, operational or affordability.',
  });
