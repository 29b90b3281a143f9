import type { ActionPlan } from '../model/ActionPlan.js';
import type { PlansTally } from '../model/ProgressTally.js';
import type { ProgressOptions } from '../progress/actionStatus.js';
import { forEachStatus } from '../progress/forEachStatus.js';
import { resolveProgressOptions } from '../progress/resolveProgressOptions.js';
import { countCategory, countStatus, emptyCounts, emptyTally } from '../progress/counting.js';

/**
 * Counts many plans together as of a date: recommendations by agreement category, actions by
 * status, and the acceptance and implementation rates.
 * @category Tallies
 *
 * @remarks
 * - acceptance rate: recommendations agreed or partly agreed, out of those that state a category
 *   (agreed, partly agreed or not agreed);
 * - implementation rate: actions completed, out of all actions not withdrawn.
 *
 * A recommendation that states no category counts in `agreement.total` only, so the three figures
 * may sum to less than the total, and it is left out of the acceptance rate: an answer not given
 * is neither an acceptance nor a refusal. A rate with nothing to count (no recommendation that
 * states a category, or every action withdrawn) is absent rather than `NaN`.
 *
 * @param plans - The plans, for an inspectorate's or a respondent's whole portfolio.
 * @param options - `asOf`, and `dueSoonDays` (30 unless given).
 * @returns The combined tally.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad option, never because of
 * the plans: a `TypeError` when `options` is not an object or `asOf` is not a string, a
 * `RangeError` when `asOf` is not a real calendar date written `YYYY-MM-DD` or `dueSoonDays` is
 * not a whole number, 0 or more.
 *
 * @example
 * ```ts
 * import { parseTargetDate, tallyPlans, type ActionPlan, type AgreementCategory } from 'action-plan-kit';
 * const plan = (category: AgreementCategory | undefined, target?: string): ActionPlan => ({
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [{
 *     ref: '1',
 *     text: 'Recommendation',
 *     agreement: category === undefined ? {} : { category },
 *     response: [],
 *     actions: target ? [{ owner: 'Governor', target: parseTargetDate(target) }] : [],
 *   }],
 * });
 * const tally = tallyPlans(
 *   [plan('agreed', 'Completed'), plan('partly-agreed', 'June 2027'), plan('not-agreed'), plan(undefined)],
 *   { asOf: '2026-11-26' },
 * );
 * tally.agreement //=> { agreed: 1, partlyAgreed: 1, notAgreed: 1, total: 4 }
 * tally.acceptanceRate //=> 2 / 3
 * tally.implementationRate //=> 0.5
 * ```
 */
export function tallyPlans(plans: readonly ActionPlan[], options: ProgressOptions): PlansTally {
  const resolved = resolveProgressOptions(options, 'tallyPlans');
  const agreement = emptyTally();
  const actions = emptyCounts();
  for (const plan of plans) {
    for (const recommendation of plan.recommendations) countCategory(agreement, recommendation.agreement.category);
    forEachStatus(plan, resolved, (judgement) => countStatus(actions, judgement.status));
  }
  const accepted = agreement.agreed + agreement.partlyAgreed;
  const answered = accepted + agreement.notAgreed;
  const implementable = actions.total - actions.withdrawn;
  return {
    plans: plans.length,
    agreement,
    actions,
    ...(answered > 0 ? { acceptanceRate: accepted / answered } : {}),
    ...(implementable > 0 ? { implementationRate: actions.completed / implementable } : {}),
  };
}
