import { findReasons } from '../findReasons.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { recommendations } from '../_internal/walk.js';

/** `not_agreed.reason_missing`: none of the four reason categories declared or stated. */
export const notAgreedReasonMissing: BuiltInRule<'not_agreed.reason_missing'> = /* @__PURE__ */ builtInRule({
  code: 'not_agreed.reason_missing',
  severity: 'error',
  description:
    'The recommendation is Not Agreed but neither declares a reason category nor states one in its response (commissioning, policy, operational or affordability).',
  fix: 'Give the reasons in the response, naming the category: commissioning, policy, operational or affordability.',
  *check(context) {
    for (const { recommendation, path } of recommendations(context, 'not-agreed')) {
      if (findReasons(recommendation).length === 0) yield { path: [...path, 'response'], params: { ref: recommendation.ref } };
    }
  },
});
