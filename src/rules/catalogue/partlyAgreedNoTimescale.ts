import { recommendationRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutTimescale } from '../_internal/categoryRules.js';
import { noDeadline } from '../_internal/words.js';
import type { ActionCountParams } from '../ruleParams.js';

/** `partly_agreed.no_timescale` as the checks run it: its code, params, message, severity and test. */
export const partlyAgreedNoTimescaleCheck: BuiltInCheck<'partly_agreed.no_timescale', ActionCountParams> =
  recommendationRule({
    code: 'partly_agreed.no_timescale',
    severity: 'warning',
    message: (p) => `Recommendation ${p.ref} is partly agreed but ${noDeadline(p.actions)}.`,
    field: 'actions',
    category: 'partly-agreed',
    find: withoutTimescale,
  });

/** `partly_agreed.no_timescale`: Partly Agreed, and no action has a deadline. */
export const partlyAgreedNoTimescale: BuiltInRule<'partly_agreed.no_timescale', ActionCountParams> =
  /* @__PURE__ */ documented(partlyAgreedNoTimescaleCheck, {
    description:
      'The recommendation is Partly Agreed and has actions, but none has a deadline (a target date, or a revised one) and none is completed.',
    fix: 'Give at least one action for the agreed part a target date.',
  });
