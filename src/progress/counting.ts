import type { Mutable } from '../_lib/text.js';
import type { ActionStatusName } from '../model/ActionStatus.js';
import type { ProgressCounts } from '../model/ProgressTally.js';
import type { AgreementCategory } from '../model/Recommendation.js';
import type { Tally } from '../model/Tally.js';

const COUNT_KEY: Readonly<Record<ActionStatusName, Exclude<keyof ProgressCounts, 'total'>>> = {
  completed: 'completed',
  withdrawn: 'withdrawn',
  overdue: 'overdue',
  'due-soon': 'dueSoon',
  'on-track': 'onTrack',
  'open-ended': 'openEnded',
};

const TALLY_KEY: Readonly<Record<AgreementCategory, Exclude<keyof Tally, 'total'>>> = {
  agreed: 'agreed',
  'partly-agreed': 'partlyAgreed',
  'not-agreed': 'notAgreed',
};

/** Counts of zero, to add to. */
export function emptyCounts(): Mutable<ProgressCounts> {
  return { completed: 0, withdrawn: 0, overdue: 0, dueSoon: 0, onTrack: 0, openEnded: 0, total: 0 };
}

/** Adds one action of a status to counts. */
export function countStatus(counts: Mutable<ProgressCounts>, status: ActionStatusName): void {
  counts[COUNT_KEY[status]] += 1;
  counts.total += 1;
}

/** A tally of zero, to add to. */
export function emptyTally(): Mutable<Tally> {
  return { agreed: 0, partlyAgreed: 0, notAgreed: 0, total: 0 };
}

/**
 * Adds one recommendation to a tally: to the figure of its category, and to the total. A
 * recommendation that states no category (or, in a plan object that skipped validation, a value
 * outside the three) counts in the total only.
 */
export function countCategory(tally: Mutable<Tally>, category: AgreementCategory | undefined): void {
  // Own keys only: a value outside the three names no figure, inherited keys included.
  if (category !== undefined && Object.hasOwn(TALLY_KEY, category)) tally[TALLY_KEY[category]] += 1;
  tally.total += 1;
}
