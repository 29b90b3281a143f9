import type { ActionStatus, ActionStatusName } from './ActionStatus.js';
import type { Tally } from './Tally.js';

/**
 * How many actions have each status, and how many there are in all.
 * @category Tallies
 */
export interface ProgressCounts {
  /** Actions completed. */
  readonly completed: number;
  /** Actions withdrawn. */
  readonly withdrawn: number;
  /** Actions past their deadline. */
  readonly overdue: number;
  /** Actions due soon. */
  readonly dueSoon: number;
  /** Actions on track. */
  readonly onTrack: number;
  /** Actions with no deadline. */
  readonly openEnded: number;
  /** All actions: the sum of the six counts. */
  readonly total: number;
}

/**
 * The status of a recommendation, rolled up from its actions.
 * @category Progress
 *
 * @remarks `no-actions` when it has none; otherwise the most pressing status among its open
 * actions (overdue, then due-soon, on-track, open-ended); when every action is settled,
 * `completed` if any was completed, else `withdrawn`.
 */
export type RecommendationStatusName = ActionStatusName | 'no-actions';

/**
 * A recommendation's progress as of a date, as {@link recommendationStatus} gives it.
 * @category Progress
 */
export interface RecommendationProgress {
  /** The rolled-up status. */
  readonly status: RecommendationStatusName;
  /** The status of each action, in the published order. */
  readonly actions: readonly ActionStatus[];
  /** How many of its actions have each status. */
  readonly counts: ProgressCounts;
}

/**
 * One responsible owner's actions, as {@link tallyProgress} counts them.
 * @category Tallies
 */
export interface OwnerTally {
  /** The owner as first written in the plan; owners differing only in case, spaces or punctuation are one. */
  readonly owner: string;
  /** How many of the owner's actions have each status. */
  readonly actions: ProgressCounts;
}

/**
 * One section's recommendations and actions, as {@link tallyProgress} counts them.
 * @category Tallies
 */
export interface SectionTally {
  /** The section heading as written; absent for recommendations under no section. */
  readonly section?: string;
  /** How many of the section's recommendations fall in each agreement category; the total counts them all. */
  readonly agreement: Tally;
  /** How many of the section's actions have each status. */
  readonly actions: ProgressCounts;
}

/**
 * A plan's progress as of a date, counted every way a monitoring report needs.
 * @category Tallies
 */
export interface ProgressTally {
  /** How many of the plan's actions have each status. */
  readonly actions: ProgressCounts;
  /** How many recommendations have each rolled-up status. */
  readonly recommendations: Readonly<Record<RecommendationStatusName, number>>;
  /** The actions of each responsible owner, in the order owners first appear. */
  readonly byOwner: readonly OwnerTally[];
  /** The recommendations and actions of each section, in the order sections first appear. */
  readonly bySection: readonly SectionTally[];
}

/**
 * Many plans' agreement and progress as of a date, as {@link tallyPlans} gives them.
 * @category Tallies
 */
export interface PlansTally {
  /** How many plans were counted. */
  readonly plans: number;
  /** How many recommendations fall in each agreement category, across the plans; the total counts them all. */
  readonly agreement: Tally;
  /** How many actions have each status, across the plans. */
  readonly actions: ProgressCounts;
  /**
   * The share of recommendations agreed or partly agreed among those that state a category, from 0
   * to 1: `(agreed + partlyAgreed) / (agreed + partlyAgreed + notAgreed)`. Recommendations that
   * state no category are left out of it; absent when no recommendation states one.
   */
  readonly acceptanceRate?: number;
  /**
   * The share of actions completed among those not withdrawn, from 0 to 1; absent when there are
   * no such actions.
   */
  readonly implementationRate?: number;
}
