import type { RuleFinding } from '../../model/Rule.js';
import { planRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';

/** `plan.no_recommendations` as the checks run it: its code, params, message, severity and test. */
export const planNoRecommendationsCheck: BuiltInCheck<
  'plan.no_recommendations',
  Readonly<Record<string, never>>
> = planRule({
  code: 'plan.no_recommendations',
  severity: 'error',
  message: () => 'The plan has no recommendations.',
  field: 'recommendations',
  find({ plan }) {
    const found: RuleFinding<Readonly<Record<string, never>>>[] = [];
    if (plan.recommendations.length === 0) found.push({ path: ['recommendations'], params: {} });
    return found;
  },
});

/** `plan.no_recommendations`: the plan has none. */
export const planNoRecommendations: BuiltInRule<
  'plan.no_recommendations',
  Readonly<Record<string, never>>
> = /* @__PURE__ */ documented(planNoRecommendationsCheck, {
  description: 'The plan has no recommendations.',
  fix: 'Add every recommendation of the report, each with its answer.',
});
