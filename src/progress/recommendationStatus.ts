import type { ActionStatusName } from '../model/ActionStatus.js';
import type { RecommendationProgress, RecommendationStatusName } from '../model/ProgressTally.js';
import type { Recommendation } from '../model/Recommendation.js';
import { countStatus, emptyCounts } from './counting.js';
import type { ProgressOptions } from './actionStatus.js';
import { judgeAction, newJudgement } from './judgeAction.js';
import { resolveProgressOptions } from './resolveProgressOptions.js';

/** Open statuses, most pressing first. */
const PRESSING: readonly ActionStatusName[] = ['overdue', 'due-soon', 'on-track', 'open-ended'];

/**
 * The status of a recommendation as of a date, rolled up from its actions.
 * @category Progress
 *
 * @remarks
 * A recommendation with no actions is `no-actions`. Otherwise it takes the most pressing status
 * among its open actions — `overdue`, then `due-soon`, `on-track`, `open-ended` — so one overdue
 * action makes the recommendation overdue. When every action is settled it is `completed` if any
 * was completed, and `withdrawn` if all were withdrawn.
 *
 * @param recommendation - The recommendation.
 * @param options - `asOf`, and `dueSoonDays` (30 unless given), as for {@link actionStatus}.
 * @returns The rolled-up status, each action's status and the counts.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad option, never because of
 * the recommendation: a `TypeError` when `options` is not an object or `asOf` is not a string, a
 * `RangeError` when `asOf` is not a real calendar date written `YYYY-MM-DD` or `dueSoonDays` is
 * not a whole number, 0 or more.
 *
 * @example
 * ```ts
 * import { parseTargetDate, recommendationStatus, type Recommendation } from 'action-plan-kit';
 * const recommendation = {
 *   ref: '4',
 *   text: 'Ensure the countersigning process is robust.',
 *   agreement: { category: 'agreed' },
 *   response: [],
 *   actions: [
 *     { owner: 'Deputy Director Public Protection Group', target: parseTargetDate('Completed') },
 *     { owner: 'Chief Probation Officer', target: parseTargetDate('April 2026') },
 *   ],
 * } satisfies Recommendation;
 * recommendationStatus(recommendation, { asOf: '2026-03-01' }).status //=> 'on-track'
 * recommendationStatus(recommendation, { asOf: '2026-11-26' }).status //=> 'overdue'
 * ```
 */
export function recommendationStatus(recommendation: Recommendation, options: ProgressOptions): RecommendationProgress {
  const resolved = resolveProgressOptions(options, 'recommendationStatus');
  const judgement = newJudgement(resolved.asOf, resolved.dueSoonDays);
  const counts = emptyCounts();
  const actions = recommendation.actions.map((action) => {
    const status = judgeAction(judgement, action, action.target);
    countStatus(counts, status.status);
    return status;
  });
  const seen = new Set(actions.map((a) => a.status));
  let status: RecommendationStatusName;
  if (actions.length === 0) status = 'no-actions';
  else status = PRESSING.find((name) => seen.has(name)) ?? (seen.has('completed') ? 'completed' : 'withdrawn');
  return { status, actions, counts };
}
