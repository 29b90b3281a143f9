import type { Agreement, AgreementCategory } from '../model/Recommendation.js';

/** The template's name of each category, as plans print it. */
export const CATEGORY_NAMES: Readonly<Record<AgreementCategory, string>> = {
  agreed: 'Agreed',
  'partly-agreed': 'Partly Agreed',
  'not-agreed': 'Not Agreed',
};

/** Whether an answer states one of the three categories (not none, nor another value in a plan that skipped validation). */
export const hasCategory = (agreement: Agreement): agreement is Agreement & { category: AgreementCategory } =>
  // Own keys only: a value outside the three names no category, inherited keys included.
  typeof agreement.category === 'string' && Object.hasOwn(CATEGORY_NAMES, agreement.category);

/**
 * The label an answer is shown with in every output: the label as written when it has one, else
 * the template's name of its category ("Partly Agreed"); `undefined` when it has neither, so that
 * each output says "not stated" in its own way.
 */
export function categoryLabel(agreement: Agreement): string | undefined {
  const { label } = agreement;
  if (label !== undefined && label.trim() !== '') return label;
  return hasCategory(agreement) ? CATEGORY_NAMES[agreement.category] : undefined;
}
