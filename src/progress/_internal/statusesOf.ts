import type { Action } from '../../model/Action.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { ActionStatus } from '../../model/ActionStatus.js';
import type { Recommendation } from '../../model/Recommendation.js';
import type { ProgressOptions } from '../actionStatus.js';
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

/** The status of every action of a plan, in the published order. */
export function statusesOf(plan: ActionPlan, options: ProgressOptions): LocatedStatus[] {
  const resolved = resolveProgressOptions(options);
  const out: LocatedStatus[] = [];
  plan.recommendations.forEach((recommendation, recommendationIndex) => {
    recommendation.actions.forEach((action, actionIndex) => {
      out.push({ recommendation, recommendationIndex, action, actionIndex, status: judgeAction(action, action.target, resolved.asOf, resolved.dueSoonDays) });
    });
  });
  return out;
}
