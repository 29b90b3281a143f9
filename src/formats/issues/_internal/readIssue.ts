import type { Evidence, IssuePath, Severity, SourceLocation } from '../../../model/Issue.js';

// The formatters write whatever they are given: the issues of a check or a reader, and also
// anything shaped roughly like an issue (a value built by hand, read back from JSON, or from a
// rule of a caller). Each is read here into a well-formed view, so that no field of it can make a
// formatter throw: a missing or odd field is shown as plainly as it can be, never trusted.

/** An issue as the formatters show it: every field present and of its type. */
export interface ShownIssue {
  readonly code: string;
  readonly severity: Severity;
  readonly path: IssuePath;
  readonly message: string;
  readonly evidence: readonly Evidence[];
  readonly location: SourceLocation | undefined;
}

const SEVERITIES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['error', 'warning', 'info']);

/** Reads a field of a value that may be anything, never throwing on a missing object. */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** Text shown for a value that should be text: itself, a number or the like as written, or the fallback. */
function textOf(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return fallback;
}

/** A path as keys and indices: an array keeps its keys and indices, one text is one key, anything else none. */
function pathOf(value: unknown): IssuePath {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  const path: (string | number)[] = [];
  for (const key of value as unknown[]) {
    path.push(typeof key === 'number' && Number.isSafeInteger(key) && key >= 0 ? key : textOf(key, '?'));
  }
  return path;
}

/** A whole number, 1 or more, or nothing. */
const counting = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 ? value : undefined;

/** A location with a line, keeping the other fields that are whole numbers, or none. */
export function locationOf(value: unknown): SourceLocation | undefined {
  const line = counting(field(value, 'line'));
  if (line === undefined) return undefined;
  const location: { -readonly [K in keyof SourceLocation]: SourceLocation[K] } = { line };
  for (const key of ['column', 'endLine', 'endColumn', 'page'] as const) {
    const n = counting(field(value, key));
    if (n !== undefined) location[key] = n;
  }
  return location;
}

/**
 * Reads anything shaped roughly like an issue. A code or message that is not text is shown as
 * `(no code)` or `(no message)`; a severity that is none of the three counts as an `error`, so that
 * nothing of unknown weight passes unnoticed; a path given as one text is one key.
 */
export function readIssue(value: unknown): ShownIssue {
  const severity = field(value, 'severity');
  const given = field(value, 'evidence');
  const evidence: Evidence[] = [];
  if (Array.isArray(given)) {
    for (const item of given as unknown[]) {
      const text = field(item, 'text');
      if (typeof text === 'string') evidence.push({ text, path: pathOf(field(item, 'path')) });
    }
  }
  return {
    code: textOf(field(value, 'code'), '(no code)'),
    severity: SEVERITIES.has(severity) ? (severity as Severity) : 'error',
    path: pathOf(field(value, 'path')),
    message: textOf(field(value, 'message'), '(no message)'),
    evidence,
    location: locationOf(field(value, 'location')),
  };
}
