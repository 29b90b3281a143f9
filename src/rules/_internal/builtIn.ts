import type { Severity } from '../../model/Issue.js';
import type { Rule, RuleContext, RuleFinding } from '../../model/Rule.js';

/** A built-in rule: its code, and the params of its findings. */
export type BuiltInRule<C extends string, P> = Rule<C, P>;

/**
 * Declares a built-in rule: everything about its code — params, message, default severity,
 * description and fix — stands in the rule's own module.
 */
/* @__NO_SIDE_EFFECTS__ */
export function builtInRule<C extends string, P>(definition: {
  code: C;
  severity: Severity;
  description: string;
  fix: string;
  message: (params: P) => string;
  needsAsOf?: boolean;
  check(context: RuleContext): Iterable<RuleFinding<P>>;
}): BuiltInRule<C, P> {
  return definition;
}
