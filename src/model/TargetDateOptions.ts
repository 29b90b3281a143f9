/**
 * The conventions used to read target dates. Every option has a documented default.
 * @category Dates
 */
export interface TargetDateOptions {
  /**
   * What a quarter without a financial year means: `calendar` ("Q3 2026" is July to September
   * 2026) or `financial` (the UK financial year starting in April of that year: "Q3 2026" is
   * October to December 2026). A quarter written with a financial year ("Q3 2026/27") is always
   * financial.
   *
   * @defaultValue `'calendar'`
   */
  readonly quarters?: 'calendar' | 'financial';
  /**
   * Which seasons: `meteorological` (spring is March to May, summer June to August, autumn
   * September to November, winter December to February) or `astronomical`, with fixed dates
   * (spring 20 March to 20 June, summer 21 June to 22 September, autumn 23 September to
   * 20 December, winter 21 December to 19 March; the real equinoxes and solstices move by a day).
   *
   * @defaultValue `'meteorological'`
   */
  readonly seasons?: 'meteorological' | 'astronomical';
  /**
   * Whether a numeric date puts the day first, as in the UK ("31/5/1998"), or the month first
   * ("5/31/1998"). A numeric date that is impossible in the chosen order is unknown, never
   * re-read in the other order.
   *
   * @defaultValue `true`
   */
  readonly dayFirst?: boolean;
  /**
   * How a two-digit year in a numeric date is read: years below the pivot are in the 2000s, the
   * others in the 1900s. With the default, "31/5/98" is 1998 and "31/5/27" is 2027.
   *
   * @defaultValue `50`
   */
  readonly twoDigitYearPivot?: number;
}
