import type { ProgressUpdate } from './ProgressUpdate.js';
import type { TargetDate } from './TargetDate.js';

/**
 * One action the respondent commits to in answer to a recommendation.
 * @category Model
 *
 * @remarks
 * Every action should have a responsible owner — a role title such as "Deputy Director Public
 * Protection Group", never a person's name — and a timescale. In a published plan, owners and
 * target dates are parallel lists: the N-th owner goes with the N-th date, and each pair is one
 * action.
 */
export interface Action {
  /** What will be done, where the plan states it for this action alone. */
  readonly description?: string;
  /** The responsible owner, a role title as written; empty when the plan names none. */
  readonly owner: string;
  /** The target date, as written and as understood. */
  readonly target: TargetDate;
  /** Progress updates reported during monitoring, oldest first. */
  readonly updates?: readonly ProgressUpdate[];
}
