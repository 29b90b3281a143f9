/**
 * How many recommendations fall in each agreement category.
 * @category Model
 *
 * @remarks A plan closes with a stated tally ("Agreed 6, Partly Agreed 1, Not Agreed 0,
 * Total 7") that must match its rows. The total counts every recommendation, those that state no
 * category included, so the three figures may sum to less than the total.
 */
export interface Tally {
  /** The number of recommendations agreed. */
  readonly agreed: number;
  /** The number of recommendations partly agreed. */
  readonly partlyAgreed: number;
  /** The number of recommendations not agreed. */
  readonly notAgreed: number;
  /** The number of recommendations in all, those that state no category included. */
  readonly total: number;
}
