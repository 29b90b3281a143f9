import type { IsoDate } from './IsoDate.js';
import type { ACHIEVEMENT_JUDGEMENTS, PROGRESS_JUDGEMENTS } from './vocabulary.js';

/**
 * The inspectorate's judgement of a recommendation at a re-inspection.
 * @category Model
 */
export type AchievementJudgement = (typeof ACHIEVEMENT_JUDGEMENTS)[number];

/**
 * The inspectorate's judgement of progress at an Independent Review of Progress (IRP).
 * @category Model
 */
export type ProgressJudgement = (typeof PROGRESS_JUDGEMENTS)[number];

/**
 * An assessment made at a re-inspection: achieved, partially achieved or not achieved.
 * @category Model
 */
export interface AchievementAssessment {
  /** The date of the assessment. */
  readonly on: IsoDate;
  /** Who assessed the recommendation, such as the inspectorate's name. */
  readonly by?: string;
  /** Marks the re-inspection scale. */
  readonly scale: 'achievement';
  /** The judgement on that scale. */
  readonly judgement: AchievementJudgement;
  /** What the assessment says, as written. */
  readonly note?: string;
}

/**
 * An assessment made at an Independent Review of Progress: good, reasonable, insufficient or no
 * meaningful progress.
 * @category Model
 */
export interface ProgressAssessment {
  /** The date of the assessment. */
  readonly on: IsoDate;
  /** Who assessed the recommendation, such as the inspectorate's name. */
  readonly by?: string;
  /** Marks the Independent Review of Progress scale. */
  readonly scale: 'progress';
  /** The judgement on that scale. */
  readonly judgement: ProgressJudgement;
  /** What the assessment says, as written. */
  readonly note?: string;
}

/**
 * The inspectorate's own later assessment of a recommendation.
 * @category Model
 *
 * @remarks
 * What the respondent reports (see {@link ProgressUpdate}) and what the inspectorate judges are
 * kept apart: an assessment is the inspectorate's word, on one of two scales.
 */
export type Assessment = AchievementAssessment | ProgressAssessment;
