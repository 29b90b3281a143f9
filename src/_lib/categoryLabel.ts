import type { Agreement, AgreementCategory } from '../model/Recommendation.js';

/** The template's name of each category, as plans print it. */
export const CATEGORY_NAMES: Readonly<Record<AgreementCategory, string>> = {
  agreed: 'Agreed',
  'partly-agreed': 'Partly Agreed',
  'not-agreed': 'Not Agreed',
};

/** What the outputs show for an answer that states no category and has no label. */
export const NOT_STATED = 'Not stated';

/**
 * The template's name of an answer's category, or `undefined` when it has none the library knows
 * (no category, or a value outside the three in a plan object that skipped validation).
 */
export function categoryName(agreement: Agreement): string | undefined {
  // Compared, not looked up: a category outside the three is no key of the table, inherited ones included.
  const { category } = agreement;
  return category === 'agreed' || category === 'partly-agreed' || category === 'not-agreed'
    ? CATEGORY_NAMES[category]
    : undefined;
}

/**
 * The label an answer is shown with in every output: the label as written when it has one, else
 * the template's name of its category ("Partly Agreed"), else {@link NOT_STATED}.
 */
export function categoryLabel(agreement: Agreement): string {
  const { label } = agreement;
  return label !== undefined && label.trim() !== '' ? label : (categoryName(agreement) ?? NOT_STATED);
}
