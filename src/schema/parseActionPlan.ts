import { describeError } from '../_lib/describeError.js';
import type { ActionPlan } from '../model/ActionPlan.js';
import type { ParseResult } from '../model/Issue.js';
import { schemaIssue, type SchemaIssue } from './issues.js';
import { ActionPlanSchema } from './ActionPlanSchema.js';
import { fromZodIssues } from './_internal/fromZodIssues.js';

/**
 * Reads untrusted data as an {@link ActionPlan} in the canonical `action-plan/1` format.
 * @category Validation
 *
 * @remarks
 * Never throws, whatever it is given — wrong shapes, impossible dates, unknown fields, even
 * objects whose getters throw: every problem becomes an {@link Issue} of severity `error` whose
 * `path` points at the field. Unknown fields are refused, not dropped, so nothing is lost
 * silently. On success `value` is a fresh copy that shares nothing with the input.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value, issues: [] }`, or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import { parseActionPlan } from 'action-plan-kit';
 * const result = parseActionPlan({
 *   format: 'action-plan/1',
 *   title: 'Serious Further Offence Annual Report 2024-2025',
 *   submitted: '2026-02-30',
 *   recommendations: [],
 * });
 * result.ok //=> false
 * result.issues[0].code //=> 'schema.invalid_format'
 * result.issues[0].path //=> ['submitted']
 * ```
 */
export function parseActionPlan(input: unknown): ParseResult<ActionPlan, SchemaIssue> {
  let result: ReturnType<typeof ActionPlanSchema.safeParse>;
  try {
    result = ActionPlanSchema.safeParse(input, { reportInput: true });
  } catch (error) {
    return { ok: false, issues: [schemaIssue('schema.unreadable', [], { detail: describeError(error) })] };
  }
  if (result.success) return { ok: true, value: result.data, issues: [] };
  return { ok: false, issues: fromZodIssues(result.error.issues) };
}
