/**
 * How many recommendations fall in each agreement category.
 * @category Model
 *
 * @remarks A plan closes with a stated tally ("Agreed 6, Partly Agreed 1, Not Agreed 0,
 * Total 7") that must match its rows.
 */
export interface Tally {
  /** The number of recommendations agreed. */
  readonly agreed: number;
  /** The number of recommendations partly agreed. */
  readonly partlyAgreed: number;
  /** The number of recommendations not agreed. */
  readonly notAgreed: number;
  /** The number of recommendations in all. */
  readonly total: number;
}
