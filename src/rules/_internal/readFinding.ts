import type { Mutable } from '../../_lib/text.js';
import type { Evidence, IssuePath, Severity } from '../../model/Issue.js';
import type { CustomIssue } from '../../model/Rule.js';

// A rule of a caller yields findings the engine cannot trust: each is checked here before it
// becomes an issue, so that no malformed issue ever leaves the check. What is wrong is said in a
// few words, for the `check.rule_failed` issue that names the rule.

/** The fields a finding may have. */
const FINDING_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['path', 'params', 'evidence']);
/** The fields a piece of evidence may have. */
const EVIDENCE_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['text', 'path']);
const SEVERITIES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['error', 'warning', 'info']);

/** Whether a value is a plain object: not null, not an array, not a function. */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a short description names it, for a message: never its content. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'undefined' ? 'nothing' : type === 'object' ? 'an object' : `a ${type}`;
}

/** A copy of a path, or what is wrong with it: keys (strings) and indices (whole numbers, 0 or more). */
function readPath(value: unknown, what: string): IssuePath | string {
  if (!Array.isArray(value)) return `${what} is ${kindOf(value)}, not an array of keys and indices`;
  const path: (string | number)[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const key: unknown = value[i];
    if (typeof key !== 'string' && !(typeof key === 'number' && Number.isSafeInteger(key) && key >= 0)) {
      return `item ${i} of ${what} is ${typeof key === 'number' ? `the number ${String(key)}` : kindOf(key)}, not a key (a string) or an index (a whole number, 0 or more)`;
    }
    path.push(key);
  }
  return path;
}

/** The first field of an object that is not among those allowed, if any. */
function unknownField(value: Record<string, unknown>, allowed: ReadonlySet<string>): string | undefined {
  for (const key of Object.keys(value)) if (!allowed.has(key)) return key;
  return undefined;
}

/** A copy of a finding's evidence, or what is wrong with it. */
function readEvidence(value: unknown, what: string): Evidence[] | string {
  if (!Array.isArray(value)) return `its evidence is ${kindOf(value)}, not an array`;
  const evidence: Evidence[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const item: unknown = value[i];
    const name = `evidence ${i} of ${what}`;
    if (!isObject(item)) return `${name} is ${kindOf(item)}, not an object with text and path`;
    const extra = unknownField(item, EVIDENCE_FIELDS);
    if (extra !== undefined) return `${name} has the unknown field ${JSON.stringify(extra)}`;
    if (typeof item['text'] !== 'string') return `the text of ${name} is ${kindOf(item['text'])}, not a string`;
    const path = readPath(item['path'], `the path of ${name}`);
    if (typeof path === 'string') return path;
    evidence.push({ text: item['text'], path });
  }
  return evidence;
}

/**
 * Makes the issue of one finding of a rule: checked field by field, so that what leaves the check
 * is always a well-formed issue. Returns what is wrong instead, in a few words, when the finding is
 * malformed: not an object, a path that is not keys and indices, params that are not an object,
 * evidence that is not text and a path, an unknown field, a message that is not text, a severity
 * that is none of the three.
 *
 * @param n - The finding's position among the rule's findings, from 0, to name it.
 */
export function readFinding(
  rule: { readonly code: string; message(params: never): unknown },
  severity: unknown,
  finding: unknown,
  n: number,
): CustomIssue | string {
  const what = `finding ${n + 1}`;
  if (!SEVERITIES.has(severity)) return `its severity is not "error", "warning" or "info"`;
  if (!isObject(finding)) return `${what} is ${kindOf(finding)}, not an object with path and params`;
  const extra = unknownField(finding, FINDING_FIELDS);
  if (extra !== undefined) return `${what} has the unknown field ${JSON.stringify(extra)}`;
  const path = readPath(finding['path'], `the path of ${what}`);
  if (typeof path === 'string') return path;
  const params = finding['params'];
  if (!isObject(params)) return `the params of ${what} are ${kindOf(params)}, not an object`;
  let evidence: Evidence[] | undefined;
  if (finding['evidence'] !== undefined) {
    const read = readEvidence(finding['evidence'], what);
    if (typeof read === 'string') return read;
    evidence = read;
  }
  const text = rule.message(params as never);
  if (typeof text !== 'string') return `its message for ${what} is ${kindOf(text)}, not a string`;
  const issue: Mutable<CustomIssue> = { code: rule.code, severity: severity as Severity, path, message: text, params };
  if (evidence !== undefined) issue.evidence = evidence;
  return issue;
}
