import { isIsoDate } from '../../_lib/calendar.js';
import { describeError } from '../../_lib/describeError.js';
import type { TargetDateOptions } from '../../dates/parseTargetDate.js';
import { resolveTargetDateOptions } from '../../dates/resolveTargetDateOptions.js';
import type { IsoDate } from '../../model/IsoDate.js';
import type { Rule, RuleSetting } from '../../model/Rule.js';
import { DEFAULT_DUE_SOON_DAYS, resolveDueSoonDays } from '../../progress/resolveProgressOptions.js';
import { BUILT_IN_CHECKS } from './checks.js';
import type { CheckOptions } from '../checkActionPlan.js';
import { checkIssue, type CheckIssue } from '../checkIssues.js';

/** The options of a check as the engine uses them, with an issue for each it could not use. */
export interface ResolvedCheckOptions<R extends Rule> {
  /** `check.invalid_option` and `check.unknown_rule` issues, in the order of the options. */
  readonly issues: CheckIssue[];
  /** The date to judge progress as of, if one was given and is valid. */
  readonly asOf: IsoDate | undefined;
  /** The due-soon window, or its default. */
  readonly dueSoonDays: number;
  /** The target-date conventions, or the defaults. */
  readonly targetDates: TargetDateOptions;
  /** The rules added by the caller whose codes are free. */
  readonly extraRules: readonly R[];
  /** The setting of each rule, by code, when any was given. */
  readonly settings: Readonly<Record<string, RuleSetting | undefined>> | undefined;
}

const SETTINGS: readonly string[] = ['off', 'error', 'warning', 'info'];

/**
 * Checks the options of a check without throwing: an option it cannot use gives a
 * `check.invalid_option` issue and its default; a setting for an unknown code gives
 * `check.unknown_rule`; an extra rule whose code is taken does not run.
 */
export function resolveCheckOptions<R extends Rule>(options: CheckOptions<R>): ResolvedCheckOptions<R> {
  const issues: CheckIssue[] = [];
  const invalid = (option: string, detail: string): void => {
    issues.push(checkIssue('check.invalid_option', [], { option, detail }));
  };

  let asOf = options.asOf;
  if (asOf !== undefined && !isIsoDate(asOf)) {
    invalid(
      'asOf',
      `expected a calendar date written YYYY-MM-DD, received ${String(asOf)}; the progress rules did not run`,
    );
    asOf = undefined;
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

  const extraRules: R[] = [];
  const settings: Readonly<Record<string, RuleSetting | undefined>> | undefined = options.rules;
  if (options.extraRules !== undefined || settings !== undefined) {
    const codes = new Set<string>(BUILT_IN_CHECKS.map((rule) => rule.code));
    for (const rule of options.extraRules ?? []) {
      if (codes.has(rule.code)) {
        invalid('extraRules', `the code ${rule.code} is already taken; that rule did not run`);
      } else {
        codes.add(rule.code);
        extraRules.push(rule);
      }
    }
    for (const [code, setting] of Object.entries(settings ?? {})) {
      if (!codes.has(code)) issues.push(checkIssue('check.unknown_rule', [], { rule: code }));
      else if (!SETTINGS.includes(String(setting)))
        invalid(`rules.${code}`, `expected off, error, warning or info, received ${String(setting)}`);
    }
  }

  return { issues, asOf, dueSoonDays, targetDates, extraRules, settings };
}
