import { assertIsoDate } from '../_lib/calendar.js';
import type { IsoDate } from '../model/IsoDate.js';

/** The default window, in days, in which an action counts as due soon. */
export const DEFAULT_DUE_SOON_DAYS = 30;

/**
 * Checks a number of days given as an option, or gives the default.
 *
 * @throws {RangeError} When the value is not a whole number, 0 or more.
 */
export function resolveDueSoonDays(value: number | undefined, name = 'dueSoonDays'): number {
  if (value === undefined) return DEFAULT_DUE_SOON_DAYS;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of days, 0 or more, received ${String(value)}`);
  }
  return value;
}

/**
 * Checks the options of every progress computation, so that misuse throws even when a plan has no
 * action to judge.
 *
 * @throws {RangeError} When `asOf` is not a real calendar date, or `dueSoonDays` is invalid.
 */
export function resolveProgressOptions(options: { readonly asOf: IsoDate; readonly dueSoonDays?: number }): {
  asOf: IsoDate;
  dueSoonDays: number;
} {
  assertIsoDate(options.asOf, 'asOf');
  return { asOf: options.asOf, dueSoonDays: resolveDueSoonDays(options.dueSoonDays) };
}
