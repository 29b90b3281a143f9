import type { Action } from '../../model/Action.js';
import type { ProgressUpdate } from '../../model/ProgressUpdate.js';
import type { Recommendation } from '../../model/Recommendation.js';
import type { RuleContext } from '../../model/Rule.js';
import type { TargetDate } from '../../model/TargetDate.js';
import { judgeInto, newJudgement, type Judgement } from '../../progress/judgeAction.js';

/**
 * What the built-in rules of one check are given: the context of the check (the plan and its
 * options), what the rules share for the whole check, and where the walk of the plan stands. The
 * engine makes one per check and passes it to every built-in rule; rules of callers are given
 * only the context.
 */
export interface CheckState extends RuleContext {
  /** The context the state was made from, as rules of callers are given it. */
  readonly context: RuleContext;
  /**
   * Reads the text of a target stored as unknown again, with the check's `targetDates`
   * conventions, to say what it means; never to give it a deadline. Given by `checkActionPlan`
   * (so that the rules alone, as `builtInRules` lists them, carry no reader of dates).
   */
  readonly readTarget: ((raw: string) => TargetDate) | undefined;
  /** The last ref seen, as `recommendation.duplicate_ref` compares refs, while the refs rise. */
  lastRef: string | undefined;
  /** The first position of each ref seen so far, once the refs stop rising. */
  refs: Map<string, number> | undefined;

  /** The recommendation the walk is at. */
  recommendation: Recommendation;
  /** Its position in the plan, from 0. */
  recommendationIndex: number;
  /** The action the walk is at. */
  action: Action;
  /** Its position in its recommendation, from 0. */
  actionIndex: number;
  /** That action's target: its stored target. */
  target: TargetDate;
  /** The progress update the walk is at, for rules about each update. */
  update: ProgressUpdate;
  /** Its position in its action's updates, from 0. */
  updateIndex: number;
  /** The action's progress as of `asOf`, once judged (see {@link judgementOf}). */
  judgement: Judgement | undefined;
  /** Whether `judgement` is the current action's. */
  judged: boolean;
}

/** The state of a check with this context, before the walk. */
export function stateOf(context: RuleContext, readTarget?: (raw: string) => TargetDate): CheckState {
  // A literal, not a spread of the context: an object built by adding fields to a spread copy
  // can end in the slow form of a dictionary.
  return {
    plan: context.plan,
    asOf: context.asOf,
    dueSoonDays: context.dueSoonDays,
    targetDates: context.targetDates,
    targetOf: context.targetOf,
    context,
    readTarget,
    lastRef: undefined,
    refs: undefined,
    // Set by the walk before any rule reads them.
    recommendation: undefined as never,
    recommendationIndex: 0,
    action: undefined as never,
    actionIndex: 0,
    target: undefined as never,
    update: undefined as never,
    updateIndex: 0,
    judgement: undefined,
    judged: false,
  };
}

/**
 * The progress of the action the walk is at, as of the check's `asOf`, judged on its stored target
 * as the progress functions judge it: once per action, for both progress rules; `undefined`
 * without `asOf`.
 */
export function judgementOf(state: CheckState): Judgement | undefined {
  const asOf = state.asOf;
  if (asOf === undefined) return undefined;
  // Made once per check: the date work of judging is done then, not for each action.
  const judgement = (state.judgement ??= newJudgement(asOf, state.dueSoonDays));
  if (!state.judged) {
    judgeInto(judgement, state.action, state.target);
    state.judged = true;
  }
  return judgement;
}
