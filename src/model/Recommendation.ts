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
 *
 * @remarks
 * Most plans state one of the three categories. Some state none (progress updates and
 * improvement plans often do not), and some write an answer that is none of them ("Accepted in
 * principle"). Such a recommendation is kept all the same, with no `category`: `label` then holds
 * the answer as written when the plan wrote one (`{ label: 'Accepted in principle' }`), and the
 * agreement is `{}` when the plan states nothing. The rule `recommendation.category_missing` reports
 * it, the category rules (`agreed.*`, `partly_agreed.*`, `not_agreed.*`) skip it, and the tallies
 * count it in `total` only.
 *
 * Read `category` as possibly absent: `agreement.category === 'agreed'` works as before, while a
 * `switch` or a lookup keyed by the category needs a case for `undefined`.
 *
 * @example
 * ```ts
 * import type { Agreement } from 'action-plan-kit';
 * const stated: Agreement = { category: 'partly-agreed', label: 'Partially Accepted' };
 * const unknown: Agreement = { label: 'Accepted in principle' };
 * const none: Agreement = {};
 * [stated, unknown, none].map((agreement) => agreement.category ?? 'none') //=> ['partly-agreed', 'none', 'none']
 * ```
 */
export interface Agreement {
  /**
   * The category the answer falls in; absent when the plan states none, or an answer that is not
   * one of the three.
   */
  readonly category?: AgreementCategory;
  /**
   * The label as written in the plan ("Agreed", "Partially Accepted", "Rejected", ...); without a
   * `category`, the answer as written that is none of the three ("Accepted in principle"), if any.
   */
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
  /** Whether the respondent agrees, partly agrees or does not agree, or what it wrote instead. */
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
