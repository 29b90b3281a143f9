import type { Mutable } from '../_lib/text.js';
import { describeError } from '../_lib/describeError.js';
import { isIsoDate } from '../_lib/calendar.js';
import { parseTargetDate, type TargetDateOptions } from '../dates/parseTargetDate.js';
import { resolveTargetDateOptions } from '../dates/resolveTargetDateOptions.js';
import type { Action } from '../model/Action.js';
import type { ActionPlan } from '../model/ActionPlan.js';
import type { IsoDate } from '../model/IsoDate.js';
import type { Severity } from '../model/Issue.js';
import type { CustomIssue, Rule, RuleContext, RuleSetting } from '../model/Rule.js';
import type { TargetDate } from '../model/TargetDate.js';
import { DEFAULT_DUE_SOON_DAYS, resolveDueSoonDays } from '../progress/resolveProgressOptions.js';
import { builtInRules, type RuleCode, type RuleIssue } from './builtInRules.js';
import { checkIssue, type CheckIssue } from './checkIssues.js';
import { comparePaths } from './_internal/comparePaths.js';

/**
 * Options for {@link checkActionPlan}.
 *
 * @typeParam R - The rules added through `extraRules`.
 */
export interface CheckOptions<R extends Rule = never> {
  /** The date to judge progress as of; with it, the `progress.*` rules run. The clock is never read. */
  readonly asOf?: IsoDate;
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
  /** The conventions target dates are read with, for targets stored as unknown text. */
  readonly targetDates?: TargetDateOptions;
}

/** The issue a rule of type `R` reports. */
export type IssueOfRule<R> = R extends Rule<infer C, infer P> ? CustomIssue<C, P> : never;

const SETTINGS: readonly string[] = ['off', 'error', 'warning', 'info'];

/**
 * Checks a plan against the rules of the action-plan template, and against your own.
 *
 * @remarks
 * Returns every finding as an issue: a stable `code`, a `severity`, a `path` into the plan,
 * a `message`, typed `params` and, where a rule read the response text, the `evidence`. The list
 * is deterministic: findings come in document order (the plan's header, each recommendation and
 * its actions, the stated tally), and in catalogue order at one place.
 *
 * It never throws. An invalid option gives a `check.invalid_option` issue and its default is used;
 * a setting for an unknown code gives `check.unknown_rule`; a rule that throws gives
 * `check.rule_failed` (its findings so far are kept), and the other rules still run. The `progress.*` rules run only with `asOf`.
 *
 * Give it a valid plan (see {@link parseActionPlan}): the checks judge content, not shape.
 *
 * @param plan - The plan.
 * @param options - `asOf`, `dueSoonDays`, rule `rules` settings, `extraRules`, `targetDates` conventions.
 * @returns The issues, possibly none.
 *
 * @example
 * ```ts
 * import { checkActionPlan, parseTargetDate } from 'action-plan-kit';
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
 * };
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
  options ??= {};
  const issues: (CheckIssue | RuleIssue | IssueOfRule<R>)[] = [];
  const invalid = (option: string, detail: string): void => {
    issues.push(checkIssue('check.invalid_option', [], { option, detail }));
  };

  const asOf = options.asOf;
  const usableAsOf = asOf === undefined || isIsoDate(asOf) ? asOf : undefined;
  if (asOf !== undefined && usableAsOf === undefined) {
    invalid(
      'asOf',
      `expected a calendar date written YYYY-MM-DD, received ${String(asOf)}; the progress rules did not run`,
    );
  }
  let dueSoonDays = DEFAULT_DUE_SOON_DAYS;
  try {
    dueSoonDays = resolveDueSoonDays(options.dueSoonDays);
  } catch (error) {
    invalid('dueSoonDays', describeError(error));
  }
  let targetDates: TargetDateOptions = options.targetDates ?? {};
  try {
    resolveTargetDateOptions(targetDates);
  } catch (error) {
    invalid('targetDates', describeError(error));
    targetDates = {};
  }

  const rules: Rule[] = [...builtInRules] as Rule[];
  const codes = new Set(rules.map((rule) => rule.code));
  for (const rule of options.extraRules ?? []) {
    if (codes.has(rule.code)) {
      invalid('extraRules', `the code ${rule.code} is already taken; that rule did not run`);
    } else {
      codes.add(rule.code);
      rules.push(rule);
    }
  }

  const settings: Readonly<Record<string, RuleSetting | undefined>> = options.rules ?? {};
  for (const [code, setting] of Object.entries(settings)) {
    if (!codes.has(code)) issues.push(checkIssue('check.unknown_rule', [], { rule: code }));
    else if (!SETTINGS.includes(String(setting)))
      invalid(`rules.${code}`, `expected off, error, warning or info, received ${String(setting)}`);
  }

  let readings: WeakMap<Action, TargetDate> | undefined;
  const context: RuleContext = {
    plan,
    ...(usableAsOf === undefined ? {} : { asOf: usableAsOf }),
    dueSoonDays,
    targetDates,
    targetOf(action) {
      const stored = action.target;
      if (stored.type !== 'unknown' || stored.raw.trim() === '') return stored;
      readings ??= new WeakMap();
      let reading = readings.get(action);
      if (reading === undefined) {
        reading = parseTargetDate(stored.raw, targetDates);
        readings.set(action, reading);
      }
      return reading;
    },
  };

  const findings: (CheckIssue | RuleIssue | IssueOfRule<R>)[] = [];
  for (const rule of rules) {
    const setting = settings[rule.code];
    if (setting === 'off' || (rule.needsAsOf === true && context.asOf === undefined)) continue;
    const severity: Severity =
      setting === 'error' || setting === 'warning' || setting === 'info' ? setting : rule.severity;
    try {
      for (const finding of rule.check(context)) {
        const issue: Mutable<CustomIssue> = {
          code: rule.code,
          severity,
          path: finding.path,
          message: rule.message(finding.params),
          params: finding.params,
        };
        if (finding.evidence !== undefined) issue.evidence = finding.evidence;
        findings.push(issue as RuleIssue | IssueOfRule<R>);
      }
    } catch (error) {
      issues.push(checkIssue('check.rule_failed', [], { rule: rule.code, detail: describeError(error) }));
    }
  }
  // Array.prototype.sort is stable: at one place, findings keep the catalogue's order.
  return [...issues, ...findings.sort((a, b) => comparePaths(a.path, b.path))];
}
