import type { ActionCountParams, RecommendationParams } from '../ruleParams.js';
import { givesReason } from '../findReasons.js';
import type { CheckState } from './checkState.js';
import { hasTimescale } from './walk.js';

// The tests that several rules share, each rule applying one to its own category. Each judges the
// recommendation the walk is at, and gives the params of a finding or `undefined`.

/** A recommendation with no action. */
export function withoutActions(state: CheckState): RecommendationParams | undefined {
  const { recommendation } = state;
  return recommendation.actions.length === 0 ? { ref: recommendation.ref } : undefined;
}

/** A recommendation with actions, none of which has a timescale. */
export function withoutTimescale(state: CheckState): ActionCountParams | undefined {
  const { recommendation } = state;
  const actions = recommendation.actions;
  if (actions.length === 0) return undefined;
  for (const action of actions) if (hasTimescale(state, action)) return undefined;
  return { ref: recommendation.ref, actions: actions.length };
}

/** A recommendation that neither declares nor states a reason category. */
export function withoutReason(state: CheckState): RecommendationParams | undefined {
  const { recommendation } = state;
  return givesReason(recommendation) ? undefined : { ref: recommendation.ref };
}
