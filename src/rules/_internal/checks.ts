import { actionNotTimeBoundCheck } from '../catalogue/actionNotTimeBound.js';
import { actionOwnerMissingCheck } from '../catalogue/actionOwnerMissing.js';
import { actionTargetBeforeSubmissionCheck } from '../catalogue/actionTargetBeforeSubmission.js';
import { actionTargetMissingCheck } from '../catalogue/actionTargetMissing.js';
import { actionTargetRevisedWithoutReasonCheck } from '../catalogue/actionTargetRevisedWithoutReason.js';
import { actionTargetUnrecognisedCheck } from '../catalogue/actionTargetUnrecognised.js';
import { agreedNoActionsCheck } from '../catalogue/agreedNoActions.js';
import { agreedNoTimescaleCheck } from '../catalogue/agreedNoTimescale.js';
import { notAgreedHasActionsCheck } from '../catalogue/notAgreedHasActions.js';
import { notAgreedReasonMissingCheck } from '../catalogue/notAgreedReasonMissing.js';
import { partlyAgreedNoActionsCheck } from '../catalogue/partlyAgreedNoActions.js';
import { partlyAgreedNoTimescaleCheck } from '../catalogue/partlyAgreedNoTimescale.js';
import { partlyAgreedReasonMissingCheck } from '../catalogue/partlyAgreedReasonMissing.js';
import { planNoRecommendationsCheck } from '../catalogue/planNoRecommendations.js';
import { progressDueSoonCheck } from '../catalogue/progressDueSoon.js';
import { progressOverdueCheck } from '../catalogue/progressOverdue.js';
import { recommendationDuplicateRefCheck } from '../catalogue/recommendationDuplicateRef.js';
import { recommendationCategoryMissingCheck } from '../catalogue/recommendationCategoryMissing.js';
import { recommendationResponseMissingCheck } from '../catalogue/recommendationResponseMissing.js';
import { tallyMismatchCheck } from '../catalogue/tallyMismatch.js';
import type { RuleCheck } from './walk.js';

/**
 * The built-in rules as the checks run them, without their documentation, in catalogue order (the
 * order of `builtInRules`, which adds each rule's description and fix).
 */
export const BUILT_IN_CHECKS: readonly RuleCheck[] = [
  planNoRecommendationsCheck,
  recommendationDuplicateRefCheck,
  recommendationCategoryMissingCheck,
  recommendationResponseMissingCheck,
  agreedNoActionsCheck,
  agreedNoTimescaleCheck,
  partlyAgreedNoActionsCheck,
  partlyAgreedNoTimescaleCheck,
  partlyAgreedReasonMissingCheck,
  notAgreedReasonMissingCheck,
  notAgreedHasActionsCheck,
  actionOwnerMissingCheck,
  actionTargetMissingCheck,
  actionTargetUnrecognisedCheck,
  actionNotTimeBoundCheck,
  actionTargetBeforeSubmissionCheck,
  actionTargetRevisedWithoutReasonCheck,
  tallyMismatchCheck,
  progressOverdueCheck,
  progressDueSoonCheck,
] as readonly RuleCheck[];
