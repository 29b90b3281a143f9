import type { TargetDateOptions } from './TargetDateOptions.js';
import type { Action } from './Action.js';
import type { ActionPlan } from './ActionPlan.js';
import type { IsoDate } from './IsoDate.js';
import type { Evidence, IssueBase, IssuePath, Severity } from './Issue.js';
import type { TargetDate } from './TargetDate.js';

/**
 * How a rule is set for one check: switched `off`, or reported at a severity of your choosing.
 * @category Rules
 */
export type RuleSetting = Severity | 'off';

/**
 * What a rule is given to check: the plan, and the options of the check.
 * @category Rules
 */
export interface RuleContext {
  /** The plan under check. */
  readonly plan: ActionPlan;
  /** The date progress is judged as of; absent when the check was not given one. */
  readonly asOf?: IsoDate;
  /** How many days before its deadline an action counts as due soon. */
  readonly dueSoonDays: number;
  /**
   * The conventions with which `action.target_unrecognised` reads again the text of a target
   * stored as unknown, to say what it would mean; no rule judges a deadline by that reading.
   */
  readonly targetDates: TargetDateOptions;
  /**
   * The target the checks judge an action by: its stored target, as the progress functions
   * (`findOverdue`, `actionStatus`, ...) judge it. A target stored as unknown has no
   * deadline, whatever its text says.
   */
  targetOf(action: Action): TargetDate;
}

/**
 * One finding of a rule: where, and the facts its message is built from.
 * @category Rules
 *
 * @typeParam P - The rule's params.
 */
export interface RuleFinding<P> {
  /** Where the finding is, as keys and indices into the plan. */
  readonly path: IssuePath;
  /** The facts behind the message. */
  readonly params: P;
  /** The words the rule matched in the plan's text, where it read text. */
  readonly evidence?: readonly Evidence[];
}

/**
 * A rule of the checks: data (its code, default severity and documentation) and a pure function.
 * @category Rules
 *
 * @remarks
 * The built-in rules have this shape, and so do the rules callers add through `extraRules`. A rule
 * must not change the plan or read anything but its context; if it throws, the check reports
 * `check.rule_failed` and goes on.
 *
 * @typeParam C - The rule's code, such as `'house.owner_is_a_role'`.
 * @typeParam P - The params of its findings.
 */
export interface Rule<C extends string = string, P = Readonly<Record<string, unknown>>> {
  /** The stable code of the rule's issues. */
  readonly code: C;
  /** The severity its issues have unless a check says otherwise. */
  readonly severity: Severity;
  /** When the rule reports, in one sentence. */
  readonly description: string;
  /** How to fix what it reports, in one sentence. */
  readonly fix: string;
  /** Whether the rule needs `asOf`: without it, the rule does not run. */
  readonly needsAsOf?: boolean;
  /** Builds the message of a finding from its params. */
  message(params: P): string;
  /** Finds what the rule reports in a plan. */
  check(context: RuleContext): Iterable<RuleFinding<P>>;
}

/**
 * An issue reported by a rule the caller added, with the rule's own code and params: the one
 * issue shape, {@link IssueBase}.
 * @category Rules
 *
 * @typeParam C - The rule's code.
 * @typeParam P - Its params.
 */
export type CustomIssue<C extends string = string, P = Readonly<Record<string, unknown>>> = IssueBase<C, P>;
