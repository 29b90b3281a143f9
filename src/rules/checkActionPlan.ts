import { describeError } from '../_lib/describeError.js';
import type { TargetDateOptions } from '../dates/parseTargetDate.js';
import type { ActionPlan } from '../model/ActionPlan.js';
import type { IssueBase, Severity } from '../model/Issue.js';
import type { CustomIssue, Rule, RuleContext, RuleSetting } from '../model/Rule.js';
import type { RuleCode, RuleIssue } from './builtInRules.js';
import { BUILT_IN_CHECKS } from './_internal/checks.js';
import { checkIssue, type CheckIssue } from './checkIssues.js';
import { stepOf } from './_internal/builtIn.js';
import { newCheckState } from './_internal/checkContext.js';
import { comparePaths } from './_internal/comparePaths.js';
import { readFinding } from './_internal/readFinding.js';
import { resolveCheckOptions } from './_internal/resolveCheckOptions.js';
import {
  orderForWalk,
  walkPlan,
  type RuleCheck,
  type RuleEntry,
  type WalkEntry,
  type WalkOrder,
} from './_internal/walk.js';

/**
 * Options for {@link checkActionPlan}.
 * @category Rules
 *
 * @typeParam R - The rules added through `extraRules`.
 */
export interface CheckOptions<R extends Rule = never> {
  /**
   * The date to judge progress as of, written `YYYY-MM-DD`; with it, the `progress.*` rules run.
   * The clock is never read.
   */
  readonly asOf?: string;
  /**
   * How many days before its deadline an action counts as due soon (`progress.due_soon`).
   *
   * @defaultValue `30`
   */
  readonly dueSoonDays?: number;
  /** Switch rules off, or change their severity, by code. */
  readonly rules?: Readonly<Partial<Record<RuleCode | R['code'], RuleSetting>>>;
  /** Rules of your own, in the shape of the built-in ones; their codes must differ from the built-in ones. */
  readonly extraRules?: readonly R[];
  /**
   * The conventions with which `action.target_unrecognised` reads again the text of a target stored
   * as unknown, to say what it would mean (`readsAs`). Every rule judges the stored target: a
   * target stored as unknown has no deadline, in the checks as in the progress functions.
   */
  readonly targetDates?: TargetDateOptions;
}

/**
 * The issue a rule of type `R` reports.
 * @category Rules
 */
export type IssueOfRule<R> = R extends Rule<infer C, infer P> ? CustomIssue<C, P> : never;

/**
 * Checks a plan against the rules of the action-plan template, and against your own.
 * @category Rules
 *
 * @remarks
 * Returns every finding as an issue: a stable `code`, a `severity`, a `path` into the plan,
 * a `message`, typed `params` and, where a rule read the response text, the `evidence`. The list
 * is deterministic: findings come in document order (the plan's header, each recommendation and
 * its actions, the stated tally), and in catalogue order at one place.
 *
 * Nothing in the plan makes it throw: whatever the plan says is reported as issues. A rule that
 * throws, or gives a finding that is not well formed (not an object; a `path` that is not an
 * array of keys and indices; `params` that are not an object; `evidence` that is not text with a
 * path; a field other than these; a message that is not text), gives `check.rule_failed` naming
 * the rule and what was wrong: its well-formed findings so far are kept, the malformed one never
 * reaches the result, and the other rules still run. Every issue returned has a `path` of strings
 * and whole numbers, a `message` that is text and a `severity` of the three. Only a bad option throws, as a mistake in the calling code: see below. The `progress.*`
 * rules run only with `asOf`.
 *
 * Give it a valid plan (see {@link parseActionPlan}): the checks judge content, not shape.
 *
 * @param plan - The plan.
 * @param options - `asOf`, `dueSoonDays`, rule `rules` settings, `extraRules`, `targetDates` conventions.
 * @returns The issues, possibly none.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad option, never because of
 * the plan: a `TypeError` when an option has the wrong type (`options` not an object, an `asOf`
 * that is not a string, an extra rule that is not a rule or whose `check` is not a function), a
 * `RangeError` when it has a value outside those documented (an `asOf` that is not a real date
 * written `YYYY-MM-DD`, a `dueSoonDays` that is negative or not whole, a setting in `rules` for a
 * code no rule has or other than `'off'`, `'error'`, `'warning'` or `'info'`, an extra rule
 * reusing a code, unknown `targetDates` conventions).
 *
 * @example
 * ```ts
 * import { checkActionPlan, parseTargetDate, type ActionPlan } from 'action-plan-kit';
 * const plan = {
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [{
 *     ref: '7',
 *     text: 'Monitor and publish information on completion of overdue reviews.',
 *     agreement: { category: 'partly-agreed', label: 'Partly Agreed' },
 *     response: [{ type: 'paragraph', text: 'There are currently no plans to publish this information.' }],
 *     actions: [{ owner: 'Deputy Director Public Protection Group', target: parseTargetDate('Commenced and ongoing') }],
 *   }],
 * } satisfies ActionPlan;
 * checkActionPlan(plan).map((issue) => [issue.code, issue.severity])
 * //=> [['partly_agreed.reason_missing', 'error'], ['partly_agreed.no_timescale', 'warning'], ['action.not_time_bound', 'warning']]
 * checkActionPlan(plan, { rules: { 'action.not_time_bound': 'off', 'partly_agreed.no_timescale': 'info' } }).map((i) => i.severity)
 * //=> ['error', 'info']
 * ```
 */
