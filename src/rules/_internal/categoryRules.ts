import { judgeAction } from '../../progress/judgeAction.js';
import type { ActionStatus } from '../../model/ActionStatus.js';
import type { AgreementCategory } from '../../model/Recommendation.js';
import type { RuleContext, RuleFinding } from '../../model/Rule.js';
import { givesReason } from '../findReasons.js';
import { hasTimescale, list, recommendationPath, recommendations, type ActionAt } from './walk.js';

// The checks that several rules share, each rule applying one to its own category or status.

/** Recommendations of a category with no action. */
export function withoutActions(context: RuleContext, category: AgreementCategory): RuleFinding<{ ref: string }>[] {
  const found: RuleFinding<{ ref: string }>[] = [];
  for (const { recommendation, index } of recommendations(context, category)) {
    if (recommendation.actions.length === 0)
      found.push({ path: recommendationPath(index, 'actions'), params: { ref: recommendation.ref } });
  }
  return found;
}

/** Recommendations of a category with actions, none of which has a timescale. */
export function withoutTimescale(
  context: RuleContext,
  category: AgreementCategory,
): RuleFinding<{ ref: string; actions: number }>[] {
  const found: RuleFinding<{ ref: string; actions: number }>[] = [];
  for (const { recommendation, index } of recommendations(context, category)) {
    const list = recommendation.actions;
    if (list.length > 0 && !list.some((action) => hasTimescale(context, action))) {
      found.push({
        path: recommendationPath(index, 'actions'),
        params: { ref: recommendation.ref, actions: list.length },
      });
    }
  }
  return found;
}

/** Recommendations of a category that neither declare nor state a reason category. */
export function withoutReason(context: RuleContext, category: AgreementCategory): RuleFinding<{ ref: string }>[] {
  const found: RuleFinding<{ ref: string }>[] = [];
  for (const { recommendation, index } of recommendations(context, category)) {
    if (!givesReason(recommendation))
      found.push({ path: recommendationPath(index, 'response'), params: { ref: recommendation.ref } });
  }
  return found;
}

/** Actions with a given status as of the context's `asOf`, judged on the target as the checks read it. */
export function withStatus<S extends ActionStatus['status']>(
  context: RuleContext,
  wanted: S,
): { at: ActionAt; status: Extract<ActionStatus, { status: S }> }[] {
  const found: { at: ActionAt; status: Extract<ActionStatus, { status: S }> }[] = [];
  const { asOf, dueSoonDays } = context;
  if (asOf === undefined) return found;
  const shared = list(context);
  // Judged once per check, for both progress rules.
  shared.statuses ??= shared.actions.map(({ action }) =>
    judgeAction(action, context.targetOf(action), asOf, dueSoonDays),
  );
  const statuses = shared.statuses;
  for (const [i, at] of shared.actions.entries()) {
    const status = statuses[i] as ActionStatus;
    if (status.status === wanted) found.push({ at, status: status as Extract<ActionStatus, { status: S }> });
  }
  return found;
}
