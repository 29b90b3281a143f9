import { actionStatus } from '../../progress/actionStatus.js';
import type { ActionStatus } from '../../model/ActionStatus.js';
import type { AgreementCategory } from '../../model/Recommendation.js';
import type { RuleContext, RuleFinding } from '../../model/Rule.js';
import type { ActionParams, IssuePath } from '../../model/Issue.js';
import { findReasons } from '../findReasons.js';
import { actions, hasTimescale, recommendations } from './walk.js';

// The checks that several rules share, each rule applying one to its own category or status.

/** Recommendations of a category with no action. */
export function* withoutActions(context: RuleContext, category: AgreementCategory): Generator<RuleFinding<{ ref: string }>> {
  for (const { recommendation, path } of recommendations(context, category)) {
    if (recommendation.actions.length === 0) yield { path: [...path, 'actions'], params: { ref: recommendation.ref } };
  }
}

/** Recommendations of a category with actions, none of which has a timescale. */
export function* withoutTimescale(
  context: RuleContext,
  category: AgreementCategory,
): Generator<RuleFinding<{ ref: string; actions: number }>> {
  for (const { recommendation, path } of recommendations(context, category)) {
    const list = recommendation.actions;
    if (list.length > 0 && !list.some((action) => hasTimescale(context, action))) {
      yield { path: [...path, 'actions'], params: { ref: recommendation.ref, actions: list.length } };
    }
  }
}

/** Recommendations of a category that neither declare nor state a reason category. */
export function* withoutReason(context: RuleContext, category: AgreementCategory): Generator<RuleFinding<{ ref: string }>> {
  for (const { recommendation, path } of recommendations(context, category)) {
    if (findReasons(recommendation).length === 0) yield { path: [...path, 'response'], params: { ref: recommendation.ref } };
  }
}

/** Actions with a given status as of the context's `asOf`, judged on the target as the checks read it. */
export function* withStatus<S extends ActionStatus['status']>(
  context: RuleContext,
  wanted: S,
): Generator<{ path: IssuePath; params: ActionParams; status: Extract<ActionStatus, { status: S }> }> {
  const { asOf, dueSoonDays } = context;
  if (asOf === undefined) return;
  for (const { action, path, params } of actions(context)) {
    const status = actionStatus({ ...action, target: context.targetOf(action) }, { asOf, dueSoonDays });
    if (status.status === wanted) yield { path, params, status: status as Extract<ActionStatus, { status: S }> };
  }
}
