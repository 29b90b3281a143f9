import type { RuleFinding } from '../../model/Rule.js';
import type { Block } from '../../model/Block.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { recommendationPath, recommendations } from '../_internal/walk.js';
import type { RecommendationParams } from '../ruleParams.js';

const isBlank = (block: Block): boolean =>
  block.type === 'paragraph' ? block.text.trim() === '' : block.items.every((item) => item.trim() === '');

/** `recommendation.response_missing`: empty response. */
export const recommendationResponseMissing: BuiltInRule<'recommendation.response_missing', RecommendationParams> =
  builtInRule({
    code: 'recommendation.response_missing',
    severity: 'error',
    description: 'The response is empty: no blocks, or only blank ones.',
    fix: 'Write the response: how the recommendation will be met, or why not.',
    message: (p) => `Recommendation ${p.ref} has no response.`,
    check(context) {
      const found: RuleFinding<RecommendationParams>[] = [];
      for (const { recommendation, index } of recommendations(context)) {
        if (recommendation.response.every(isBlank))
          found.push({ path: recommendationPath(index, 'response'), params: { ref: recommendation.ref } });
      }
      return found;
    },
  });
