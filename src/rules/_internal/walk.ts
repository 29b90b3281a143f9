import { deadlineOf } from '../../dates/deadlineOf.js';
import type { Action } from '../../model/Action.js';
import type { IssuePath, Severity } from '../../model/Issue.js';
import type { ProgressUpdate } from '../../model/ProgressUpdate.js';
import type { AgreementCategory, Recommendation } from '../../model/Recommendation.js';
import type { Rule } from '../../model/Rule.js';
import type { ActionParams } from '../ruleParams.js';
import type { ActionStep, PlanStep, RankedStep, RecommendationStep, Step } from './builtIn.js';
import type { CheckState } from './checkState.js';
import type { TargetDate } from '../../model/TargetDate.js';

/** What running a rule needs of it: a rule without its documentation. */
export type RuleCheck = Omit<Rule, 'description' | 'fix'>;

/** A rule as one check runs it: the rule, and its severity in this check. */
export interface RuleEntry {
  /** The rule. */
  readonly rule: RuleCheck;
  /** Its severity in this check. */
  readonly severity: Severity;
}

/** A built-in rule as one check runs it, with its step. */
export interface WalkEntry extends RuleEntry {
  /** How the walk runs it. */
  readonly step: RankedStep<unknown>;
}

/** Receives one finding of the walk: the rule that made it, where it is, and its params. */
export type Emit = (entry: WalkEntry, path: IssuePath, params: unknown) => void;

/** A walk entry whose step is of one kind. */
type EntryOf<S extends Step<unknown>> = WalkEntry & { readonly step: S & { readonly rank: number } };

const NO_UPDATES: readonly ProgressUpdate[] = [];

/**
 * The places built-in rules report at, in the order they come in a plan: a plan's recommendations
 * (none), a recommendation's ref, agreement, response and actions, an action itself, its owner,
 * target and updates, then the stated tally. At one place, rules report in catalogue order.
 */
const PLACES: readonly (string | undefined)[] = [
  'recommendations',
  'ref',
  'agreement',
  'response',
  'actions',
  'action',
  'owner',
  'target',
  'updates',
  'statedTally',
];

/** The rank of the place a step reports at, which orders the rules of a walk. */
export function placeRank(step: Step<unknown>): number {
  return PLACES.indexOf(step.field ?? step.level);
}

/** The rules of one walk, each list in the order its findings come at one place. */
export interface WalkOrder {
  /** Rules about the plan whose findings come before the recommendations'. */
  readonly opening: readonly EntryOf<PlanStep<unknown>>[];
  /**
   * Rules about each recommendation, by its category (for a recommendation that states none, or a
   * value outside the three, those about every one: the rules of a category skip it).
   */
  readonly recommendations: Readonly<
    Record<AgreementCategory | 'other', readonly EntryOf<RecommendationStep<unknown>>[]>
  >;
  /** Rules about each action, by the type of its target as the checks read it (for a type not known, those about every one). */
  readonly actions: Readonly<Record<TargetDate['type'] | 'other', readonly EntryOf<ActionStep<unknown>>[]>>;
  /** Rules about the plan whose findings come after the recommendations' (the stated tally). */
  readonly closing: readonly EntryOf<PlanStep<unknown>>[];
}

/**
 * Orders rules for a walk: by where they run (rules about recommendations by the category they
 * apply to), then by the rank of the place they report at, then in the order given (the
 * catalogue's).
 */
export function orderForWalk(entries: readonly WalkEntry[]): WalkOrder {
  const sorted = [...entries].sort((a, b) => a.step.rank - b.step.rank);
  const where = <S extends Step<unknown>>(test: (step: RankedStep<unknown>) => boolean): EntryOf<S>[] =>
    sorted.filter((entry) => test(entry.step)) as EntryOf<S>[];
  const forCategory = (category: AgreementCategory | 'other') =>
    where<RecommendationStep<unknown>>(
      (step) => step.level === 'recommendation' && (step.category ?? category) === category,
    );
  const about = (type: TargetDate['type'] | 'other') =>
    where<ActionStep<unknown>>(
      (step) => step.level === 'action' && (step.targets?.includes(type as TargetDate['type']) ?? true),
    );
  return {
    opening: where((step) => step.level === 'plan' && step.field === 'recommendations'),
    recommendations: {
      agreed: forCategory('agreed'),
      'partly-agreed': forCategory('partly-agreed'),
      'not-agreed': forCategory('not-agreed'),
      other: forCategory('other'),
    },
    actions: {
      day: about('day'),
      month: about('month'),
      period: about('period'),
      status: about('status'),
      unknown: about('unknown'),
      other: about('other'),
    },
    closing: where((step) => step.level === 'plan' && step.field !== 'recommendations'),
  };
}