export function checkActionPlan<R extends Rule = never>(
  plan: ActionPlan,
  options?: CheckOptions<R>,
): (CheckIssue | RuleIssue | IssueOfRule<R>)[] {
  const { asOf, dueSoonDays, targetDates, extraRules, settings } = resolveCheckOptions(options);
  // What the built-in rules of this check share, passed to each of them; rules of callers are
  // given its context, the plan and the options only.
  const state = newCheckState(plan, asOf, dueSoonDays, targetDates);
  const failures: IssueBase[] = [];

  const walk =
    settings === undefined
      ? asOf === undefined
        ? WITHOUT_AS_OF
        : WITH_AS_OF
      : builtInWalk(settings, asOf !== undefined);
  let found: IssueBase[] = [];
  try {
    // One walk in document order: the findings come out in order, and need no sort.
    walkPlan(state, walk.order, (entry, path, params) => {
      found.push({
        code: entry.rule.code,
        severity: entry.severity,
        path,
        message: entry.rule.message(params as CustomIssue['params']),
        params,
      });
    });
  } catch {
    // A plan the walk cannot read (the checks judge content, not shape): run each rule on its
    // own, so that each rule that fails is named and the others still report.
    found = runRules(walk.entries, state.context, failures).sort((a, b) => comparePaths(a.path, b.path));
  }

  if (extraRules.length > 0) {
    const extra: RuleEntry[] = [];
    for (const rule of extraRules) {
      const severity = severityOf(rule, settings, asOf !== undefined);
      if (severity !== undefined) extra.push({ rule, severity });
    }
    // The built-in findings are in order already, and a stable sort keeps them before those of
    // rules of callers at one place.
    found = [...found, ...runRules(extra, state.context, failures)].sort((a, b) => comparePaths(a.path, b.path));
  }
  return (failures.length === 0 ? found : [...failures, ...found]) as (CheckIssue | RuleIssue | IssueOfRule<R>)[];
}

/** The built-in rules a check runs, with their severities, and the order of its walk. */
interface BuiltInWalk {
  /** The rules that run, in catalogue order. */
  readonly entries: readonly WalkEntry[];
  /** The order of the walk. */
  readonly order: WalkOrder;
}

/** The built-in rules a check runs with these settings, and the order of its walk. */
function builtInWalk(
  settings: Readonly<Record<string, RuleSetting | undefined>> | undefined,
  hasAsOf: boolean,
): BuiltInWalk {
  const entries: WalkEntry[] = [];
  for (const rule of BUILT_IN_CHECKS) {
    const severity = severityOf(rule, settings, hasAsOf);
    if (severity !== undefined) entries.push({ rule, step: stepOf(rule), severity });
  }
  return { entries, order: orderForWalk(entries) };
}

// The walks of every check without rule settings, with and without asOf: made once.
const WITH_AS_OF: BuiltInWalk = /* @__PURE__ */ builtInWalk(undefined, true);
const WITHOUT_AS_OF: BuiltInWalk = /* @__PURE__ */ builtInWalk(undefined, false);

/** The severity of a rule in a check, or `undefined` when it does not run. */
function severityOf(
  rule: RuleCheck,
  settings: Readonly<Record<string, RuleSetting | undefined>> | undefined,
  hasAsOf: boolean,
): Severity | undefined {
  const setting = settings !== undefined && Object.hasOwn(settings, rule.code) ? settings[rule.code] : undefined;
  if (setting === 'off' || (rule.needsAsOf === true && !hasAsOf)) return undefined;
  return setting === 'error' || setting === 'warning' || setting === 'info' ? setting : rule.severity;
}

/**
 * Runs rules one by one through their public `check`, in order, keeping each finding as an issue.
 * A rule that throws, or yields a finding that is not well formed, gives `check.rule_failed` in
 * `failures`, naming the rule and what was wrong; its well-formed findings so far are kept, and
 * nothing malformed is.
 */
function runRules(entries: readonly RuleEntry[], context: RuleContext, failures: IssueBase[]): IssueBase[] {
  const found: IssueBase[] = [];
  for (const { rule, severity } of entries) {
    let detail: string | undefined;
    try {
      let n = 0;
      for (const finding of rule.check(context) as Iterable<unknown>) {
        const issue = readFinding(rule, severity, finding, n);
        if (typeof issue === 'string') {
          detail = issue;
          break;
        }
        found.push(issue);
        n += 1;
      }
    } catch (error) {
      detail = describeError(error);
    }
    if (detail !== undefined) failures.push(checkIssue('check.rule_failed', [], { rule: rule.code, detail }));
  }
  return found;
}
