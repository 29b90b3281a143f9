import type { ActionPlan } from '../model/ActionPlan.js';
import type { Tally } from '../model/Tally.js';
import { countCategory, emptyTally } from '../progress/counting.js';

/**
 * Counts a plan's recommendations by agreement category, as the plan's closing tally should.
 * @category Tallies
 *
 * @remarks Compare it with the plan's `statedTally`: a plan's closing tally must match its rows.
 *
 * A recommendation that states no category (its `agreement` has no `category`: the plan wrote
 * none, or an answer such as "Accepted in principle") counts in `total` only. So the three figures
 * may sum to less than the total; the difference is the number of recommendations with no
 * category.
 *
 * @param plan - The plan.
 * @returns Agreed, partly agreed, not agreed, and the total (every recommendation).
 *
 * @example
 * ```ts
 * import { tallyAgreement, type AgreementCategory, type Recommendation } from 'action-plan-kit';
 * const rec = (ref: string, category?: AgreementCategory): Recommendation => ({
 *   ref,
 *   text: '',
 *   agreement: category === undefined ? { label: 'Accepted in principle' } : { category },
 *   response: [],
 *   actions: [],
 * });
 * tallyAgreement({
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [rec('1', 'agreed'), rec('2', 'agreed'), rec('3', 'partly-agreed')],
 * })
 * //=> { agreed: 2, partlyAgreed: 1, notAgreed: 0, total: 3 }
 * tallyAgreement({
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [rec('1', 'agreed'), rec('2')],
 * })
 * //=> { agreed: 1, partlyAgreed: 0, notAgreed: 0, total: 2 }
 * ```
 */
export function tallyAgreement(plan: ActionPlan): Tally {
  const tally = emptyTally();
  for (const recommendation of plan.recommendations) countCategory(tally, recommendation.agreement.category);
  return tally;
}
