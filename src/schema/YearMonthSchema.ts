import * as z from 'zod';
import type { YearMonth } from '../model/IsoDate.js';

/**
 * Validates a {@link YearMonth}: a calendar month written `YYYY-MM`, month 01 to 12.
 * @category Validation
 *
 * @example
 * ```ts
 * import { YearMonthSchema } from 'action-plan-kit';
 * YearMonthSchema.safeParse('2026-03').success //=> true
 * YearMonthSchema.safeParse('2026-13').success //=> false
 * ```
 */
export const YearMonthSchema: z.ZodType<YearMonth, string> = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/) as never;
