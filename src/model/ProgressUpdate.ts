import type { IsoDate } from './IsoDate.js';
import type { TargetDate } from './TargetDate.js';
import type { PROGRESS_STATUSES } from './vocabulary.js';

/**
 * The state of an action as the respondent reports it in a progress update.
 * @category Model
 */
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * A progress update on an action, as reported by the respondent during monitoring.
 * @category Model
 *
 * @remarks
 * A revised target replaces the action's target from the update's date on; the original target
 * stays on record. UK Treasury guidance forbids deferring a date silently, so a revised target is
 * expected to come with its justification in `reason`.
 */
export interface ProgressUpdate {
  /** The date of the update. */
  readonly on: IsoDate;
  /** The state of the action reported on that date. */
  readonly status: ProgressStatus;
  /** What the update says, as written. */
  readonly note?: string;
  /** A new target date for the action, in force from `on`. */
  readonly revisedTarget?: TargetDate;
  /** The justification for the revised target. */
  readonly reason?: string;
}
