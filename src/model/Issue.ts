/**
 * How serious an issue is: an `error` must be fixed, a `warning` should be looked at, an `info`
 * is for the record.
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Where an issue is: the keys and array indices that lead from the plan (or from the document
 * read) to the value concerned, such as `['recommendations', 6, 'actions', 0, 'target']`.
 *
 * @remarks An empty path points at the whole input.
 */
export type IssuePath = readonly (string | number)[];

/**
 * The kinds of JavaScript value the validators name when a value has the wrong type.
 */
export type ValueKind =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'object'
  | 'array'
  | 'null'
  | 'undefined'
  | 'bigint'
  | 'symbol'
  | 'function'
  | 'date'
  | 'nan';

/**
 * The typed `params` of each issue code. The keys of this interface are the issue codes.
 *
 * @remarks Issue codes and their params are API: they change only with a changeset.
 */
export interface IssueParamsByCode {
  /** The text is not well-formed JSON. */
  readonly 'json.syntax_error': {
    /** The 1-based line of the first character that could not be read. */
    readonly line: number;
    /** The 1-based column (in UTF-16 code units) of that character. */
    readonly column: number;
    /** The 0-based offset of that character in the text. */
    readonly offset: number;
    /** What was found there, or `end of input`. */
    readonly found: string;
    /** What the reader expected there instead. */
    readonly expected: string;
  };
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
 * The stable code of an issue, such as `schema.invalid_format`. Codes are API.
 */
export type IssueCode = keyof IssueParamsByCode;

/**
 * An issue with the typed params of its code.
 *
 * @typeParam C - The issue's code.
 */
export interface IssueOf<C extends IssueCode> {
  /** The stable code that says what is wrong. */
  readonly code: C;
  /** How serious it is. */
  readonly severity: Severity;
  /** Where it is, as keys and indices into the input. */
  readonly path: IssuePath;
  /** A sentence for people, built from `params`; do not parse it, read `code` and `params`. */
  readonly message: string;
  /** The facts behind the message, typed per code. */
  readonly params: IssueParamsByCode[C];
}

/**
 * A problem found in an input or a plan, as data.
 *
 * @remarks
 * Every part of the library reports problems in this one shape: a union discriminated on `code`,
 * so `if (issue.code === 'schema.invalid_format') issue.params.format` is typed. Messages are
 * for people; programs should read `code`, `path` and `params`.
 */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/**
 * The result of reading untrusted input: either the value, or the issues that stopped it.
 *
 * @remarks Readers return this instead of throwing. On success `issues` holds anything worth
 * knowing that did not stop the read (empty when there is nothing).
 *
 * @typeParam T - The value read.
 */
export type ParseResult<T> =
  | {
      /** The input was read. */
      readonly ok: true;
      /** The value read. */
      readonly value: T;
      /** Findings that did not stop the read. */
      readonly issues: readonly Issue[];
    }
  | {
      /** The input could not be read. */
      readonly ok: false;
      /** Why not: at least one issue of severity `error`. */
      readonly issues: readonly Issue[];
    };
