import type { IsoDate } from '../model/IsoDate.js';
import { isIsoDate } from './isIsoDate.js';

// Every check of an option the calling code passed, and every message of one: an option that
// cannot be used is a mistake in the calling program, so it throws, synchronously, a `TypeError`
// when the value has the wrong type and a `RangeError` when it has the right type but a wrong
// value. Each message names the function and the option: `checkActionPlan: options.asOf must
// be ...`. Bad data (the content of a plan or a document) never comes here: it gives issues.

/** A value as a message shows it: strings quoted, numbers and the like as written, objects by kind. */
export function shown(value: unknown): string {
  const type = typeof value;
  return type === 'string'
    ? JSON.stringify(value)
    : value === null || (type !== 'object' && type !== 'function' && type !== 'symbol')
      ? String(value)
      : Array.isArray(value)
        ? 'an array'
        : type === 'object'
          ? 'an object'
          : `a ${type}`;
}

/** The error for an option that cannot be used: a `TypeError`, or a `RangeError` when `range` is set. */
function optionError(range: boolean, fn: string, option: string, expected: string, value: unknown): Error {
  return new (range ? RangeError : TypeError)(`${fn}: ${option} must be ${expected}, got ${shown(value)}`);
}

/** The error for an option of the wrong type. */
export function optionTypeError(fn: string, option: string, expected: string, value: unknown): TypeError {
  return optionError(false, fn, option, expected, value);
}

/** The error for an option of the right type with a value outside those documented. */
export function optionRangeError(fn: string, option: string, expected: string, value: unknown): RangeError {
  return optionError(true, fn, option, expected, value);
}

/** The error for a key of an option object that names nothing, such as a rule setting for a code no rule has. */
export function unknownKeyError(fn: string, option: string, key: string, expected: string): RangeError {
  return new RangeError(`${fn}: ${option} has the key ${shown(key)}, which is not ${expected}`);
}

/**
 * Checks that the options argument is an object, or absent where it may be.
 *
 * @throws {TypeError} When it is neither.
 */
export function checkOptionsObject(fn: string, options: unknown, name = 'options'): void {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw optionTypeError(fn, name, 'an object', options);
  }
}

/**
 * Checks a date option: a string holding a real calendar date written `YYYY-MM-DD`.
 *
 * @throws {TypeError | RangeError} A `TypeError` when the value is not a string, a `RangeError`
 * when the string is not such a date.
 */
export function dateOption(fn: string, option: string, value: unknown): IsoDate {
  if (isIsoDate(value)) return value;
  throw optionError(typeof value === 'string', fn, option, 'a date in the form YYYY-MM-DD', value);
}

/**
 * Checks an option counting days: a whole number, 0 or more; absent gives the default.
 *
 * @throws {TypeError | RangeError} A `TypeError` when the value is not a number, a `RangeError`
 * when the number is not whole, or is negative.
 */
export function daysOption(fn: string, option: string, value: unknown, byDefault: number): number {
  if (value === undefined) return byDefault;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw optionError(typeof value === 'number', fn, option, 'a whole number of days, 0 or more', value);
}

/**
 * Checks an option that takes one of a few strings; absent gives the default, if there is one.
 *
 * @throws {TypeError | RangeError} A `TypeError` when the value is not a string, a `RangeError`
 * when the string is not one of those allowed.
 */
export function choiceOption<T extends string>(
  fn: string,
  option: string,
  value: unknown,
  allowed: readonly T[],
  byDefault?: T,
): T {
  if (value === undefined && byDefault !== undefined) return byDefault;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw optionError(typeof value === 'string', fn, option, `one of "${allowed.join('", "')}"`, value);
}

/**
 * Checks an option that takes `true` or `false`; absent is `false`.
 *
 * @throws {TypeError} When the value is neither.
 */
export function booleanOption(fn: string, option: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw optionTypeError(fn, option, 'true or false', value);
  return value;
}

/**
 * Checks an option that takes text, if it is given.
 *
 * @throws {TypeError} When the value is given and is not a string.
 */
export function textOption(fn: string, option: string, value: unknown): string | undefined {
  if (value !== undefined && typeof value !== 'string') throw optionTypeError(fn, option, 'a string', value);
  return value;
}

/**
 * Checks an option that takes a function, if it is given.
 *
 * @throws {TypeError} When the value is given and is not a function.
 */
export function functionOption(fn: string, option: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') throw optionTypeError(fn, option, 'a function', value);
}
