import { deadlineOf } from '../../dates/deadlineOf.js';
import type { Action } from '../../model/Action.js';
import type { ActionParams, IssuePath } from '../../model/Issue.js';
import type { AgreementCategory, Recommendation } from '../../model/Recommendation.js';
import type { RuleContext } from '../../model/Rule.js';

/** A recommendation with its place in the plan. */
export interface RecommendationAt {
  readonly recommendation: Recommendation;
  readonly index: number;
  readonly path: IssuePath;
}

/** An action with its place in the plan and the facts messages name. */
export interface ActionAt {
  readonly action: Action;
  readonly recommendation: Recommendation;
  readonly path: IssuePath;
  readonly params: ActionParams;
}

/** Every recommendation of the plan, in order, optionally only those of one category. */
export function* recommendations(context: RuleContext, category?: AgreementCategory): Generator<RecommendationAt> {
  for (const [index, recommendation] of context.plan.recommendations.entries()) {
    if (category === undefined || recommendation.agreement.category === category) {
      yield { recommendation, index, path: ['recommendations', index] };
    }
  }
}

/** Every action of the plan, in order. */
export function* actions(context: RuleContext): Generator<ActionAt> {
  for (const { recommendation, path } of recommendations(context)) {
    for (const [i, action] of recommendation.actions.entries()) {
      yield {
        action,
        recommendation,
        path: [...path, 'actions', i],
        params: { ref: recommendation.ref, action: i + 1, owner: action.owner },
      };
    }
  }
}

/**
 * Whether an action has a timescale: a deadline in its target or in a revised target on record,
 * or a target that says it is completed (a completed action needs no date).
 */
export function hasTimescale(context: RuleContext, action: Action): boolean {
  const target = context.targetOf(action);
  if (deadlineOf(target) !== undefined) return true;
  if (target.type === 'status' && target.status === 'completed') return true;
  return (action.updates ?? []).some((u) => u.revisedTarget !== undefined && deadlineOf(u.revisedTarget) !== undefined);
}

/** Whether an action's own target (not a revision) sets a deadline. */
export function hasDeadline(context: RuleContext, action: Action): boolean {
  return deadlineOf(context.targetOf(action)) !== undefined;
}
