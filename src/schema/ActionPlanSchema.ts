import * as z from 'zod';
import type { ActionPlan } from '../model/ActionPlan.js';
import { IsoDateSchema } from './IsoDateSchema.js';
import { NON_BLANK } from './_internal/nonBlank.js';
import { RecommendationSchema } from './RecommendationSchema.js';
import { TallySchema } from './TallySchema.js';

/**
 * Validates an {@link ActionPlan} in the canonical `action-plan/1` format.
 * @category Validation
 *
 * @remarks
 * Objects are strict: a field the format does not define is refused rather than silently dropped.
 * A plan always has a title: an empty or whitespace-only `title` is refused.
 * Use {@link parseActionPlan} for untrusted input; it maps zod's issues into the library's
 * {@link Issue} shape and never throws. This schema is the source of the shipped JSON Schema,
 * `action-plan-kit/action-plan.schema.json`.
 *
 * @example
 * ```ts
 * import { ActionPlanSchema } from 'action-plan-kit';
 * ActionPlanSchema.safeParse({ format: 'action-plan/1', title: 'Plan', recommendations: [] }).success //=> true
 * ActionPlanSchema.safeParse({ format: 'action-plan/2', title: 'Plan', recommendations: [] }).success //=> false
 * ActionPlanSchema.safeParse({ format: 'action-plan/1', title: '  ', recommendations: [] }).success //=> false
 * ```
 */
export const ActionPlanSchema: z.ZodType<ActionPlan> = /* @__PURE__ */ z.strictObject({
  format: z.literal('action-plan/1'),
  title: z.string().regex(NON_BLANK),
  respondent: z.string().optional(),
  inspectorate: z.string().optional(),
  reportTitle: z.string().optional(),
  reportPublished: IsoDateSchema.optional(),
  submitted: IsoDateSchema.optional(),
  recommendations: z.array(RecommendationSchema),
  statedTally: TallySchema.optional(),
});
