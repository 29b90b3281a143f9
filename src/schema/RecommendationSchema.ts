import * as z from 'zod';
import { AGREEMENT_CATEGORIES, REASON_CATEGORIES, RECOMMENDATION_KINDS } from '../model/vocabulary.js';
import type { Recommendation } from '../model/Recommendation.js';
import { ActionSchema } from './ActionSchema.js';
import { AssessmentSchema } from './AssessmentSchema.js';
import { BlockSchema } from './BlockSchema.js';

/**
 * Validates a {@link Recommendation} and the answer to it.
 * @category Validation
 *
 * @remarks An empty response or a missing action is valid data here: whether the answer meets the
 * template's rules is for the rule checks to say.
 *
 * @example
 * ```ts
 * import { RecommendationSchema } from 'action-plan-kit';
 * RecommendationSchema.safeParse({
 *   ref: '5',
 *   text: 'Gather evidence that action plans are always being implemented.',
 *   agreement: { category: 'agreed', label: 'Agreed' },
 *   response: [],
 *   actions: [],
 * }).success //=> true
 * ```
 */
export const RecommendationSchema: z.ZodType<Recommendation> = /* @__PURE__ */ z.strictObject({
  ref: z.string(),
  kind: z.enum(RECOMMENDATION_KINDS).optional(),
  section: z.string().optional(),
  addressee: z.string().optional(),
  text: z.string(),
  agreement: z.strictObject({
    category: z.enum(AGREEMENT_CATEGORIES).optional(),
    label: z.string().optional(),
  }),
  reasons: z.array(z.enum(REASON_CATEGORIES)).optional(),
  response: z.array(BlockSchema),
  actions: z.array(ActionSchema),
  assessments: z.array(AssessmentSchema).optional(),
});
