import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { recommendationPath, recommendations } from '../_internal/walk.js';

/** Two recommendations share a ref. */
export interface DuplicateRefParams {
  /** The ref as written on this recommendation. */
  readonly ref: string;
  /** The position in the plan (from 0) of the first recommendation with that ref. */
  readonly firstIndex: number;
}

/** `recommendation.duplicate_ref`: two recommendations share a ref. */
export const recommendationDuplicateRef: BuiltInRule<'recommendation.duplicate_ref', DuplicateRefParams> = builtInRule({
  code: 'recommendation.duplicate_ref',
  severity: 'error',
  description:
    'Two recommendations share a ref (compared without surrounding spaces or case); reported on each after the first.',
  fix: 'Give each recommendation the ref the report gives it.',
  message: (p) => `The ref "${p.ref}" is already used by recommendation ${p.firstIndex + 1} of the plan.`,
  check(context) {
    const found: RuleFinding<DuplicateRefParams>[] = [];
    const first = new Map<string, number>();
    for (const { recommendation, index } of recommendations(context)) {
      const key = recommendation.ref.trim().toLowerCase();
      const firstIndex = first.get(key);
      if (firstIndex === undefined) first.set(key, index);
      else found.push({ path: recommendationPath(index, 'ref'), params: { ref: recommendation.ref, firstIndex } });
    }
    return found;
  },
});
