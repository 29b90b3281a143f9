import type { Block } from '../../model/Block.js';
import { recommendationRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import type { RecommendationParams } from '../ruleParams.js';

const isBlank = (block: Block): boolean =>
  block.type === 'paragraph' ? block.text.trim() === '' : block.items.every((item) => item.trim() === '');

/** `recommendation.response_missing` as the checks run it: its code, params, message, severity and test. */
export const recommendationResponseMissingCheck: BuiltInCheck<'recommendation.response_missing', RecommendationParams> =
  recommendationRule({
    code: 'recommendation.response_missing',
    severity: 'error',
    message: (p) => `Recommendation ${p.ref} has no response.`,
    field: 'response',
    find({ recommendation }) {
      for (const block of recommendation.response) if (!isBlank(block)) return undefined;
      return { ref: recommendation.ref };
    },
  });

/** `recommendation.response_missing`: empty response. */
export const recommendationResponseMissing: BuiltInRule<'recommendation.response_missing', RecommendationParams> =
  /* @__PURE__ */ documented(recommendationResponseMissingCheck, {
    description: 'The response is empty: no blocks, or only blank ones.',
    fix: 'Write the response: how the recommendation will be met, or why not.',
  });
