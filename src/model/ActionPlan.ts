import type { IsoDate } from './IsoDate.js';
import type { Recommendation } from './Recommendation.js';
import type { Tally } from './Tally.js';

/**
 * The name and version of the canonical JSON format, written in every plan's `format` field.
 * @category Model
 */
export type ActionPlanFormat = 'action-plan/1';

/**
 * An action plan: a public body's answer to an inspectorate's report, recommendation by
 * recommendation.
 * @category Model
 *
 * @remarks
 * This is plain readonly data and the canonical JSON format (`action-plan/1`) at once. A plan may
 * be submitted before its report is published; that is never an error.
 *
 * @example
 * ```ts
 * import { isoDate, type ActionPlan } from 'action-plan-kit';
 *
 * // `satisfies` checks the plan and keeps its literal types; isoDate checks each date.
 * const plan = {
 *   format: 'action-plan/1',
 *   title: 'Serious Further Offence Annual Report 2024-2025',
 *   submitted: isoDate('2026-02-09'),
 *   recommendations: [],
 * } satisfies ActionPlan;
 * plan.format //=> 'action-plan/1'
 * ```
 */
export interface ActionPlan {
  /** The format and its version; always `action-plan/1`. */
  readonly format: ActionPlanFormat;
  /** The plan's title, as written. */
  readonly title: string;
  /** The public body that answers the report ("HM Prison & Probation Service"). */
  readonly respondent?: string;
  /** The inspectorate that made the report ("HM Inspectorate of Probation"). */
  readonly inspectorate?: string;
  /** The title of the report the plan answers. */
  readonly reportTitle?: string;
  /** The day the report was published. */
  readonly reportPublished?: IsoDate;
  /** The day the plan was submitted; may be before `reportPublished`. */
  readonly submitted?: IsoDate;
  /** The recommendations and their answers, in the published order. */
  readonly recommendations: readonly Recommendation[];
  /** The closing tally as the plan states it, which should match the rows. */
  readonly statedTally?: Tally;
}