/**
 * Runs built-in rules over a plan in one walk, in document order: the plan's header, each
 * recommendation and then each of its actions (and their progress updates), then the stated
 * tally. So findings come out in the order of their paths, and at one place in catalogue order,
 * with no sort. A level without rules is not walked.
 */
export function walkPlan(state: CheckState, order: WalkOrder, emit: Emit): void {
  runPlanRules(state, order.opening, emit);
  const { recommendations: byCategory, actions: byTarget } = order;
  const walksActions = Object.values(byTarget).some((entries) => entries.length > 0);
  if (walksActions || Object.values(byCategory).some((entries) => entries.length > 0)) {
    const recommendations = state.plan.recommendations;
    for (let r = 0; r < recommendations.length; r += 1) {
      const recommendation = recommendations[r] as Recommendation;
      const category = recommendation.agreement.category;
      state.recommendation = recommendation;
      state.recommendationIndex = r;
      // Compared, not looked up: a category read from JSON is a fresh string.
      const entries =
        category === 'agreed'
          ? byCategory.agreed
          : category === 'partly-agreed'
            ? byCategory['partly-agreed']
            : category === 'not-agreed'
              ? byCategory['not-agreed']
              : byCategory.other;
      for (let e = 0; e < entries.length; e += 1) {
        const entry = entries[e] as EntryOf<RecommendationStep<unknown>>;
        const params = entry.step.find(state);
        if (params !== undefined) emit(entry, ['recommendations', r, entry.step.field], params);
      }
      if (walksActions) walkActions(state, recommendation.actions, byTarget, emit);
    }
  }
  runPlanRules(state, order.closing, emit);
}

/** Runs rules about the plan as a whole. */
function runPlanRules(state: CheckState, entries: readonly EntryOf<PlanStep<unknown>>[], emit: Emit): void {
  for (const entry of entries) {
    for (const finding of entry.step.find(state)) emit(entry, finding.path, finding.params);
  }
}

/** Runs the rules about actions over the actions of the recommendation the walk is at. */
function walkActions(state: CheckState, actions: readonly Action[], byTarget: WalkOrder['actions'], emit: Emit): void {
  const r = state.recommendationIndex;
  for (let a = 0; a < actions.length; a += 1) {
    const action = actions[a] as Action;
    state.action = action;
    state.actionIndex = a;
    const target = (state.target = state.targetOf(action));
    state.judged = false;
    // Compared, not looked up: a type read from JSON is a fresh string.
    const type = target.type;
    const entries =
      type === 'month'
        ? byTarget.month
        : type === 'status'
          ? byTarget.status
          : type === 'day'
            ? byTarget.day
            : type === 'period'
              ? byTarget.period
              : type === 'unknown'
                ? byTarget.unknown
                : byTarget.other;
    for (let e = 0; e < entries.length; e += 1) {
      const entry = entries[e] as EntryOf<ActionStep<unknown>>;
      const { field } = entry.step;
      if (field === 'updates') {
        // A rule about updates runs once per update.
        const updates = action.updates ?? NO_UPDATES;
        for (let u = 0; u < updates.length; u += 1) {
          state.update = updates[u] as ProgressUpdate;
          state.updateIndex = u;
          const params = entry.step.find(state);
          if (params !== undefined) emit(entry, ['recommendations', r, 'actions', a, field, u], params);
        }
      } else {
        const params = entry.step.find(state);
        if (params !== undefined)
          emit(
            entry,
            field === undefined ? ['recommendations', r, 'actions', a] : ['recommendations', r, 'actions', a, field],
            params,
          );
      }
    }
  }
}

/** The facts messages name about the action the walk is at, built only for a finding. */
export function actionParams(state: CheckState): ActionParams {
  return { ref: state.recommendation.ref, action: state.actionIndex + 1, owner: state.action.owner };
}

/**
 * Whether an action has a timescale: a deadline in its target or in a revised target on record,
 * or a target that says it is completed (a completed action needs no date).
 */
export function hasTimescale(state: CheckState, action: Action): boolean {
  const target = state.targetOf(action);
  if (deadlineOf(target) !== undefined || (target.type === 'status' && target.status === 'completed')) return true;
  for (const update of action.updates ?? NO_UPDATES) {
    if (update.revisedTarget !== undefined && deadlineOf(update.revisedTarget) !== undefined) return true;
  }
  return false;
}
