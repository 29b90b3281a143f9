import type { IsoDate } from './IsoDate.js';
import type { IssuePath } from './Issue.js';
import type { TargetDate } from './TargetDate.js';

/**
 * Where an action stands in a plan, and who owns it.
 * @category Progress
 */
export interface LocatedAction {
  /** The ref of the recommendation the action answers. */
  readonly ref: string;
  /** The recommendation's position in the plan (from 0). */
  readonly recommendationIndex: number;
  /** The action's position in its recommendation (from 0). */
  readonly actionIndex: number;
  /** The path to the action: `['recommendations', recommendationIndex, 'actions', actionIndex]`. */
  readonly path: IssuePath;
  /** The responsible owner as written. */
  readonly owner: string;
  /** The target in effect: the latest revised target, or the plan's own. */
  readonly target: TargetDate;
  /** Whether `target` is a revised target from a progress update. */
  readonly revised: boolean;
  /** The deadline of `target`. */
  readonly deadline: IsoDate;
}

/**
 * An action past its deadline, as {@link findOverdue} lists it.
 * @category Progress
 */
export interface OverdueAction extends LocatedAction {
  /** Calendar days since the deadline: 1 on the day after it. */
  readonly daysOverdue: number;
}

/**
 * An action whose deadline falls within a window, as {@link findDueSoon} lists it.
 * @category Progress
 */
export interface DueSoonAction extends LocatedAction {
  /** Calendar days left until the deadline: 0 on the day itself. */
  readonly daysLeft: number;
}
