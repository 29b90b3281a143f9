import type { ActionStatus } from '../../model/ActionStatus.js';
import { deadlineOf } from '../../dates/deadlineOf.js';
import type { Action } from '../../model/Action.js';
import type { IssuePath } from '../../model/Issue.js';
import type { ActionParams } from '../ruleParams.js';
import type { AgreementCategory, Recommendation } from '../../model/Recommendation.js';
import type { RuleContext } from '../../model/Rule.js';

/** A recommendation with its place in the plan. */
export interface RecommendationAt {
  readonly recommendation: Recommendation;
  readonly index: number;
}

/** An action with its place in the plan. */
export interface ActionAt {
  readonly action: Action;
  readonly recommendation: Recommendation;
  readonly recommendationIndex: number;
  readonly actionIndex: number;
}

/** The path to a recommendation, built only for a finding. */
export function recommendationPath(index: number, ...rest: (string | number)[]): IssuePath {
  return ['recommendations', index, ...rest];
}

/** The path to an action, built only for a finding. */
export function actionPath(at: ActionAt, ...rest: (string | number)[]): IssuePath {
  return ['recommendations', at.recommendationIndex, 'actions', at.actionIndex, ...rest];
}

/** The facts messages name about an action, built only for a finding. */
export function actionParams(at: ActionAt): ActionParams {
  return { ref: at.recommendation.ref, action: at.actionIndex + 1, owner: at.action.owner };
}

/** The recommendations and actions of the plan under check, listed once per check for all rules. */
/** What the rules of one check share: the plan's recommendations and actions, listed once. */
export interface Listed {
  recommendations: RecommendationAt[];
  actions: ActionAt[];
  byCategory: Partial<Record<AgreementCategory, RecommendationAt[]>>;
  /** The status of each action, judged once for the progress rules. */
  statuses?: readonly ActionStatus[];
}

/** Where a check keeps what its rules share, on its context (a symbol: rules of callers never see it). */
const LISTED = Symbol('listed');

/** What the rules of the check with this context share, listed on first use. */
export function list(context: RuleContext): Listed {
  const holder = context as RuleContext & { [LISTED]?: Listed };
  let entry = holder[LISTED];
  if (entry === undefined) {
    entry = { recommendations: [], actions: [], byCategory: {} };
    const all = context.plan.recommendations;
    for (let index = 0; index < all.length; index += 1) {
      const recommendation = all[index] as Recommendation;
      entry.recommendations.push({ recommendation, index });
      const list = recommendation.actions;
      for (let actionIndex = 0; actionIndex < list.length; actionIndex += 1) {
        entry.actions.push({
          action: list[actionIndex] as Action,
          recommendation,
          recommendationIndex: index,
          actionIndex,
        });
      }
    }
    holder[LISTED] = entry;
  }
  return entry;
}

/** Every recommendation of the plan, in order, optionally only those of one category. */
export function recommendations(context: RuleContext, category?: AgreementCategory): readonly RecommendationAt[] {
  const entry = list(context);
  if (category === undefined) return entry.recommendations;
  let some = entry.byCategory[category];
  if (some === undefined) {
    some = entry.recommendations.filter((at) => at.recommendation.agreement.category === category);
    entry.byCategory[category] = some;
  }
  return some;
}

/** Every action of the plan, in order. */
export function actions(context: RuleContext): readonly ActionAt[] {
  return list(context).actions;
}

/**
 * Whether an action has a timescale: a deadline in its target or in a revised target on record,
 * or a target that says it is completed (a completed action needs no date).
 */
export function hasTimescale(context: RuleContext, action: Action): boolean {
  if (hasDeadline(context, action)) return true;
  const target = context.targetOf(action);
  if (target.type === 'status' && target.status === 'completed') return true;
  return (action.updates ?? []).some((u) => u.revisedTarget !== undefined && deadlineOf(u.revisedTarget) !== undefined);
}

/** Whether an action's own target (not a revision) sets a deadline. */
export function hasDeadline(context: RuleContext, action: Action): boolean {
  return deadlineOf(context.targetOf(action)) !== undefined;
}
