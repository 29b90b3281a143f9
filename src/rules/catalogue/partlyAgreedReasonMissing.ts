import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutReason } from '../_internal/categoryRules.js';

/** `partly_agreed.reason_missing`: none of the four reason categories declared or stated. */
export const partlyAgreedReasonMissing: BuiltInRule<'partly_agreed.reason_missing'> = /* @__PURE__ */ builtInRule({
  code: 'partly_agreed.reason_missing',
  severity: 'error',
  description:
    'The recommendation is Partly Agreed but neither declares a reason category nor states one in its response (commissioning, policy, operational or affordability).',
  fix: 'Say in the response why not all of it will be implemented, naming the reason: commissioning, policy, operational or affordability.',
  check: (context) => withoutReason(context, 'partly-agreed'),
});
