import type { Action } from '../model/Action.js';
import type { ActionPlan } from '../model/ActionPlan.js';
import type { ActionStatus } from '../model/ActionStatus.js';
import type { Recommendation } from '../model/Recommendation.js';
import type { ProgressOptions } from './actionStatus.js';
import { judgeAction } from './judgeAction.js';
import { resolveProgressOptions } from './resolveProgressOptions.js';

/** One action of a plan with where it stands and its status. */
export interface LocatedStatus {
  readonly recommendation: Recommendation;
  readonly recommendationIndex: number;
  readonly action: Action;
  readonly actionIndex: number;
  readonly status: ActionStatus;
}

/**
 * Visits the status of every action of a plan, in the published order, without building a list:
 * the callers keep only the few they need.
 */
export function forEachStatus(
  plan: ActionPlan,
  options: ProgressOptions,
  visit: (
    status: ActionStatus,
    recommendation: Recommendation,
    recommendationIndex: number,
    action: Action,
    actionIndex: number,
  ) => void,
): void {
  const { asOf, dueSoonDays } = resolveProgressOptions(options);
  const recommendations = plan.recommendations;
  for (let r = 0; r < recommendations.length; r += 1) {
    const recommendation = recommendations[r] as Recommendation;
    const actions = recommendation.actions;
    for (let a = 0; a < actions.length; a += 1) {
      const action = actions[a] as Action;
      visit(judgeAction(action, action.target, asOf, dueSoonDays), recommendation, r, action, a);
    }
  }
}
