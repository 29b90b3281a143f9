import type { Recommendation } from '../../model/Recommendation.js';
import { recommendationRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';

/**
 * Two recommendations share a ref.
 * @category Rules
 */
export interface DuplicateRefParams {
  /** The ref as written on this recommendation. */
  readonly ref: string;
  /** The position in the plan (from 0) of the first recommendation with that ref. */
  readonly firstIndex: number;
}

/**
 * A ref as refs are compared: without surrounding spaces, in lower case. Refs are mostly digits
 * and dots ("5.01"), so a ref is lower-cased only when it has a character that could change.
 */
function refKey(ref: string): string {
  const key = ref.trim();
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    if (c > 0x7f || (c >= 0x41 && c <= 0x5a)) return key.toLowerCase();
  }
  return key;
}

/** `recommendation.duplicate_ref` as the checks run it: its code, params, message, severity and test. */
export const recommendationDuplicateRefCheck: BuiltInCheck<'recommendation.duplicate_ref', DuplicateRefParams> =
  recommendationRule({
    code: 'recommendation.duplicate_ref',
    severity: 'error',
    message: (p) => `The ref "${p.ref}" is already used by recommendation ${p.firstIndex + 1} of the plan.`,
    field: 'ref',
    find(state) {
      const { recommendation, recommendationIndex } = state;
      const key = refKey(recommendation.ref);
      let refs = state.refs;
      if (refs === undefined) {
        // While the refs rise ("1.01", "1.02", ...), none can repeat, and none need be remembered.
        const last = state.lastRef;
        state.lastRef = key;
        if (last === undefined || key > last) return undefined;
        refs = state.refs = new Map();
        const all = state.plan.recommendations;
        for (let i = 0; i < recommendationIndex; i += 1) refs.set(refKey((all[i] as Recommendation).ref), i);
      }
      const firstIndex = refs.get(key);
      if (firstIndex !== undefined) return { ref: recommendation.ref, firstIndex };
      refs.set(key, recommendationIndex);
      return undefined;
    },
  });

/** `recommendation.duplicate_ref`: two recommendations share a ref. */
export const recommendationDuplicateRef: BuiltInRule<'recommendation.duplicate_ref', DuplicateRefParams> =
  /* @__PURE__ */ documented(recommendationDuplicateRefCheck, {
    description:
      'Two recommendations share a ref (compared without surrounding spaces or case); reported on each after the first.',
    fix: 'Give each recommendation the ref the report gives it.',
  });
