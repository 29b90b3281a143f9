import type { Action } from './Action.js';
import type { Assessment } from './Assessment.js';
import type { Block } from './Block.js';
import type { AGREEMENT_CATEGORIES, REASON_CATEGORIES, RECOMMENDATION_KINDS } from './vocabulary.js';

/**
 * What the inspectorate calls the item the respondent answers.
 * @category Model
 *
 * @remarks
 * Most inspectorates make recommendations; since 2022 HM Inspectorate of Prisons raises
 * *priority concerns* and *key concerns*; some reports list *areas for improvement*.
 */
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

/**
 * The respondent's answer to a recommendation, in the template's three categories.
 * @category Model
 *
 * @remarks
 * - `agreed`: all of it is agreed, achievable and affordable;
 * - `partly-agreed`: only part will be implemented, for commissioning, policy, operational or
 *   affordability reasons;
 * - `not-agreed`: it will not be implemented, for one of those reasons.
 *
 * Other vocabularies map onto these three: Accepted / Partially Accepted / Not Accepted /
 * Rejected.
 */
export type AgreementCategory = (typeof AGREEMENT_CATEGORIES)[number];

/**
 * The category of the answer, with the label the plan used for it.
 * @category Model
 */
export interface Agreement {
  /** The category the answer falls in. */
  readonly category: AgreementCategory;
  /** The label as written in the plan ("Agreed", "Partially Accepted", "Rejected", ...). */
  readonly label?: string;
}

/**
 * Why a recommendation is only partly agreed or not agreed.
 * @category Model
 *
 * @remarks The template asks the respondent to state whether the reason is commissioning, policy,
 * operational or affordability.
 */
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

/**
 * One recommendation of the report and the respondent's answer to it.
 * @category Model
 */
export interface Recommendation {
  /** The recommendation's reference as printed: "1", "5.01", "P1". */
  readonly ref: string;
  /** What the inspectorate calls it, where the plan says. */
  readonly kind?: RecommendationKind;
  /** The section heading the recommendation stands under, as written. */
  readonly section?: string;
  /** The addressee line it stands under, as written ("His Majesty's Prison and Probation Service should:"). */
  readonly addressee?: string;
  /** The recommendation's text, as written. */
  readonly text: string;
  /** Whether the respondent agrees, partly agrees or does not agree. */
  readonly agreement: Agreement;
  /** The reason categories the respondent declares for not agreeing in full. */
  readonly reasons?: readonly ReasonCategory[];
  /** The respondent's response: paragraphs and bulleted lists, in order. */
  readonly response: readonly Block[];
  /** The actions committed to, in the published order. */
  readonly actions: readonly Action[];
  /** The inspectorate's later assessments, oldest first. */
  readonly assessments?: readonly Assessment[];
}
