import { messageFor } from '../../_lib/messages.js';
import type { IssueCode, IssueParamsByCode, Severity } from '../../model/Issue.js';
import type { Rule, RuleContext, RuleFinding } from '../../model/Rule.js';

/** A built-in rule: its code is an issue code, its params those of the code. */
export type BuiltInRule<C extends IssueCode = IssueCode> = Rule<C, IssueParamsByCode[C]>;

/** Declares a built-in rule; its messages come from the one message table. */
export function builtInRule<C extends IssueCode>(definition: {
  code: C;
  severity: Severity;
  description: string;
  fix: string;
  needsAsOf?: boolean;
  check(context: RuleContext): Iterable<RuleFinding<IssueParamsByCode[C]>>;
}): BuiltInRule<C> {
  return { ...definition, message: (params) => messageFor(definition.code, params) };
}
