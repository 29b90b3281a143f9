import type { ActionPlan } from '../../model/ActionPlan.js';
import type { ParseResult } from '../../model/Issue.js';
import { parseActionPlan } from '../../schema/parseActionPlan.js';
import { isActionPlan } from '../../schema/isActionPlan.js';
import type { SchemaIssue } from '../../schema/issues.js';
import { jsonIssue, type JsonIssue } from './issues.js';
import { locateSyntaxError } from './_internal/locateSyntaxError.js';

/**
 * Reads an action plan from canonical JSON text (`action-plan/1`).
 *
 * @remarks
 * Never throws on bad input. Text that is not JSON gives one `json.syntax_error` issue with the
 * line and column of the first character that could not be read; JSON that is not a valid plan
 * gives the issues of {@link parseActionPlan}. A leading byte order mark is ignored. Keys such as
 * `__proto__` or `constructor` are reported as unknown fields and can pollute nothing. Offsets,
 * lines and columns count UTF-16 code units of the text as given. A valid plan is checked without
 * being copied: the value is the freshly parsed data, which nothing else holds.
 *
 * @param text - The JSON text.
 * @returns The plan, or the issues that stopped it.
 * @throws {TypeError} When `text` is not a string (misuse of the API, not bad input).
 *
 * @example
 * ```ts
 * import { fromJson } from 'action-plan-kit';
 * const result = fromJson('{\n  "format": "action-plan/1",\n  "title": "Plan",\n}');
 * result.ok //=> false
 * result.issues[0].code //=> 'json.syntax_error'
 * result.issues[0].params //=> { line: 4, column: 1, offset: 50, found: '"}"', expected: 'a property name in double quotes' }
 * ```
 */
export function fromJson(text: string): ParseResult<ActionPlan, JsonIssue | SchemaIssue> {
  if (typeof text !== 'string') {
    throw new TypeError(`fromJson expects the JSON text as a string, received ${typeof text}`);
  }
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = bom === 1 ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    const location = locateSyntaxError(source) ?? {
      offset: 0,
      line: 1,
      column: 1,
      found: 'text the JSON reader refused',
      expected: 'JSON',
    };
    return {
      ok: false,
      issues: [
        jsonIssue(
          'json.syntax_error',
          [],
          { ...location, offset: location.offset + bom },
          { line: location.line, column: location.column },
        ),
      ],
    };
  }
  // A freshly parsed plan belongs to no one else: when it is valid, it is the value, uncopied.
  // Only an invalid one goes through the schema, to say exactly what is wrong.
  if (isActionPlan(data)) return { ok: true, value: data as ActionPlan, issues: [] };
  return parseActionPlan(data);
}
