import * as z from 'zod';
import type { Tally } from '../model/Tally.js';

const count = /* @__PURE__ */ z.int().min(0);

/**
 * Validates a {@link Tally}: four whole, non-negative counts.
 * @category Validation
 *
 * @remarks Whether the counts add up, or match the rows, is for the rule checks to say.
 *
 * @example
 * ```ts
 * import { TallySchema } from 'action-plan-kit';
 * TallySchema.safeParse({ agreed: 6, partlyAgreed: 1, notAgreed: 0, total: 7 }).success //=> true
 * TallySchema.safeParse({ agreed: -1, partlyAgreed: 1, notAgreed: 0, total: 7 }).success //=> false
 * ```
 */
export const TallySchema: z.ZodType<Tally> = /* @__PURE__ */ z.strictObject({
  agreed: count,
  partlyAgreed: count,
  notAgreed: count,
  total: count,
});
