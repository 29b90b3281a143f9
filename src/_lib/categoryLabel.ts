import type { Agreement, AgreementCategory } from '../model/Recommendation.js';

/** The template's name of each category, as plans print it. */
export const CATEGORY_NAMES: Readonly<Record<AgreementCategory, string>> = {
  agreed: 'Agreed',
  'partly-agreed': 'Partly Agreed',
  'not-agreed': 'Not Agreed',
};

/**
 * The label an answer is shown with in every output: the label as written when it has one, else
 * the template's name of its category ("Partly Agreed").
 */
export function categoryLabel(agreement: Agreement): string {
  const { label, category } = agreement;
  return label !== undefined && label.trim() !== '' ? label : CATEGORY_NAMES[category];
}
