import * as z from 'zod';
import type { IsoDate } from '../model/IsoDate.js';

/**
 * Validates an {@link IsoDate}: a real calendar date written `YYYY-MM-DD`.
 * @category Validation
 *
 * @remarks
 * Impossible dates such as `2026-02-30` or `2025-02-29` are rejected. The brand is a type only;
 * nothing is transformed, so the schema converts to JSON Schema (`format: "date"`).
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'action-plan-kit';
 * IsoDateSchema.safeParse('2026-02-09').success //=> true
 * IsoDateSchema.safeParse('2026-02-30').success //=> false
 * ```
 */
export const IsoDateSchema: z.ZodType<IsoDate, string> = /* @__PURE__ */ z.iso.date() as never;
