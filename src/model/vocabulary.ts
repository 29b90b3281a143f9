// The closed vocabularies of the action-plan/1 format, one list each. The model's union types are
// read off these lists, and the zod schemas, the fast validator, the readers and the messages take
// their values from them, so a value is written in one place only. Data, no logic.

/**
 * The three categories of an answer, in the template's order.
 * @category Model
 *
 * @example
 * ```ts
 * import { AGREEMENT_CATEGORIES } from 'action-plan-kit';
 * AGREEMENT_CATEGORIES //=> ['agreed', 'partly-agreed', 'not-agreed']
 * ```
 */
export const AGREEMENT_CATEGORIES = ['agreed', 'partly-agreed', 'not-agreed'] as const;

/**
 * The four reason categories the template names for not agreeing in full, in its order.
 * @category Model
 *
 * @example
 * ```ts
 * import { REASON_CATEGORIES } from 'action-plan-kit';
 * REASON_CATEGORIES.join(', ') //=> 'commissioning, policy, operational, affordability'
 * ```
 */
export const REASON_CATEGORIES = ['commissioning', 'policy', 'operational', 'affordability'] as const;

/**
 * What an inspectorate calls the items a plan answers.
 * @category Model
 *
 * @example
 * ```ts
 * import { RECOMMENDATION_KINDS } from 'action-plan-kit';
 * RECOMMENDATION_KINDS.includes('priority-concern') //=> true
 * ```
 */
export const RECOMMENDATION_KINDS = [
  'recommendation',
  'priority-concern',
  'key-concern',
  'area-for-improvement',
] as const;

/**
 * The units of a period target.
 * @category Dates
 *
 * @example
 * ```ts
 * import { PERIOD_UNITS } from 'action-plan-kit';
 * PERIOD_UNITS.length //=> 4
 * ```
 */
export const PERIOD_UNITS = ['quarter', 'financial-year', 'season', 'year'] as const;

/**
 * The statuses a target date can state instead of a date.
 * @category Dates
 *
 * @example
 * ```ts
 * import { TARGET_STATUSES } from 'action-plan-kit';
 * TARGET_STATUSES[0] //=> 'completed'
 * ```
 */
export const TARGET_STATUSES = ['completed', 'ongoing', 'to-be-confirmed', 'after-decision'] as const;

/**
 * The statuses a progress update can report.
 * @category Model
 *
 * @example
 * ```ts
 * import { PROGRESS_STATUSES } from 'action-plan-kit';
 * PROGRESS_STATUSES.at(-1) //=> 'withdrawn'
 * ```
 */
export const PROGRESS_STATUSES = ['not-started', 'in-progress', 'completed', 'withdrawn'] as const;

/**
 * The judgements of a re-inspection, from best to worst.
 * @category Model
 *
 * @example
 * ```ts
 * import { ACHIEVEMENT_JUDGEMENTS } from 'action-plan-kit';
 * ACHIEVEMENT_JUDGEMENTS //=> ['achieved', 'partially-achieved', 'not-achieved']
 * ```
 */
export const ACHIEVEMENT_JUDGEMENTS = ['achieved', 'partially-achieved', 'not-achieved'] as const;

/**
 * The judgements of an Independent Review of Progress, from best to worst.
 * @category Model
 *
 * @example
 * ```ts
 * import { PROGRESS_JUDGEMENTS } from 'action-plan-kit';
 * PROGRESS_JUDGEMENTS.indexOf('insufficient') //=> 2
 * ```
 */
export const PROGRESS_JUDGEMENTS = ['good', 'reasonable', 'insufficient', 'no-meaningful-progress'] as const;

/**
 * The four figures of a tally, in the order a plan states them.
 * @category Model
 *
 * @example
 * ```ts
 * import { TALLY_FIGURES } from 'action-plan-kit';
 * TALLY_FIGURES //=> ['agreed', 'partlyAgreed', 'notAgreed', 'total']
 * ```
 */
export const TALLY_FIGURES = ['agreed', 'partlyAgreed', 'notAgreed', 'total'] as const;

/**
 * The statuses of an action as of a date, as the monitoring functions judge them.
 * @category Progress
 *
 * @example
 * ```ts
 * import { ACTION_STATUS_NAMES } from 'action-plan-kit';
 * ACTION_STATUS_NAMES.includes('overdue') //=> true
 * ```
 */
export const ACTION_STATUS_NAMES = ['completed', 'withdrawn', 'overdue', 'due-soon', 'on-track', 'open-ended'] as const;
