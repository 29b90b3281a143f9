import * as z from 'zod';
import type { Block } from '../model/Block.js';

/**
 * Validates a {@link Block} of a response: a paragraph or a list.
 * @category Validation
 *
 * @example
 * ```ts
 * import { BlockSchema } from 'action-plan-kit';
 * BlockSchema.safeParse({ type: 'list', items: ['Consult', 'Publish a guide'] }).success //=> true
 * BlockSchema.safeParse({ type: 'table', rows: [] }).success //=> false
 * ```
 */
export const BlockSchema: z.ZodType<Block> = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text: z.string() }),
  z.strictObject({ type: z.literal('list'), items: z.array(z.string()) }),
]);
