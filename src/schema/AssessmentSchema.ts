import * as z from 'zod';
import { ACHIEVEMENT_JUDGEMENTS, PROGRESS_JUDGEMENTS } from '../model/vocabulary.js';
import type { Assessment } from '../model/Assessment.js';
import { IsoDateSchema } from './IsoDateSchema.js';

/** The fields both scales share (a function, so that nothing is built unless the schema is). */
const shared = () => ({
  on: IsoDateSchema,
  by: z.string().optional(),
  note: z.string().optional(),
});

/**
 * Validates an {@link Assessment}: a judgement on the re-inspection scale or on the Independent
 * Review of Progress scale, never a mix of the two.
 * @category Validation
 *
 * @example
 * ```ts
 * import { AssessmentSchema } from 'action-plan-kit';
 * AssessmentSchema.safeParse({ on: '2027-06-01', scale: 'achievement', judgement: 'achieved' }).success //=> true
 * AssessmentSchema.safeParse({ on: '2027-06-01', scale: 'achievement', judgement: 'good' }).success //=> false
 * ```
 */
export const AssessmentSchema: z.ZodType<Assessment> = /* @__PURE__ */ z.discriminatedUnion('scale', [
  z.strictObject({
    ...shared(),
    scale: z.literal('achievement'),
    judgement: z.enum(ACHIEVEMENT_JUDGEMENTS),
  }),
  z.strictObject({
    ...shared(),
    scale: z.literal('progress'),
    judgement: z.enum(PROGRESS_JUDGEMENTS),
  }),
]);
