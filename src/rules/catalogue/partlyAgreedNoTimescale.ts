import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutTimescale } from '../_internal/categoryRules.js';

/** `partly_agreed.no_timescale`: Partly Agreed, and no action has a deadline. */
export const partlyAgreedNoTimescale: BuiltInRule<'partly_agreed.no_timescale'> = /* @__PURE__ */ builtInRule({
  code: 'partly_agreed.no_timescale',
  severity: 'warning',
  description:
    'The recommendation is Partly Agreed and has actions, but none has a deadline (a target date, or a revised one) and none is completed.',
  fix: 'Give at least one action for the agreed part a target date.',
  check: (context) => withoutTimescale(context, 'partly-agreed'),
});
