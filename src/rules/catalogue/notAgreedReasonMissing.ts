import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutReason } from '../_internal/categoryRules.js';

/** `not_agreed.reason_missing`: none of the four reason categories declared or stated. */
export const notAgreedReasonMissing: BuiltInRule<'not_agreed.reason_missing'> = /* @__PURE__ */ builtInRule({
  code: 'not_agreed.reason_missing',
  severity: 'error',
  description:
    'The recommendation is Not Agreed but neither declares a reason category nor states one in its response (commissioning, policy, operational or affordability).',
  fix: 'Give the reasons in the response, naming the category: commissioning, policy, operational or affordability.',
  check: (context) => withoutReason(context, 'not-agreed'),
});
