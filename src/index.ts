/**
 * Typed, exact tools for inspectorate action plans: the documents in which a public body answers
 * an inspectorate's report recommendation by recommendation.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 * @document ../docs/getting-started.md
 * @document ../docs/domain.md
 * @document ../docs/model.md
 * @document ../docs/dates.md
 * @document ../docs/monitoring.md
 * @document ../docs/rules.md
 * @document ../docs/formats.md
 * @document ../docs/cli.md
 * @document ../docs/performance.md
 */

// Model
export type { ActionPlan, ActionPlanFormat } from './model/ActionPlan.js';
export type {
  Recommendation,
  RecommendationKind,
  Agreement,
  AgreementCategory,
  ReasonCategory,
} from './model/Recommendation.js';
export type { Action } from './model/Action.js';
export type { Block, ParagraphBlock, ListBlock } from './model/Block.js';
export type {
  TargetDate,
  DayTarget,
  MonthTarget,
  PeriodTarget,
  PeriodUnit,
  StatusTarget,
  TargetStatus,
  UnknownTarget,
} from './model/TargetDate.js';
export type { ProgressUpdate, ProgressStatus } from './model/ProgressUpdate.js';
export type {
  Assessment,
  AchievementAssessment,
  AchievementJudgement,
  ProgressAssessment,
  ProgressJudgement,
} from './model/Assessment.js';
export type { Tally } from './model/Tally.js';
export type { IsoDate, YearMonth } from './model/IsoDate.js';
export type {
  IssueBase,
  IssueUnion,
  IssuePath,
  ParseResult,
  ReadResult,
  Severity,
  SourceLocation,
  ValueKind,
  Evidence,
} from './model/Issue.js';
export type { Issue, IssueOf, IssueCode, IssueParamsByCode } from './formats/issues/Issue.js';
export type { TargetDateOptions } from './model/TargetDateOptions.js';
export {
  ACTION_STATUS_NAMES,
  AGREEMENT_CATEGORIES,
  REASON_CATEGORIES,
  RECOMMENDATION_KINDS,
  PERIOD_UNITS,
  TARGET_STATUSES,
  PROGRESS_STATUSES,
  ACHIEVEMENT_JUDGEMENTS,
  PROGRESS_JUDGEMENTS,
  TALLY_FIGURES,
} from './model/vocabulary.js';
export type { Rule, RuleContext, RuleFinding, RuleSetting, CustomIssue } from './model/Rule.js';

export type {
  ActionStatus,
  ActionStatusBase,
  ActionStatusName,
  CompletedStatus,
  WithdrawnStatus,
  OverdueStatus,
  DueSoonStatus,
  OnTrackStatus,
  OpenEndedStatus,
} from './model/ActionStatus.js';
export type { LocatedAction, OverdueAction, DueSoonAction } from './model/DueAction.js';
export type {
  ProgressCounts,
  RecommendationStatusName,
  RecommendationProgress,
  OwnerTally,
  SectionTally,
  ProgressTally,
  PlansTally,
} from './model/ProgressTally.js';

// Validation
export { IsoDateSchema } from './schema/IsoDateSchema.js';
export { YearMonthSchema } from './schema/YearMonthSchema.js';
export { TargetDateSchema } from './schema/TargetDateSchema.js';
export { BlockSchema } from './schema/BlockSchema.js';
export { ProgressUpdateSchema } from './schema/ProgressUpdateSchema.js';
export { AssessmentSchema } from './schema/AssessmentSchema.js';
export { ActionSchema } from './schema/ActionSchema.js';
export { RecommendationSchema } from './schema/RecommendationSchema.js';
export { TallySchema } from './schema/TallySchema.js';
export { ActionPlanSchema } from './schema/ActionPlanSchema.js';
export { parseActionPlan } from './schema/parseActionPlan.js';
export type { SchemaIssue, SchemaIssueParams } from './schema/issues.js';

// Target dates
export { parseTargetDate } from './dates/parseTargetDate.js';
export { deadlineOf } from './dates/deadlineOf.js';
export { isoDate } from './dates/isoDate.js';
export { calendarDate } from './dates/calendarDate.js';

// Progress
export { actionStatus, type ProgressOptions } from './progress/actionStatus.js';
export { recommendationStatus } from './progress/recommendationStatus.js';
export { findOverdue } from './progress/findOverdue.js';
export { findDueSoon, type DueSoonOptions } from './progress/findDueSoon.js';

// Tallies
export { tallyAgreement } from './tally/tallyAgreement.js';
export { tallyProgress } from './tally/tallyProgress.js';
export { tallyPlans } from './tally/tallyPlans.js';

// Rule checks
export { checkActionPlan, type CheckOptions, type IssueOfRule } from './rules/checkActionPlan.js';
export {
  builtInRules,
  type BuiltInRules,
  type BuiltInRuleOf,
  type RuleCode,
  type RuleIssue,
  type RuleIssueParams,
} from './rules/builtInRules.js';
export type { CheckIssue, CheckIssueParams } from './rules/checkIssues.js';
export type { ActionParams, ActionCountParams, RecommendationParams } from './rules/ruleParams.js';
export type { DuplicateRefParams } from './rules/catalogue/recommendationDuplicateRef.js';
export type { CategoryMissingParams } from './rules/catalogue/recommendationCategoryMissing.js';
export type { UnrecognisedTargetParams } from './rules/catalogue/actionTargetUnrecognised.js';
export type { NotTimeBoundParams } from './rules/catalogue/actionNotTimeBound.js';
export type { TargetBeforeSubmissionParams } from './rules/catalogue/actionTargetBeforeSubmission.js';
export type { RevisedTargetParams } from './rules/catalogue/actionTargetRevisedWithoutReason.js';
export type { TallyMismatchParams } from './rules/catalogue/tallyMismatch.js';
export type { OverdueParams } from './rules/catalogue/progressOverdue.js';
export type { DueSoonParams } from './rules/catalogue/progressDueSoon.js';
export { findReasons, type FoundReason } from './rules/findReasons.js';

// Formats
export { toJson } from './formats/json/toJson.js';
export { fromJson } from './formats/json/fromJson.js';
export type { JsonIssue, JsonIssueParams } from './formats/json/issues.js';
export { fromPublishedText, type PublishedTextOptions } from './formats/text/fromPublishedText.js';
export type { ImportIssue, ImportIssueParams } from './formats/document/issues.js';
export { toCsv, type CsvOptions } from './formats/csv/toCsv.js';
export { fromCsv, type FromCsvOptions } from './formats/csv/fromCsv.js';
export type { CsvIssue, CsvIssueParams } from './formats/csv/issues.js';
export { toMarkdown } from './formats/markdown/toMarkdown.js';
export { toHtml, type HtmlOptions } from './formats/html/toHtml.js';
export { formatIssues, type FormatIssuesOptions } from './formats/issues/formatIssues.js';
export { toSarif, type SarifOptions } from './formats/issues/toSarif.js';
