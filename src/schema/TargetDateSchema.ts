import * as z from 'zod';
import { PERIOD_UNITS, TARGET_STATUSES } from '../model/vocabulary.js';
import type { TargetDate } from '../model/TargetDate.js';
import { IsoDateSchema } from './IsoDateSchema.js';
import { YearMonthSchema } from './YearMonthSchema.js';

/**
 * Validates a {@link TargetDate}: one of its five variants, each with its `raw` text.
 * @category Validation
 *
 * @remarks A period must not end before it starts.
 *
 * @example
 * ```ts
 * import { TargetDateSchema } from 'action-plan-kit';
 * TargetDateSchema.safeParse({ type: 'month', raw: 'March 2026', month: '2026-03' }).success //=> true
 * TargetDateSchema.safeParse({ type: 'month', raw: 'March 2026' }).success //=> false
 * ```
 */
export const TargetDateSchema: z.ZodType<TargetDate> = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('day'), raw: z.string(), date: IsoDateSchema }),
  z.strictObject({ type: z.literal('month'), raw: z.string(), month: YearMonthSchema }),
  z
    .strictObject({
      type: z.literal('period'),
      raw: z.string(),
      unit: z.enum(PERIOD_UNITS),
      start: IsoDateSchema,
      end: IsoDateSchema,
    })
    .refine((period) => period.start <= period.end, {
      path: ['end'],
      params: { kind: 'invalid_period' },
    }),
  z.strictObject({
    type: z.literal('status'),
    raw: z.string(),
    status: z.enum(TARGET_STATUSES),
  }),
  z.strictObject({ type: z.literal('unknown'), raw: z.string() }),
]);
