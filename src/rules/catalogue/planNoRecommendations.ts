import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';

/** `plan.no_recommendations`: the plan has none. */
export const planNoRecommendations: BuiltInRule<
  'plan.no_recommendations',
  Readonly<Record<string, never>>
> = builtInRule({
  code: 'plan.no_recommendations',
  severity: 'error',
  description: 'The plan has no recommendations.',
  fix: 'Add every recommendation of the report, each with its answer.',
  message: () => 'The plan has no recommendations.',
  check({ plan }) {
    const found: RuleFinding<Readonly<Record<string, never>>>[] = [];
    if (plan.recommendations.length === 0) found.push({ path: ['recommendations'], params: {} });
    return found;
  },
});
