import {
  checkOptionsObject,
  choiceOption,
  dateOption,
  daysOption,
  optionRangeError,
  optionTypeError,
  unknownKeyError,
} from '../../_lib/options.js';
import type { TargetDateOptions } from '../../dates/parseTargetDate.js';
import { resolveTargetDateOptions } from '../../dates/resolveTargetDateOptions.js';
import type { IsoDate } from '../../model/IsoDate.js';
import type { Rule, RuleSetting } from '../../model/Rule.js';
import type { Severity } from '../../model/Issue.js';
import { DEFAULT_DUE_SOON_DAYS } from '../../progress/resolveProgressOptions.js';
import { BUILT_IN_CHECKS } from './checks.js';
import type { CheckOptions } from '../checkActionPlan.js';

/** The options of a check as the engine uses them, checked. */
export interface ResolvedCheckOptions<R extends Rule> {
  /** The date to judge progress as of, if one was given. */
  readonly asOf: IsoDate | undefined;
  /** The due-soon window, or its default. */
  readonly dueSoonDays: number;
  /** The target-date conventions as given (checked), or none. */
  readonly targetDates: TargetDateOptions;
  /** The rules added by the caller. */
  readonly extraRules: readonly R[];
  /** The setting of each rule, by code, when any was given. */
  readonly settings: Readonly<Record<string, RuleSetting | undefined>> | undefined;
}

const FN = 'checkActionPlan';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SETTINGS: readonly RuleSetting[] = ['off', ...SEVERITIES];

/** Whether a value is a plain object: not null, not an array, not a function. */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the options of a check. Options come from the calling code, not from the plan: one that
 * cannot be used is a mistake in the program, and throws.
 *
 * @throws {TypeError | RangeError} A `TypeError` when an option has the wrong type (an `asOf` that
 * is not a string, an extra rule whose `check` is not a function, ...), a `RangeError` when it
 * has a value outside those documented (an `asOf` that is not a real date, a negative
 * `dueSoonDays`, a setting for a code no rule has, an extra rule reusing a code, ...).
 */
export function resolveCheckOptions<R extends Rule>(options: CheckOptions<R> | undefined): ResolvedCheckOptions<R> {
  checkOptionsObject(FN, options);
  const asOf = options?.asOf === undefined ? undefined : dateOption(FN, 'options.asOf', options.asOf);
  const dueSoonDays = daysOption(FN, 'options.dueSoonDays', options?.dueSoonDays, DEFAULT_DUE_SOON_DAYS);
  const targetDates: TargetDateOptions = options?.targetDates ?? {};
  resolveTargetDateOptions(targetDates, FN, 'options.targetDates');

  const given: unknown = options?.extraRules;
  const settings: unknown = options?.rules;
  if (given === undefined && settings === undefined) {
    return { asOf, dueSoonDays, targetDates, extraRules: [], settings: undefined };
  }

  const codes = new Set<string>(BUILT_IN_CHECKS.map((rule) => rule.code));
  if (given !== undefined && !Array.isArray(given)) {
    throw optionTypeError(FN, 'options.extraRules', 'an array of rules', given);
  }
  const extraRules = (given ?? []) as readonly R[];
  extraRules.forEach((rule: unknown, i) => checkRule(rule, `options.extraRules[${i}]`, codes));

  if (settings !== undefined) {
    if (!isObject(settings)) throw optionTypeError(FN, 'options.rules', 'an object of settings by code', settings);
    for (const [code, setting] of Object.entries(settings)) {
      if (!codes.has(code)) throw unknownKeyError(FN, 'options.rules', code, 'the code of a rule');
      if (setting !== undefined) choiceOption(FN, `options.rules[${JSON.stringify(code)}]`, setting, SETTINGS);
    }
  }
  return {
    asOf,
    dueSoonDays,
    targetDates,
    extraRules,
    settings: settings as Readonly<Record<string, RuleSetting | undefined>> | undefined,
  };
}

/**
 * Checks a rule added by the caller, and takes its code.
 *
 * @throws {TypeError | RangeError} When it is not a rule, or its code is taken.
 */
function checkRule(rule: unknown, name: string, codes: Set<string>): void {
  if (!isObject(rule))
    throw optionTypeError(FN, name, 'a rule (an object with code, severity, message and check)', rule);
  const code = rule['code'];
  if (typeof code !== 'string') throw optionTypeError(FN, `${name}.code`, 'a string', code);
  if (code === '') throw optionRangeError(FN, `${name}.code`, 'a code that is not empty', code);
  if (codes.has(code)) throw optionRangeError(FN, `${name}.code`, 'a code no other rule has', code);
  codes.add(code);
  choiceOption(FN, `${name}.severity`, rule['severity'], SEVERITIES);
  for (const method of ['message', 'check'] as const) {
    if (typeof rule[method] !== 'function') throw optionTypeError(FN, `${name}.${method}`, 'a function', rule[method]);
  }
  if (rule['needsAsOf'] !== undefined && typeof rule['needsAsOf'] !== 'boolean') {
    throw optionTypeError(FN, `${name}.needsAsOf`, 'true or false', rule['needsAsOf']);
  }
  for (const text of ['description', 'fix'] as const) {
    if (typeof rule[text] !== 'string') throw optionTypeError(FN, `${name}.${text}`, 'a string', rule[text]);
  }
}
