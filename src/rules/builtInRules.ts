import type { IssueCode, IssueParamsByCode } from '../model/Issue.js';
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
import { recommendationResponseMissing } from './catalogue/recommendationResponseMissing.js';
import { tallyMismatch } from './catalogue/tallyMismatch.js';

/**
 * The codes of the built-in rules. Codes are API.
 */
export type RuleCode =
  | 'plan.no_recommendations'
  | 'recommendation.duplicate_ref'
  | 'recommendation.response_missing'
  | 'agreed.no_actions'
  | 'agreed.no_timescale'
  | 'partly_agreed.no_actions'
  | 'partly_agreed.no_timescale'
  | 'partly_agreed.reason_missing'
  | 'not_agreed.reason_missing'
  | 'not_agreed.has_actions'
  | 'action.owner_missing'
  | 'action.target_missing'
  | 'action.target_unrecognised'
  | 'action.not_time_bound'
  | 'action.target_before_submission'
  | 'action.target_revised_without_reason'
  | 'tally.mismatch'
  | 'progress.overdue'
  | 'progress.due_soon';

/**
 * A built-in rule, typed by its code.
 */
export type BuiltInRuleOf = { [C in RuleCode]: Rule<C, IssueParamsByCode[C & IssueCode]> }[RuleCode];

/**
 * The catalogue of built-in rules, in the order their issues are reported for one place.
 *
 * @remarks
 * Each rule is data — `code`, default `severity`, `description`, `fix`, whether it `needsAsOf` —
 * plus a pure `check` function; rules you add through `checkActionPlan`'s `extraRules` take the
 * same shape. `docs/rules.md` lists the same catalogue.
 *
 * @example
 * ```ts
 * import { builtInRules } from 'action-plan-kit';
 * builtInRules.length //=> 19
 * builtInRules.find((rule) => rule.code === 'tally.mismatch').severity //=> 'error'
 * ```
 */
export const builtInRules: readonly BuiltInRuleOf[] = [
  planNoRecommendations,
  recommendationDuplicateRef,
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
