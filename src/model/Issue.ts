/**
 * How serious an issue is: an `error` must be fixed, a `warning` should be looked at, an `info`
 * is for the record.
 * @category Issues
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Where an issue is: the keys and array indices that lead from the plan (or from the document
 * read) to the value concerned, such as `['recommendations', 6, 'actions', 0, 'target']`.
 * @category Issues
 *
 * @remarks An empty path points at the whole input.
 */
export type IssuePath = readonly (string | number)[];

/**
 * The kinds of JavaScript value the validators name when a value has the wrong type.
 * @category Validation
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
 * Words a rule matched in the plan's text, and where they stand.
 * @category Issues
 */
export interface Evidence {
  /** The words as written. */
  readonly text: string;
  /** Where they stand in the plan, such as `['recommendations', 6, 'response', 0]`. */
  readonly path: IssuePath;
}

/**
 * Where in the input text an issue is: the line and column (and, for a range, where it ends), and
 * the page where the source has pages.
 * @category Issues
 *
 * @remarks
 * Separate from `path`, which points into the plan. Lines and columns count from 1; columns count
 * UTF-16 code units, as editors and SARIF viewers do.
 */
export interface SourceLocation {
  /** The 1-based line where the issue starts. */
  readonly line: number;
  /** The 1-based column where it starts, where known. */
  readonly column?: number;
  /** The 1-based line where it ends, for a range of lines. */
  readonly endLine?: number;
  /** The 1-based column just after its end, where known. */
  readonly endColumn?: number;
  /** The 1-based page, where the source has pages. */
  readonly page?: number;
}

/**
 * The shape every issue has, whatever its code: the library's own and those of rules you add.
 * @category Issues
 *
 * @typeParam C - The issue's code.
 * @typeParam P - Its params.
 */
export interface IssueBase<C extends string = string, P = unknown> {
  /** The stable code that says what is wrong. */
  readonly code: C;
  /** How serious it is. */
  readonly severity: Severity;
  /** Where it is in the plan (or in the value read), as keys and indices; empty for the whole. */
  readonly path: IssuePath;
  /** A sentence for people, built from `params`; do not parse it, read `code` and `params`. */
  readonly message: string;
  /** The facts behind the message, typed per code. */
  readonly params: P;
  /** Where a rule read the plan's text: the words it matched, and where. */
  readonly evidence?: readonly Evidence[];
  /** Where it is in the input text, when it came from reading one (or was located in it). */
  readonly location?: SourceLocation;
}

/**
 * The union of the issues of a table of params by code: one {@link IssueBase} per code.
 * @category Issues
 *
 * @typeParam P - The params of each code, keyed by code.
 */
export type IssueUnion<P> = { [C in keyof P & string]: IssueBase<C, P[C]> }[keyof P & string];

/**
 * The result of reading untrusted input: either the value, or the issues that stopped it.
 * @category Validation
 *
 * @remarks Readers return this instead of throwing. On success `issues` holds anything worth
 * knowing that did not stop the read (empty when there is nothing).
 *
 * @typeParam T - The value read.
 * @typeParam I - The issues the reader reports.
 */
export type ParseResult<T, I extends IssueBase = IssueBase> =
  | {
      /** The input was read. */
      readonly ok: true;
      /** The value read. */
      readonly value: T;
      /** Findings that did not stop the read. */
      readonly issues: readonly I[];
    }
  | {
      /** The input could not be read. */
      readonly ok: false;
      /** Why not: at least one issue of severity `error`. */
      readonly issues: readonly I[];
    };

/**
 * The result of reading a document: a {@link ParseResult} that can also say where any place of
 * the plan stands in the document.
 * @category Formats
 *
 * @typeParam T - The value read.
 * @typeParam I - The issues the reader reports.
 */
export type ReadResult<T, I extends IssueBase = IssueBase> = ParseResult<T, I> & {
  /**
   * Where a place of the plan (or of the value read) stands in the input text: for example the
   * row of a recommendation, so rule findings on an imported plan point at the document too.
   * `undefined` for a path the input does not show. Pass it to {@link toSarif} as `locate`.
   */
  readonly locate: (path: IssuePath) => SourceLocation | undefined;
};
