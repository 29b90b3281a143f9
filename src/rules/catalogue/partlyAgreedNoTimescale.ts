import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withoutTimescale } from '../_internal/categoryRules.js';
import { noDeadline } from '../_internal/words.js';
import type { ActionCountParams } from '../ruleParams.js';

/** `partly_agreed.no_timescale`: Partly Agreed, and no action has a deadline. */
export const partlyAgreedNoTimescale: BuiltInRule<'partly_agreed.no_timescale', ActionCountParams> = builtInRule({
  code: 'partly_agreed.no_timescale',
  severity: 'warning',
  description:
    'The recommendation is Partly Agreed and has actions, but none has a deadline (a target date, or a revised one) and none is completed.',
  fix: 'Give at least one action for the agreed part a target date.',
  message: (p) => `Recommendation ${p.ref} is partly agreed but ${noDeadline(p.actions)}.`,
  check: (context) => withoutTimescale(context, 'partly-agreed'),
});
