import type { TargetDateOptions } from '../model/TargetDateOptions.js';

/**
 * The conventions of target-date reading, with their defaults, checked.
 *
 * @throws {RangeError} When an option has a value outside those documented.
 */
export function resolveTargetDateOptions(options: TargetDateOptions | undefined): Required<TargetDateOptions> {
  const resolved = {
    quarters: options?.quarters ?? 'calendar',
    seasons: options?.seasons ?? 'meteorological',
    dayFirst: options?.dayFirst ?? true,
    twoDigitYearPivot: options?.twoDigitYearPivot ?? 50,
  } as const;
  if (resolved.quarters !== 'calendar' && resolved.quarters !== 'financial') {
    throw new RangeError(`options.quarters must be 'calendar' or 'financial', received ${String(resolved.quarters)}`);
  }
  if (resolved.seasons !== 'meteorological' && resolved.seasons !== 'astronomical') {
    throw new RangeError(
      `options.seasons must be 'meteorological' or 'astronomical', received ${String(resolved.seasons)}`,
    );
  }
  if (typeof resolved.dayFirst !== 'boolean') {
    throw new RangeError(`options.dayFirst must be a boolean, received ${String(resolved.dayFirst)}`);
  }
  const pivot = resolved.twoDigitYearPivot;
  if (!Number.isInteger(pivot) || pivot < 0 || pivot > 100) {
    throw new RangeError(`options.twoDigitYearPivot must be a whole number from 0 to 100, received ${String(pivot)}`);
  }
  return resolved;
}
