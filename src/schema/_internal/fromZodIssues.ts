import type * as z from 'zod';
import type { IssuePath, ValueKind } from '../../model/Issue.js';
import { schemaIssue, type SchemaIssue } from '../issues.js';
import { NON_BLANK } from './nonBlank.js';

/** The values each discriminated union of the format accepts, by the field that holds it. A Map: no inherited keys. */
const unionOptions: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ new Map([
  ['target', ['day', 'month', 'period', 'status', 'unknown']],
  ['revisedTarget', ['day', 'month', 'period', 'status', 'unknown']],
  ['response', ['paragraph', 'list']],
  ['assessments', ['achievement', 'progress']],
]);

const MAX_SHOWN = 60;

/**
 * Names the kind of a value the way issues report it.
 *
 * @param value - Any value.
 * @returns Its kind.
 */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value as ValueKind;
}

/**
 * Shows a received value briefly: strings quoted and cut to a readable length, numbers as
 * written, anything else by its kind.
 *
 * @param value - Any value.
 * @returns A short description.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return kindOf(value);
}

function toPath(path: readonly PropertyKey[]): IssuePath {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function lastKey(path: IssuePath): string | undefined {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const key = path[i];
    if (typeof key === 'string') return key;
  }
  return undefined;
}

function fromZodIssue(issue: z.core.$ZodIssue): SchemaIssue {
  const path = toPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'integer' : issue.expected;
      const key = path[path.length - 1];
      if (issue.input === undefined && typeof key === 'string') {
        return schemaIssue('schema.missing_key', path, { key, expected });
      }
      return schemaIssue('schema.invalid_type', path, { expected, received: kindOf(issue.input) });
    }
    case 'invalid_value': {
      const key = path[path.length - 1];
      if (issue.input === undefined && typeof key === 'string') {
        return schemaIssue('schema.missing_key', path, { key, expected: issue.values.map(String).join(' | ') });
      }
      return schemaIssue('schema.invalid_value', path, {
        expected: issue.values.map(String),
        received: showValue(issue.input),
      });
    }
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern === String(NON_BLANK)) {
        return schemaIssue('schema.empty_text', path, { key: lastKey(path) ?? '' });
      }
      return schemaIssue('schema.invalid_format', path, {
        format: issue.format === 'date' ? 'iso-date' : 'year-month',
        received: showValue(issue.input),
      });
    case 'too_small':
      return schemaIssue('schema.too_small', path, {
        minimum: Number(issue.minimum),
        received: Number(issue.input),
      });
    case 'too_big':
      return schemaIssue('schema.too_big', path, {
        maximum: Number(issue.maximum),
        received: Number(issue.input),
      });
    case 'invalid_union': {
      // zod points a discriminated union's issue at the discriminator itself.
      const discriminator = issue.discriminator ?? 'type';
      const at = path[path.length - 1] === discriminator ? path : [...path, discriminator];
      const input: unknown = issue.input;
      const received =
        typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[discriminator] : undefined;
      const expected = unionOptions.get(lastKey(at.slice(0, -1)) ?? '') ?? [];
      if (received === undefined) {
        return schemaIssue('schema.missing_key', at, { key: discriminator, expected: expected.join(' | ') });
      }
      return schemaIssue('schema.invalid_value', at, {
        expected,
        received: showValue(received),
      });
    }
    case 'custom': {
      const input = issue.input as { start?: unknown; end?: unknown } | undefined;
      return schemaIssue('schema.invalid_period', path, {
        start: String(input?.start),
        end: String(input?.end),
      });
    }
    default:
      // Codes the format's schemas cannot raise (not_multiple_of, invalid_key, invalid_element)
      // are still reported, never dropped.
      return schemaIssue('schema.unreadable', path, { detail: issue.message });
  }
}

/**
 * Maps zod's issues into the library's issue shape, one issue per unknown key.
 *
 * @param issues - zod's issues, read with `reportInput: true`.
 * @returns The library's issues, in zod's order.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const path = toPath(issue.path);
      for (const key of issue.keys) out.push(schemaIssue('schema.unknown_key', [...path, key], { key }));
    } else {
      out.push(fromZodIssue(issue));
    }
  }
  return out;
}
