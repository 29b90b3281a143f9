import { defineIssues, type IssueFactory } from '../_lib/defineIssues.js';
import type { IssueUnion, ValueKind } from '../model/Issue.js';

/**
 * The params of each issue code that validation reports (`schema.*`). The keys of this interface are the codes.
 * @category Validation
 *
 * @remarks Issue codes and their params are API: they change only with a changeset.
 */
export interface SchemaIssueParams {
  /** A required field is missing. */
  readonly 'schema.missing_key': {
    /** The missing field's name. */
    readonly key: string;
    /** The kind of value the field takes. */
    readonly expected: string;
  };
  /** A field the format does not define; it would be lost, so it is refused. */
  readonly 'schema.unknown_key': {
    /** The unknown field's name. */
    readonly key: string;
  };
  /** A value of the wrong type. */
  readonly 'schema.invalid_type': {
    /** The kind of value expected. */
    readonly expected: string;
    /** The kind of value found. */
    readonly received: ValueKind;
  };
  /** A value outside the allowed set, such as an unknown agreement category. */
  readonly 'schema.invalid_value': {
    /** The allowed values. */
    readonly expected: readonly string[];
    /** The value found, shortened if long. */
    readonly received: string;
  };
  /** A string that is not a real calendar date or month, such as `2026-02-30` or `2026-13`. */
  readonly 'schema.invalid_format': {
    /** The format expected: `iso-date` (`YYYY-MM-DD`) or `year-month` (`YYYY-MM`). */
    readonly format: 'iso-date' | 'year-month';
    /** The value found, shortened if long. */
    readonly received: string;
  };
  /** A text that must hold something is empty or only white space, such as a plan's `title`. */
  readonly 'schema.empty_text': {
    /** The field's name. */
    readonly key: string;
  };
  /** A period whose start is after its end. */
  readonly 'schema.invalid_period': {
    /** The period's first day as given. */
    readonly start: string;
    /** The period's last day as given. */
    readonly end: string;
  };
  /** A number below its minimum, such as a negative count in a tally. */
  readonly 'schema.too_small': {
    /** The smallest value allowed. */
    readonly minimum: number;
    /** The value found. */
    readonly received: number;
  };
  /** A number above its maximum. */
  readonly 'schema.too_big': {
    /** The largest value allowed. */
    readonly maximum: number;
    /** The value found. */
    readonly received: number;
  };
  /** The input could not be read at all: reading it threw. */
  readonly 'schema.unreadable': {
    /** What went wrong while reading. */
    readonly detail: string;
  };
}

/**
 * An issue that validation reports (`schema.*`).
 * @category Validation
 */
export type SchemaIssue = IssueUnion<SchemaIssueParams>;

const list = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');

/** Builds an issue that validation reports (`schema.*`), with the severity and message its code declares here. */
export const schemaIssue: IssueFactory<SchemaIssueParams> = defineIssues<SchemaIssueParams>({
  'schema.missing_key': {
    severity: 'error',
    message: (p) => `The required field "${p.key}" is missing (expected ${p.expected}).`,
  },
  'schema.unknown_key': {
    severity: 'error',
    message: (p) => `The field "${p.key}" is not part of the action-plan/1 format and would be lost.`,
  },
  'schema.invalid_type': {
    severity: 'error',
    message: (p) => `Expected ${p.expected}, received ${p.received}.`,
  },
  'schema.invalid_value': {
    severity: 'error',
    message: (p) => `Expected one of ${list(p.expected)}, received ${p.received}.`,
  },
  'schema.invalid_format': {
    severity: 'error',
    message: (p) =>
      p.format === 'iso-date'
        ? `Expected a real calendar date written YYYY-MM-DD, received ${p.received}.`
        : `Expected a real calendar month written YYYY-MM, received ${p.received}.`,
  },
  'schema.empty_text': {
    severity: 'error',
    message: (p) => `The field "${p.key}" is empty or only white space; it must hold some text.`,
  },
  'schema.invalid_period': {
    severity: 'error',
    message: (p) => `The period starts (${p.start}) after it ends (${p.end}).`,
  },
  'schema.too_small': {
    severity: 'error',
    message: (p) => `Expected at least ${p.minimum}, received ${p.received}.`,
  },
  'schema.too_big': {
    severity: 'error',
    message: (p) => `Expected at most ${p.maximum}, received ${p.received}.`,
  },
  'schema.unreadable': {
    severity: 'error',
    message: (p) => `The input could not be read: ${p.detail}.`,
  },
});
