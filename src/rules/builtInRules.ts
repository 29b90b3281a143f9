import type { IssueUnion } from '../model/Issue.js';
import type { Rule } from '../model/Rule.js';
import { actionNotTimeBound } from './catalogue/actionNotTimeBound.js';
import { actionOwnerMissing } from './catalogue/actionOwnerMissing.js';
import { actionTargetBeforeSubmission } from './catalogue/actionTargetBeforeSubmission.js';
import { actionTargetMissing } from './catalogue/actionTargetMissing.js';
import { actionTargetRevisedWithoutReason } from './catalogue/actionTargetRevisedWithoutReason.js';
import { actionTargetUnrecognised } from './catalogue/actionTargetUnrecognised.js';
import { agreedNoActions } from './catalogue/agreedNoActions.js';
import { agreedNoTimescale } from './catalogue/agreedNoTimescale.js';
import { notAgreedHasActions } from './catalogue/notAgreedHasActions.js';
import { notAgreedReasonMissing } from './catalogue/notAgreedReasonMissing.js';
import { partlyAgreedNoActions } from './catalogue/partlyAgreedNoActions.js';
import { partlyAgreedNoTimescale } from './catalogue/partlyAgreedNoTimescale.js';
import { partlyAgreedReasonMissing } from './catalogue/partlyAgreedReasonMissing.js';
import { planNoRecommendations } from './catalogue/planNoRecommendations.js';
import { progressDueSoon } from './catalogue/progressDueSoon.js';
import { progressOverdue } from './catalogue/progressOverdue.js';
import { recommendationDuplicateRef } from './catalogue/recommendationDuplicateRef.js';
import { recommendationCategoryMissing } from './catalogue/recommendationCategoryMissing.js';
import { recommendationResponseMissing } from './catalogue/recommendationResponseMissing.js';
import { tallyMismatch } from './catalogue/tallyMismatch.js';

/**
 * The type of the catalogue: each built-in rule with its own code and params, in order.
 * @category Rules
 */
export type BuiltInRules = readonly [
  typeof planNoRecommendations,
  typeof recommendationDuplicateRef,
  typeof recommendationCategoryMissing,
  typeof recommendationResponseMissing,
  typeof agreedNoActions,
  typeof agreedNoTimescale,
  typeof partlyAgreedNoActions,
  typeof partlyAgreedNoTimescale,
  typeof partlyAgreedReasonMissing,
  typeof notAgreedReasonMissing,
  typeof notAgreedHasActions,
  typeof actionOwnerMissing,
  typeof actionTargetMissing,
  typeof actionTargetUnrecognised,
  typeof actionNotTimeBound,
  typeof actionTargetBeforeSubmission,
  typeof actionTargetRevisedWithoutReason,
  typeof tallyMismatch,
  typeof progressOverdue,
  typeof progressDueSoon,
];

/**
 * A built-in rule, typed by its code and params.
 * @category Rules
 */
export type BuiltInRuleOf = BuiltInRules[number];

/**
 * The codes of the built-in rules, read off the catalogue. Codes are API.
 * @category Rules
 */
export type RuleCode = BuiltInRuleOf['code'];

/**
 * The params of each built-in rule's findings, keyed by the rule's code, read off the catalogue.
 * @category Rules
 *
 * @remarks
 * Each rule declares its params beside its check, in `src/rules/catalogue/`:
 *
 * | code | params |
 * |---|---|
 * | `plan.no_recommendations` | none (`{}`) |
 * | `recommendation.duplicate_ref` | {@link DuplicateRefParams} |
 * | `recommendation.category_missing` | {@link CategoryMissingParams} |
 * | `recommendation.response_missing` | {@link RecommendationParams} |
 * | `agreed.no_actions` | {@link RecommendationParams} |
 * | `agreed.no_timescale` | {@link ActionCountParams} |
 * | `partly_agreed.no_actions` | {@link RecommendationParams} |
 * | `partly_agreed.no_timescale` | {@link ActionCountParams} |
 * | `partly_agreed.reason_missing` | {@link RecommendationParams} |
 * | `not_agreed.reason_missing` | {@link RecommendationParams} |
 * | `not_agreed.has_actions` | {@link ActionCountParams} |
 * | `action.owner_missing` | {@link ActionParams} |
 * | `action.target_missing` | {@link ActionParams} |
 * | `action.target_unrecognised` | {@link UnrecognisedTargetParams} |
 * | `action.not_time_bound` | {@link NotTimeBoundParams} |
 * | `action.target_before_submission` | {@link TargetBeforeSubmissionParams} |
 * | `action.target_revised_without_reason` | {@link RevisedTargetParams} |
 * | `tally.mismatch` | {@link TallyMismatchParams} |
 * | `progress.overdue` | {@link OverdueParams} |
 * | `progress.due_soon` | {@link DueSoonParams} |
 */
export type RuleIssueParams = {
  readonly [R in BuiltInRuleOf as R['code']]: R extends Rule<string, infer P> ? P : never;
};

/**
 * An issue reported by a built-in rule.
 * @category Rules
 */
export type RuleIssue = IssueUnion<RuleIssueParams>;

/**
 * The catalogue of built-in rules, in the order their issues are reported for one place.
 * @category Rules
 *
 * @remarks
 * Each rule is data — `code`, default `severity`, `description`, `fix`, whether it `needsAsOf` —
 * plus a pure `check` function; rules you add through `checkActionPlan`'s `extraRules` take the
 * same shape. `docs/rules.md` lists the same catalogue.
 *
 * @example
 * ```ts
 * import { builtInRules } from 'action-plan-kit';
 * builtInRules.length //=> 20
 * builtInRules.find((rule) => rule.code === 'tally.mismatch')?.severity //=> 'error'
 * ```
 */
export const builtInRules: BuiltInRules = [
  planNoRecommendations,
  recommendationDuplicateRef,
  recommendationCategoryMissing,
  recommendationResponseMissing,
  agreedNoActions,
  agreedNoTimescale,
  partlyAgreedNoActions,
  partlyAgreedNoTimescale,
  partlyAgreedReasonMissing,
  notAgreedReasonMissing,
  notAgreedHasActions,
  actionOwnerMissing,
  actionTargetMissing,
  actionTargetUnrecognised,
  actionNotTimeBound,
  actionTargetBeforeSubmission,
  actionTargetRevisedWithoutReason,
  tallyMismatch,
  progressOverdue,
  progressDueSoon,
];
