/**
 * Typed, exact tools for inspectorate action plans: the documents in which a public body answers
 * an inspectorate's report recommendation by recommendation.
 *
 * @packageDocumentation
 */

// Model
export type { ActionPlan, ActionPlanFormat } from './model/ActionPlan.js';
export type { Recommendation, RecommendationKind, Agreement, AgreementCategory, ReasonCategory } from './model/Recommendation.js';
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
  Issue,
  IssueOf,
  IssueCode,
  IssueParamsByCode,
  IssuePath,
  ParseResult,
  Severity,
  ValueKind,
} from './model/Issue.js';

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

// Formats
export { toJson } from './formats/json/toJson.js';
export { fromJson } from './formats/json/fromJson.js';
