import * as z from 'zod';
import type { Action } from '../model/Action.js';
import { ProgressUpdateSchema } from './ProgressUpdateSchema.js';
import { TargetDateSchema } from './TargetDateSchema.js';

/**
 * Validates an {@link Action}.
 * @category Validation
 *
 * @remarks An empty owner or an unknown target is valid data: the rule checks report them, so a
 * plan with gaps can still be loaded and reviewed.
 *
 * @example
 * ```ts
 * import { ActionSchema } from 'action-plan-kit';
 * ActionSchema.safeParse({
 *   owner: 'Chief Probation Officer',
 *   target: { type: 'status', raw: 'Commenced and ongoing', status: 'ongoing' },
 * }).success //=> true
 * ```
 */
export const ActionSchema: z.ZodType<Action> = /* @__PURE__ */ z.strictObject({
  description: z.string().optional(),
  owner: z.string(),
  target: TargetDateSchema,
  updates: z.array(ProgressUpdateSchema).optional(),
});
