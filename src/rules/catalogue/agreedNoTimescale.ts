import { recommendationRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutTimescale } from '../_internal/categoryRules.js';
import { noDeadline } from '../_internal/words.js';
import type { ActionCountParams } from '../ruleParams.js';

/** `agreed.no_timescale` as the checks run it: its code, params, message, severity and test. */
export const agreedNoTimescaleCheck: BuiltInCheck<'agreed.no_timescale', ActionCountParams> = recommendationRule({
  code: 'agreed.no_timescale',
  severity: 'warning',
  message: (p) => `Recommendation ${p.ref} is agreed but ${noDeadline(p.actions)}.`,
  field: 'actions',
  category: 'agreed',
  find: withoutTimescale,
});

/** `agreed.no_timescale`: Agreed, and no action has a deadline. */
export const agreedNoTimescale: BuiltInRule<'agreed.no_timescale', ActionCountParams> = /* @__PURE__ */ documented(
  agreedNoTimescaleCheck,
  {
    description:
      'The recommendation is Agreed and has actions, but none has a deadline (a target date, or a revised one) and none is completed.',
    fix: 'Give at least one action a target date: the template asks for timescales.',
  },
);
