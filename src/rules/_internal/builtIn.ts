import type { Mutable } from '../../_lib/text.js';
import type { Severity } from '../../model/Issue.js';
import type { AgreementCategory } from '../../model/Recommendation.js';
import type { Rule, RuleFinding } from '../../model/Rule.js';
import type { TargetDate } from '../../model/TargetDate.js';
import { stateOf, type CheckState } from './checkState.js';
import { orderForWalk, placeRank, walkPlan, type RuleCheck } from './walk.js';

/** A built-in rule as callers see it: its code, and the params of its findings. */
export type BuiltInRule<C extends string, P> = Rule<C, P>;

/**
 * A built-in rule as the checks run it: a rule without its documentation (`description`, `fix`),
 * so that running the checks does not carry the catalogue's words.
 */
export type BuiltInCheck<C extends string, P> = Omit<Rule<C, P>, 'description' | 'fix'>;

/** The documentation of a built-in rule, declared in its module beside its check. */
export interface RuleDocumentation {
  /** When it reports, in one sentence. */
  readonly description: string;
  /** How to fix what it reports, in one sentence. */
  readonly fix: string;
}

/** What a rule's module declares about how its code is checked: params (by type), message, default severity. */
export interface RuleFacts<C extends string, P> {
  /** The rule's code. */
  readonly code: C;
  /** Its default severity. */
  readonly severity: Severity;
  /** Builds the message of a finding from its params. */
  readonly message: (params: P) => string;
  /** Whether it needs `asOf`. */
  readonly needsAsOf?: boolean;
}

/** A rule about the plan as a whole: it runs once, and its findings are at one field of the plan. */
export interface PlanStep<P> {
  /** Marks a rule about the plan. */
  readonly level: 'plan';
  /** The field of the plan its findings are at: before the recommendations or after them. */
  readonly field: 'recommendations' | 'statedTally';
  /** Finds what the rule reports. */
  find(state: CheckState): readonly RuleFinding<P>[];
}

/** A rule about each recommendation (of one category, if it names one): at most one finding each. */
export interface RecommendationStep<P> {
  /** Marks a rule about each recommendation. */
  readonly level: 'recommendation';
  /** The field of the recommendation its findings are at. */
  readonly field: 'ref' | 'agreement' | 'response' | 'actions';
  /** The only category the rule applies to, if it applies to one. */
  readonly category?: AgreementCategory;
  /** The params of the finding about the recommendation the walk is at, or `undefined`. */
  find(state: CheckState): P | undefined;
}

/** A rule about each action (or, with the field `updates`, each progress update of each action). */
export interface ActionStep<P> {
  /** Marks a rule about each action. */
  readonly level: 'action';
  /** The field of the action its findings are at; none for the action itself. */
  readonly field?: 'owner' | 'target' | 'updates';
  /**
   * The types of target (as the checks read it) the rule can report on, when not all: the walk
   * runs it for those actions only.
   */
  readonly targets?: readonly TargetDate['type'][];
  /** The params of the finding about the action (or update) the walk is at, or `undefined`. */
  find(state: CheckState): P | undefined;
}

/** How the engine runs a built-in rule: where in the walk of the plan, and with which test. */
export type Step<P> = PlanStep<P> | RecommendationStep<P> | ActionStep<P>;

/** A step with the rank of the place it reports at, by which the walk orders its rules. */
export type RankedStep<P> = Step<P> & {
  /** The rank of its place (see `placeRank`). */
  readonly rank: number;
};

/** A built-in rule with the step the engine runs it by. */
interface SteppedRule<C extends string, P> extends BuiltInCheck<C, P> {
  readonly step: RankedStep<P>;
}

/* @__NO_SIDE_EFFECTS__ */
function builtInRule<C extends string, P>(
  level: Step<P>['level'],
  definition: RuleFacts<C, P> & {
    readonly field?: string;
    readonly category?: AgreementCategory;
    readonly targets?: readonly TargetDate['type'][];
    find(state: CheckState): unknown;
  },
): BuiltInCheck<C, P> {
  const { field, category, targets, find, ...facts } = definition;
  // Every step has the same fields, so that the walk reads them all alike.
  const step = { level, field, category, targets, find, rank: 0 } as Mutable<RankedStep<P>>;
  step.rank = placeRank(step);
  const rule: SteppedRule<C, P> = {
    ...facts,
    step,
    check(context) {
      const found: RuleFinding<P>[] = [];
      const entry = { rule: rule as unknown as RuleCheck, step: step as RankedStep<unknown>, severity: facts.severity };
      walkPlan(stateOf(context), orderForWalk([entry]), (_, path, params) => {
        found.push({ path, params: params as P });
      });
      return found;
    },
  };
  return rule;
}

/** The step of a built-in rule (one of the catalogue, declared with the functions below). */
export function stepOf(rule: RuleCheck): RankedStep<unknown> {
  return (rule as SteppedRule<string, unknown>).step;
}

/** A built-in rule with its documentation: the rule callers see in `builtInRules`. */
/* @__NO_SIDE_EFFECTS__ */
export function documented<C extends string, P>(
  check: BuiltInCheck<C, P>,
  documentation: RuleDocumentation,
): BuiltInRule<C, P> {
  // The step stays with the engine's own copy: the rules callers see carry only the Rule fields.
  const { step: _step, ...rule } = check as SteppedRule<C, P>;
  return { ...rule, ...documentation };
}

/** Declares a built-in rule about the plan as a whole. */
/* @__NO_SIDE_EFFECTS__ */
export function planRule<C extends string, P>(
  definition: RuleFacts<C, P> & Omit<PlanStep<P>, 'level'>,
): BuiltInCheck<C, P> {
  return builtInRule('plan', definition);
}

/** Declares a built-in rule about each recommendation, or each of one category. */
/* @__NO_SIDE_EFFECTS__ */
export function recommendationRule<C extends string, P>(
  definition: RuleFacts<C, P> & Omit<RecommendationStep<P>, 'level'>,
): BuiltInCheck<C, P> {
  return builtInRule('recommendation', definition);
}

/** Declares a built-in rule about each action, or each progress update of each action. */
/* @__NO_SIDE_EFFECTS__ */
export function actionRule<C extends string, P>(
  definition: RuleFacts<C, P> & Omit<ActionStep<P>, 'level'>,
): BuiltInCheck<C, P> {
  return builtInRule('action', definition);
}
