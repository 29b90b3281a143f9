import type { ACTION_STATUS_NAMES } from './vocabulary.js';
import type { IsoDate } from './IsoDate.js';
import type { TargetDate } from './TargetDate.js';

/**
 * The name of an action's status as of a date.
 * @category Progress
 *
 * @remarks
 * - `completed`: done, by its target ("Completed") or by the latest progress update;
 * - `withdrawn`: the latest progress update withdrew it;
 * - `overdue`: its deadline has passed and it is not done;
 * - `due-soon`: its deadline is today or within the next few days;
 * - `on-track`: its deadline is further off;
 * - `open-ended`: it has no deadline ("Ongoing", "TBC", "After decision", or a target not
 *   understood).
 */
export type ActionStatusName = (typeof ACTION_STATUS_NAMES)[number];

/**
 * What every action status says about the target it was judged against.
 * @category Progress
 */
export interface ActionStatusBase {
  /** The target in effect as of the date: the latest revised target, or the original. */
  readonly target: TargetDate;
  /** Whether `target` is a revised target from a progress update rather than the plan's own. */
  readonly revised: boolean;
}

/**
 * An action that is done.
 * @category Progress
 */
export interface CompletedStatus extends ActionStatusBase {
  /** Marks a completed action. */
  readonly status: 'completed';
  /** The date of the progress update that reported it completed; absent when the plan's own target says "Completed". */
  readonly on?: IsoDate;
}

/**
 * An action the respondent withdrew.
 * @category Progress
 */
export interface WithdrawnStatus extends ActionStatusBase {
  /** Marks a withdrawn action. */
  readonly status: 'withdrawn';
  /** The date of the progress update that withdrew it. */
  readonly on: IsoDate;
}

/**
 * An action whose deadline has passed.
 * @category Progress
 */
export interface OverdueStatus extends ActionStatusBase {
  /** Marks an overdue action. */
  readonly status: 'overdue';
  /** The deadline that was missed. */
  readonly deadline: IsoDate;
  /** Calendar days since the deadline: 1 on the day after it. */
  readonly daysOverdue: number;
}

/**
 * An action whose deadline is near.
 * @category Progress
 */
export interface DueSoonStatus extends ActionStatusBase {
  /** Marks an action due soon. */
  readonly status: 'due-soon';
  /** The deadline. */
  readonly deadline: IsoDate;
  /** Calendar days left until the deadline: 0 on the day itself. */
  readonly daysLeft: number;
}

/**
 * An action whose deadline is further off.
 * @category Progress
 */
export interface OnTrackStatus extends ActionStatusBase {
  /** Marks an action on track. */
  readonly status: 'on-track';
  /** The deadline. */
  readonly deadline: IsoDate;
  /** Calendar days left until the deadline. */
  readonly daysLeft: number;
}

/**
 * An action with no deadline.
 * @category Progress
 */
export interface OpenEndedStatus extends ActionStatusBase {
  /** Marks an action with no deadline. */
  readonly status: 'open-ended';
}

/**
 * The status of an action as of a date, with the facts behind it.
 * @category Progress
 *
 * @remarks A union discriminated on `status`: only overdue, due-soon and on-track actions have a
 * deadline, and only overdue ones have `daysOverdue`.
 */
export type ActionStatus =
  CompletedStatus | WithdrawnStatus | OverdueStatus | DueSoonStatus | OnTrackStatus | OpenEndedStatus;
