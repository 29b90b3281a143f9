import * as z from 'zod';
import { PROGRESS_STATUSES } from '../model/vocabulary.js';
import type { ProgressUpdate } from '../model/ProgressUpdate.js';
import { IsoDateSchema } from './IsoDateSchema.js';
import { TargetDateSchema } from './TargetDateSchema.js';

/**
 * Validates a {@link ProgressUpdate} on an action.
 * @category Validation
 *
 * @example
 * ```ts
 * import { ProgressUpdateSchema } from 'action-plan-kit';
 * ProgressUpdateSchema.safeParse({ on: '2026-05-01', status: 'in-progress' }).success //=> true
 * ProgressUpdateSchema.safeParse({ on: '2026-05-01', status: 'late' }).success //=> false
 * ```
 */
export const ProgressUpdateSchema: z.ZodType<ProgressUpdate> = /* @__PURE__ */ z.strictObject({
  on: IsoDateSchema,
  status: z.enum(PROGRESS_STATUSES),
  note: z.string().optional(),
  revisedTarget: TargetDateSchema.optional(),
  reason: z.string().optional(),
});
