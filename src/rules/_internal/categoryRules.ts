import { judgeAction } from '../../progress/_internal/judgeAction.js';
import type { ActionStatus } from '../../model/ActionStatus.js';
import type { AgreementCategory } from '../../model/Recommendation.js';
import type { RuleContext, RuleFinding } from '../../model/Rule.js';
import type { ActionParams, IssuePath } from '../../model/Issue.js';
import { givesReason } from '../findReasons.js';
import { actionParams, actionPath, actions, hasTimescale, recommendationPath, recommendations } from './walk.js';

// The checks that several rules share, each rule applying one to its own category or status.

/** Recommendations of a category with no action. */
export function withoutActions(context: RuleContext, category: AgreementCategory): RuleFinding<{ ref: string }>[] {
  const found: RuleFinding<{ ref: string }>[] = [];
  for (const { recommendation, index } of recommendations(context, category)) {
    if (recommendation.actions.length === 0) found.push({ path: recommendationPath(index, 'actions'), params: { ref: recommendation.ref } });
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
      found.push({ path: recommendationPath(index, 'actions'), params: { ref: recommendation.ref, actions: list.length } });
    }
  }
  return found;
}

/** Recommendations of a category that neither declare nor state a reason category. */
export function withoutReason(context: RuleContext, category: AgreementCategory): RuleFinding<{ ref: string }>[] {
  const found: RuleFinding<{ ref: string }>[] = [];
  for (const { recommendation, index } of recommendations(context, category)) {
    if (!givesReason(recommendation)) found.push({ path: recommendationPath(index, 'response'), params: { ref: recommendation.ref } });
  }
  return found;
}

/** The status of every action as of the context's `asOf`, judged once per check for all rules. */
const judged = new WeakMap<RuleContext, readonly ActionStatus[]>();

/** Actions with a given status as of the context's `asOf`, judged on the target as the checks read it. */
export function withStatus<S extends ActionStatus['status']>(
  context: RuleContext,
  wanted: S,
): { path: IssuePath; params: ActionParams; status: Extract<ActionStatus, { status: S }> }[] {
  const found: { path: IssuePath; params: ActionParams; status: Extract<ActionStatus, { status: S }> }[] = [];
  const { asOf, dueSoonDays } = context;
  if (asOf === undefined) return found;
  const list = actions(context);
  let statuses = judged.get(context);
  if (statuses === undefined) {
    statuses = list.map(({ action }) => judgeAction(action, context.targetOf(action), asOf, dueSoonDays));
    judged.set(context, statuses);
  }
  for (const [i, at] of list.entries()) {
    const status = statuses[i] as ActionStatus;
    if (status.status === wanted) found.push({ path: actionPath(at), params: actionParams(at), status: status as Extract<ActionStatus, { status: S }> });
  }
  return found;
}
