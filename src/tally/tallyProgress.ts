import type { ActionPlan } from '../model/ActionPlan.js';
import type {
  OwnerTally,
  ProgressCounts,
  ProgressTally,
  RecommendationStatusName,
  SectionTally,
} from '../model/ProgressTally.js';
import type { Tally } from '../model/Tally.js';
import type { ProgressOptions } from '../progress/actionStatus.js';
import { recommendationStatus } from '../progress/recommendationStatus.js';
import { resolveProgressOptions } from '../progress/resolveProgressOptions.js';
import type { Mutable } from '../_lib/text.js';
import { countCategory, countStatus, emptyCounts, emptyTally } from '../progress/counting.js';

/**
 * The longest owner folded, in characters. A role title is a few dozen characters; a longer owner
 * is compared as written, since folding (Unicode normalisation) costs time out of proportion to the
 * length of text with long runs of combining marks.
 */
const MAX_FOLDED_OWNER = 200;

/** Owners are one when they differ only in case, spaces or punctuation. */
function ownerKey(owner: string): string {
  // A folded key holds only letters and digits: a key that starts with a space is an owner as written.
  if (owner.length > MAX_FOLDED_OWNER) return ` ${owner}`;
  return owner
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Counts a plan's progress as of a date: actions by status, recommendations by rolled-up status,
 * and actions by responsible owner and by section.
 * @category Tallies
 *
 * @remarks
 * Statuses are those of {@link actionStatus} and {@link recommendationStatus}. Owners written
 * differently only in case, spaces or punctuation ("Deputy Director, Workforce and Capability"
 * and "deputy director workforce and capability") are counted as one, shown as first written;
 * an owner of more than 200 characters is compared exactly as written.
 * Owners and sections are listed in the order they first appear in the plan. A section's
 * `agreement` counts a recommendation that states no category in its `total` only, as
 * {@link tallyAgreement} does.
 *
 * @param plan - The plan.
 * @param options - `asOf`, and `dueSoonDays` (30 unless given).
 * @returns The counts; every count of actions sums to its `total`.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad option, never because of
 * the plan: a `TypeError` when `options` is not an object or `asOf` is not a string, a
 * `RangeError` when `asOf` is not a real calendar date written `YYYY-MM-DD` or `dueSoonDays` is
 * not a whole number, 0 or more.
 *
 * @example
 * ```ts
 * import { parseTargetDate, tallyProgress, type Action, type ActionPlan } from 'action-plan-kit';
 * const action = (owner: string, target: string): Action => ({ owner, target: parseTargetDate(target) });
 * const plan = {
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [{
 *     ref: '1',
 *     section: 'Recommendations',
 *     text: 'Review the support given to staff.',
 *     agreement: { category: 'agreed' },
 *     response: [],
 *     actions: [
 *       action('Chief Probation Officer', 'April 2026'),
 *       action('Chief probation officer.', 'Completed'),
 *       action('Regional Probation Director', 'Commenced and ongoing'),
 *     ],
 *   }],
 * } satisfies ActionPlan;
 * const tally = tallyProgress(plan, { asOf: '2026-11-26' });
 * tally.actions //=> { completed: 1, withdrawn: 0, overdue: 1, dueSoon: 0, onTrack: 0, openEnded: 1, total: 3 }
 * tally.byOwner.map((o) => [o.owner, o.actions.total]) //=> [['Chief Probation Officer', 2], ['Regional Probation Director', 1]]
 * ```
 */
export function tallyProgress(plan: ActionPlan, options: ProgressOptions): ProgressTally {
  const resolved = resolveProgressOptions(options, 'tallyProgress');
  const actions = emptyCounts();
  const recommendations: Record<RecommendationStatusName, number> = {
    'no-actions': 0,
    completed: 0,
    withdrawn: 0,
    overdue: 0,
    'due-soon': 0,
    'on-track': 0,
    'open-ended': 0,
  };
  const owners = new Map<string, { owner: string; actions: Mutable<ProgressCounts> }>();
  const sections = new Map<string | undefined, { agreement: Mutable<Tally>; actions: Mutable<ProgressCounts> }>();

  for (const recommendation of plan.recommendations) {
    const progress = recommendationStatus(recommendation, resolved);
    recommendations[progress.status] += 1;
    let section = sections.get(recommendation.section);
    if (section === undefined) {
      section = { agreement: emptyTally(), actions: emptyCounts() };
      sections.set(recommendation.section, section);
    }
    countCategory(section.agreement, recommendation.agreement.category);
    progress.actions.forEach((status, index) => {
      const owner = (recommendation.actions[index] as { owner: string }).owner;
      const key = ownerKey(owner);
      let entry = owners.get(key);
      if (entry === undefined) {
        entry = { owner, actions: emptyCounts() };
        owners.set(key, entry);
      }
      countStatus(actions, status.status);
      countStatus(entry.actions, status.status);
      countStatus(section.actions, status.status);
    });
  }

  const bySection: SectionTally[] = [...sections].map(([section, counts]) =>
    section === undefined ? counts : { section, ...counts },
  );
  const byOwner: OwnerTally[] = [...owners.values()];
  return { actions, recommendations, byOwner, bySection };
}
