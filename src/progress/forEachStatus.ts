import type { Action } from '../model/Action.js';
import type { ActionPlan } from '../model/ActionPlan.js';
import type { Recommendation } from '../model/Recommendation.js';
import { judgeInto, newJudgement, type Judgement } from './judgeAction.js';
import type { ResolvedProgressOptions } from './resolveProgressOptions.js';

/**
 * Visits the status of every action of a plan, in the published order, without building a list
 * or a status object: `visit` is given one {@link Judgement}, overwritten for each action, and
 * keeps only what it needs. The options are checked already: see {@link resolveProgressOptions}.
 */
export function forEachStatus(
  plan: ActionPlan,
  options: ResolvedProgressOptions,
  visit: (
    judgement: Judgement,
    recommendation: Recommendation,
    recommendationIndex: number,
    action: Action,
    actionIndex: number,
  ) => void,
): void {
  const { asOf, dueSoonDays } = options;
  const recommendations = plan.recommendations;
  const judgement = newJudgement(asOf, dueSoonDays);
  for (let r = 0; r < recommendations.length; r += 1) {
    const recommendation = recommendations[r] as Recommendation;
    const actions = recommendation.actions;
    for (let a = 0; a < actions.length; a += 1) {
      const action = actions[a] as Action;
      judgeInto(judgement, action, action.target);
      visit(judgement, recommendation, r, action, a);
    }
  }
}
