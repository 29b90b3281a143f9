import type { Block } from '../model/Block.js';
import type { Evidence, IssuePath } from '../model/Issue.js';
import type { ReasonCategory, Recommendation } from '../model/Recommendation.js';

/**
 * A reason category a recommendation gives for not agreeing in full, with where it is given.
 * @category Rules
 */
export interface FoundReason {
  /** The reason category. */
  readonly category: ReasonCategory;
  /** Whether the recommendation declares it in its `reasons`. */
  readonly declared: boolean;
  /**
   * The words of the response that state it, with paths relative to the recommendation
   * (`['response', 0]`, `['response', 1, 'items', 2]`); empty when it is only declared.
   */
  readonly evidence: readonly Evidence[];
}

/** The words that state each reason category; word forms count, case does not. */
const WORDS: readonly (readonly [ReasonCategory, RegExp])[] = [
  // "commissioner" is a person (the Victims Commissioner), not a reason.
  ['commissioning', /\b(?:de|re)?commission(?:s|ed|ing)?\b/gi],
  ['policy', /\bpolic(?:y|ies)\b/gi],
  ['operational', /\boperational(?:ly)?\b/gi],
  ['affordability', /\b(?:un)?afford(?:s|ed|ing|able|ably|ability)?\b/gi],
];

function* texts(recommendation: Recommendation): Generator<readonly [string, IssuePath]> {
  for (const [b, block] of recommendation.response.entries()) {
    if (block.type === 'paragraph') yield [block.text, ['response', b]];
    else for (const [i, item] of block.items.entries()) yield [item, ['response', b, 'items', i]];
  }
}

/** The four patterns of {@link WORDS} in one: whether a text states any reason category at all. */
const ANY_REASON = new RegExp(WORDS.map(([, pattern]) => pattern.source).join('|'), 'i');

/**
 * Whether a recommendation gives any reason category, declared or stated; the rules need no more
 * than that, and stop at the first. One test per text, and nothing allocated.
 */
export function givesReason(recommendation: Recommendation): boolean {
  if ((recommendation.reasons?.length ?? 0) > 0) return true;
  const response = recommendation.response;
  for (let b = 0; b < response.length; b += 1) {
    const block = response[b] as Block;
    if (block.type === 'paragraph') {
      if (ANY_REASON.test(block.text)) return true;
    } else {
      const items = block.items;
      for (let i = 0; i < items.length; i += 1) if (ANY_REASON.test(items[i] as string)) return true;
    }
  }
  return false;
}

/**
 * Finds the reason categories a recommendation gives for not agreeing in full: commissioning,
 * policy, operational or affordability.
 * @category Rules
 *
 * @remarks
 * A category counts when the recommendation declares it in `reasons`, or when its **response**
 * states it; the recommendation's own text does not count. Word forms count ("commissioned",
 * "policies", "operationally", "unaffordable") and case does not; "commissioner" (a person, such as
 * the Victims Commissioner) does not. Each category comes with the words that state it, so a
 * reviewer can see why it was found.
 *
 * @param recommendation - The recommendation.
 * @returns The categories found, in the order commissioning, policy, operational, affordability.
 *
 * @example
 * ```ts
 * import { findReasons } from 'action-plan-kit';
 * const found = findReasons({
 *   ref: '3',
 *   text: 'Publish quarterly data.',
 *   agreement: { category: 'partly-agreed' },
 *   response: [{ type: 'paragraph', text: 'Publishing quarterly is not affordable within current budgets.' }],
 *   actions: [],
 * });
 * found.map((r) => [r.category, r.evidence.map((e) => e.text)]) //=> [['affordability', ['affordable']]]
 * found[0].evidence[0].path //=> ['response', 0]
 * ```
 */
export function findReasons(recommendation: Recommendation): FoundReason[] {
  const declared = new Set(recommendation.reasons ?? []);
  const found: FoundReason[] = [];
  for (const [category, pattern] of WORDS) {
    const evidence: Evidence[] = [];
    for (const [text, path] of texts(recommendation)) {
      for (const match of text.matchAll(pattern)) evidence.push({ text: match[0], path });
    }
    if (evidence.length > 0 || declared.has(category)) {
      found.push({ category, declared: declared.has(category), evidence });
    }
  }
  return found;
}
