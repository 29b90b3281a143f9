import { hasCategory } from '../../_lib/categoryLabel.js';
import { short } from '../../_lib/text.js';
import { recommendationRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { CATEGORIES_IN_WORDS } from '../_internal/words.js';

/**
 * A recommendation states no category, or an answer that is none of the three.
 * @category Rules
 */
export interface CategoryMissingParams {
  /** The recommendation's ref. */
  readonly ref: string;
  /** The answer as written in the category's place ("Accepted in principle"), when the plan wrote one. */
  readonly label?: string;
}

/** `recommendation.category_missing` as the checks run it: its code, params, message, severity and test. */
export const recommendationCategoryMissingCheck: BuiltInCheck<
  'recommendation.category_missing',
  CategoryMissingParams
> = recommendationRule({
  code: 'recommendation.category_missing',
  severity: 'warning',
  message: (p) =>
    p.label === undefined
      ? `Recommendation ${p.ref} states no category (${CATEGORIES_IN_WORDS}).`
      : `Recommendation ${p.ref} is answered "${short(p.label)}", which is not one of the known categories (${CATEGORIES_IN_WORDS}).`,
  field: 'agreement',
  find({ recommendation }) {
    const { agreement } = recommendation;
    if (hasCategory(agreement)) return undefined;
    const { label } = agreement;
    return typeof label === 'string' && label.trim() !== ''
      ? { ref: recommendation.ref, label }
      : { ref: recommendation.ref };
  },
});

/** `recommendation.category_missing`: no category stated, or an answer none of the three. */
export const recommendationCategoryMissing: BuiltInRule<'recommendation.category_missing', CategoryMissingParams> =
  /* @__PURE__ */ documented(recommendationCategoryMissingCheck, {
    description:
      'The recommendation states no category, or an answer that is none of the three ("Accepted in principle"); the rules of the categories do not apply to it.',
    fix: 'State whether the recommendation is Agreed, Partly Agreed or Not Agreed, and answer it as the template asks for that category.',
  });
