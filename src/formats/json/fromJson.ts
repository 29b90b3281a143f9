import type { ActionPlan } from '../../model/ActionPlan.js';
import { lineIndex, type LineIndex } from '../../_lib/lineIndex.js';
import type { IssuePath, ReadResult, SourceLocation } from '../../model/Issue.js';
import { parseActionPlan } from '../../schema/parseActionPlan.js';
import { isActionPlan } from '../../schema/isActionPlan.js';
import type { SchemaIssue } from '../../schema/issues.js';
import { jsonIssue, type JsonIssue } from './issues.js';
import { locateSyntaxError, mapJsonPaths, pathKey, type JsonPathMap } from './_internal/locateSyntaxError.js';

/**
 * Reads an action plan from canonical JSON text (`action-plan/1`).
 * @category Formats
 *
 * @remarks
 * Never throws on bad input. Text that is not JSON gives one `json.syntax_error` issue with the
 * line and column of the first character that could not be read; JSON that is not a valid plan
 * gives the issues of {@link parseActionPlan}. A leading byte order mark is ignored. Keys such as
 * `__proto__` or `constructor` are reported as unknown fields and can pollute nothing. Offsets,
 * lines and columns count UTF-16 code units of the text as given. A valid plan is checked without
 * being copied: the value is the freshly parsed data, which nothing else holds.
 *
 * Every issue carries its `location` in the text: the syntax error's line and column, and for an
 * invalid value the span of that value (for a missing field, of the object that lacks it). The
 * result's `locate(path)` gives the same for any path of the plan, so the findings of
 * {@link checkActionPlan} on the plan can point at the text too.
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
 *
 * const invalid = fromJson('{\n  "format": "action-plan/1",\n  "title": "Plan",\n  "submitted": "2026-02-30",\n  "recommendations": []\n}');
 * invalid.issues[0].code //=> 'schema.invalid_format'
 * invalid.issues[0].location //=> { line: 4, column: 16, endLine: 4, endColumn: 28 }
 * invalid.locate(['title']) //=> { line: 3, column: 12, endLine: 3, endColumn: 18 }
 * ```
 */
export function fromJson(text: string): ReadResult<ActionPlan, JsonIssue | SchemaIssue> {
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
    const issue = jsonIssue(
      'json.syntax_error',
      [],
      { ...location, offset: location.offset + bom },
      { line: location.line, column: location.column },
    );
    return { ok: false, issues: [issue], locate: () => undefined };
  }
  const locate = locator(source);
  // A freshly parsed plan belongs to no one else: when it is valid, it is the value, uncopied.
  // Only an invalid one goes through the schema, to say exactly what is wrong, and where.
  if (isActionPlan(data)) return { ok: true, value: data as ActionPlan, issues: [], locate };
  const result = parseActionPlan(data);
  const issues = result.issues.map((issue): SchemaIssue => {
    const location = locate(issue.path);
    return location === undefined ? issue : { ...issue, location };
  });
  return result.ok ? { ...result, issues, locate } : { ok: false, issues, locate };
}

/**
 * Finds where a path stands in a JSON text: the value at the path, or, for a field that is
 * missing, the object that lacks it. The text is mapped on the first call only.
 */
function locator(source: string): (path: IssuePath) => SourceLocation | undefined {
  let paths: JsonPathMap | undefined;
  let lines: LineIndex | undefined;
  return (path) => {
    paths ??= mapJsonPaths(source);
    lines ??= lineIndex(source);
    for (let length = path.length; length >= 0; length -= 1) {
      const span = paths.get(pathKey(length === path.length ? path : path.slice(0, length)));
      if (span !== undefined) return lines.span(span[0], span[1]);
    }
    return undefined;
  };
}
