import { checkOptionsObject, dateOption, daysOption } from '../_lib/options.js';
import type { IsoDate } from '../model/IsoDate.js';

/** The default window, in days, in which an action counts as due soon. */
export const DEFAULT_DUE_SOON_DAYS = 30;

/** The options of a progress computation, checked. */
export interface ResolvedProgressOptions {
  /** The date to judge as of. */
  readonly asOf: IsoDate;
  /** The due-soon window. */
  readonly dueSoonDays: number;
}

/**
 * Checks the options of a progress computation, so that misuse throws even when a plan has no
 * action to judge.
 *
 * @param options - The options as given.
 * @param fn - The public function they were given to, for the message of an error.
 * @throws {TypeError | RangeError} A `TypeError` when the options are not an object or an option
 * has the wrong type, a `RangeError` when `asOf` is not a real calendar date or `dueSoonDays` is
 * not a whole number, 0 or more.
 */
export function resolveProgressOptions(
  options: { readonly asOf: string; readonly dueSoonDays?: number } | undefined,
  fn: string,
): ResolvedProgressOptions {
  checkOptionsObject(fn, options);
  return {
    asOf: dateOption(fn, 'options.asOf', options?.asOf),
    dueSoonDays: daysOption(fn, 'options.dueSoonDays', options?.dueSoonDays, DEFAULT_DUE_SOON_DAYS),
  };
}
