import { checkOptionsObject, choiceOption, optionRangeError, optionTypeError } from '../_lib/options.js';
import type { TargetDateOptions } from '../model/TargetDateOptions.js';

const QUARTERS = ['calendar', 'financial'] as const;
const SEASONS = ['meteorological', 'astronomical'] as const;

/**
 * The conventions of target-date reading, with their defaults, checked.
 *
 * @param options - The conventions as given.
 * @param fn - The public function they were given to, for the message of an error.
 * @param name - What that function calls them: `options`, or `options.targetDates`.
 * @throws {TypeError | RangeError} A `TypeError` when the options, or one of them, has the wrong
 * type; a `RangeError` when an option has a value outside those documented.
 */
export function resolveTargetDateOptions(
  options: TargetDateOptions | undefined,
  fn: string,
  name = 'options',
): Required<TargetDateOptions> {
  if (options === undefined) return DEFAULTS;
  checkOptionsObject(fn, options, name);
  const quarters = choiceOption(fn, `${name}.quarters`, options.quarters, QUARTERS, 'calendar');
  const seasons = choiceOption(fn, `${name}.seasons`, options.seasons, SEASONS, 'meteorological');
  const dayFirst = options.dayFirst ?? true;
  if (typeof dayFirst !== 'boolean') throw optionTypeError(fn, `${name}.dayFirst`, 'true or false', dayFirst);
  const pivot = options.twoDigitYearPivot ?? 50;
  const expected = 'a whole number from 0 to 100';
  if (typeof pivot !== 'number') throw optionTypeError(fn, `${name}.twoDigitYearPivot`, expected, pivot);
  if (!Number.isInteger(pivot) || pivot < 0 || pivot > 100) {
    throw optionRangeError(fn, `${name}.twoDigitYearPivot`, expected, pivot);
  }
  return { quarters, seasons, dayFirst, twoDigitYearPivot: pivot };
}

const DEFAULTS: Required<TargetDateOptions> = {
  quarters: 'calendar',
  seasons: 'meteorological',
  dayFirst: true,
  twoDigitYearPivot: 50,
};
