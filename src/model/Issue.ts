import type { TALLY_FIGURES } from './vocabulary.js';

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

/** Where an action is, in words, for messages about it. */
export interface ActionParams {
  /** The ref of the recommendation the action answers. */
  readonly ref: string;
  /** The action's position in its recommendation, from 1. */
  readonly action: number;
  /** The action's responsible owner as written (possibly empty). */
  readonly owner: string;
}

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
  /** The plan has no recommendations. */
  readonly 'plan.no_recommendations': Readonly<Record<string, never>>;
  /** Two recommendations share a ref. */
  readonly 'recommendation.duplicate_ref': {
    /** The ref as written on this recommendation. */
    readonly ref: string;
    /** The position in the plan (from 0) of the first recommendation with that ref. */
    readonly firstIndex: number;
  };
  /** A recommendation has an empty response. */
  readonly 'recommendation.response_missing': {
    /** The recommendation's ref. */
    readonly ref: string;
  };
  /** An agreed recommendation has no action. */
  readonly 'agreed.no_actions': {
    /** The recommendation's ref. */
    readonly ref: string;
  };
  /** An agreed recommendation has actions, but none with a deadline. */
  readonly 'agreed.no_timescale': {
    /** The recommendation's ref. */
    readonly ref: string;
    /** How many actions it has. */
    readonly actions: number;
  };
  /** A partly agreed recommendation has no action. */
  readonly 'partly_agreed.no_actions': {
    /** The recommendation's ref. */
    readonly ref: string;
  };
  /** A partly agreed recommendation has actions, but none with a deadline. */
  readonly 'partly_agreed.no_timescale': {
    /** The recommendation's ref. */
    readonly ref: string;
    /** How many actions it has. */
    readonly actions: number;
  };
  /** A partly agreed recommendation neither declares nor states a reason category. */
  readonly 'partly_agreed.reason_missing': {
    /** The recommendation's ref. */
    readonly ref: string;
  };
  /** A recommendation not agreed neither declares nor states a reason category. */
  readonly 'not_agreed.reason_missing': {
    /** The recommendation's ref. */
    readonly ref: string;
  };
  /** A recommendation not agreed still has actions with deadlines. */
  readonly 'not_agreed.has_actions': {
    /** The recommendation's ref. */
    readonly ref: string;
    /** How many of its actions have deadlines. */
    readonly actions: number;
  };
  /** An action has no responsible owner. */
  readonly 'action.owner_missing': ActionParams;
  /** An action has an empty target date. */
  readonly 'action.target_missing': ActionParams;
  /** An action's target date is not understood. */
  readonly 'action.target_unrecognised': ActionParams & {
    /** The target date as written. */
    readonly raw: string;
  };
  /** An action's target is a status that sets no date: ongoing, to be confirmed, after decision. */
  readonly 'action.not_time_bound': ActionParams & {
    /** The target date as written. */
    readonly raw: string;
    /** The status it states. */
    readonly status: 'ongoing' | 'to-be-confirmed' | 'after-decision';
  };
  /** An action's deadline had passed when the plan was submitted, and it is not reported completed. */
  readonly 'action.target_before_submission': ActionParams & {
    /** The target date as written. */
    readonly raw: string;
    /** Its deadline. */
    readonly deadline: string;
    /** The day the plan was submitted. */
    readonly submitted: string;
  };
  /** A progress update revises an action's target without a justification. */
  readonly 'action.target_revised_without_reason': ActionParams & {
    /** The update's position in the action's updates, from 1. */
    readonly update: number;
    /** The revised target as written. */
    readonly raw: string;
  };
  /** A figure of the stated tally differs from the count of the plan's rows. */
  readonly 'tally.mismatch': {
    /** The figure that differs. */
    readonly figure: (typeof TALLY_FIGURES)[number];
    /** The figure the plan states. */
    readonly stated: number;
    /** The figure counted from the plan's recommendations. */
    readonly counted: number;
  };
  /** An action is past its deadline as of the date checked. */
  readonly 'progress.overdue': ActionParams & {
    /** The target in effect as written. */
    readonly raw: string;
    /** Its deadline. */
    readonly deadline: string;
    /** Calendar days since the deadline. */
    readonly daysOverdue: number;
  };
  /** An action falls due soon after the date checked. */
  readonly 'progress.due_soon': ActionParams & {
    /** The target in effect as written. */
    readonly raw: string;
    /** Its deadline. */
    readonly deadline: string;
    /** Calendar days left until the deadline. */
    readonly daysLeft: number;
  };
  /** The text has no action table: no recommendation could be read. */
  readonly 'import.not_a_plan': {
    /** What was looked for. */
    readonly detail: string;
  };
  /** A line of the document could not be placed in the plan; its text is kept here. */
  readonly 'import.line_skipped': {
    /** The 1-based line. */
    readonly line: number;
    /** The line's text. */
    readonly text: string;
    /** Why it could not be placed. */
    readonly reason: string;
  };
  /** Template text that is not part of the plan (introduction, definitions table, page banner, stray row) was skipped. */
  readonly 'import.boilerplate_skipped': {
    /** The first 1-based line skipped. */
    readonly line: number;
    /** The last 1-based line skipped. */
    readonly endLine: number;
    /** What was skipped. */
    readonly what:
      'introduction' | 'definitions table' | 'page banner' | 'stray row' | 'column headings' | 'tally heading';
  };
  /** The document names no plan title ("ACTION PLAN: …" or "A Response to: …"). */
  readonly 'import.title_missing': Readonly<Record<string, never>>;
  /** A header date could not be read as a day. */
  readonly 'import.date_unreadable': {
    /** The 1-based line. */
    readonly line: number;
    /** The field it was for. */
    readonly field: 'submitted' | 'reportPublished';
    /** The text of the date. */
    readonly text: string;
  };
  /** A recommendation's category is none of the known labels; the recommendation could not be read. */
  readonly 'import.category_unrecognised': {
    /** The 1-based line. */
    readonly line: number;
    /** The recommendation's ref. */
    readonly ref: string;
    /** The category as written. */
    readonly label: string;
    /** The row's cells, as written, so nothing is lost. */
    readonly cells: readonly string[];
  };
  /** A row lists a different number of owners and target dates; every entry was kept. */
  readonly 'import.owner_date_mismatch': {
    /** The 1-based line. */
    readonly line: number;
    /** The recommendation's ref. */
    readonly ref: string;
    /** How many owners the row lists. */
    readonly owners: number;
    /** How many target dates it lists. */
    readonly dates: number;
  };
  /** A list had lost its item markers, so its items were split at sentence ends. */
  readonly 'import.list_items_inferred': {
    /** The 1-based line. */
    readonly line: number;
    /** The recommendation's ref. */
    readonly ref: string;
    /** How many items were found. */
    readonly items: number;
  };
  /** A row has more cells than the six columns; their text is kept here. */
  readonly 'import.extra_cells': {
    /** The 1-based line. */
    readonly line: number;
    /** The text of the extra cells. */
    readonly cells: readonly string[];
  };
  /** The closing tally lacks a figure, so no stated tally was read. */
  readonly 'import.tally_incomplete': {
    /** The 1-based line of the tally. */
    readonly line: number;
    /** The figures found. */
    readonly found: readonly string[];
  };
  /** The CSV text breaks RFC 4180: a quoted field is not closed, or a quote stands inside an unquoted field. */
  readonly 'csv.syntax_error': {
    /** The 1-based line. */
    readonly line: number;
    /** The 1-based column. */
    readonly column: number;
    /** What is wrong. */
    readonly detail: string;
  };
  /** A column the CSV needs is missing from its header row. */
  readonly 'csv.missing_column': {
    /** The column's name. */
    readonly column: string;
  };
  /** A column of the header row is not one of the documented columns; its values were not read. */
  readonly 'csv.unknown_column': {
    /** The column's name as written. */
    readonly column: string;
  };
  /** A value in a CSV row is not one the column allows. */
  readonly 'csv.invalid_value': {
    /** The 1-based line of the row. */
    readonly line: number;
    /** The column. */
    readonly column: string;
    /** The value as written. */
    readonly value: string;
    /** What the column allows. */
    readonly expected: string;
  };
  /** A CSV row has more or fewer fields than the header row; missing fields read as empty, extra ones are kept here. */
  readonly 'csv.field_count': {
    /** The 1-based line of the row. */
    readonly line: number;
    /** How many fields the header has. */
    readonly expected: number;
    /** How many the row has. */
    readonly found: number;
    /** The text of the fields beyond the header's. */
    readonly extra: readonly string[];
  };
  /** A row continues a recommendation but gives it a different value; the first row's value was kept. */
  readonly 'csv.inconsistent_row': {
    /** The 1-based line of the row. */
    readonly line: number;
    /** The recommendation's ref. */
    readonly ref: string;
    /** The column that differs. */
    readonly column: string;
    /** The value the row gives, not read. */
    readonly value: string;
  };
  /** An option given to the checks is not valid; the default is used instead. */
  readonly 'check.invalid_option': {
    /** The option's name. */
    readonly option: string;
    /** What is wrong with it. */
    readonly detail: string;
  };
  /** A rule setting names no rule. */
  readonly 'check.unknown_rule': {
    /** The code given. */
    readonly rule: string;
  };
  /** A rule threw while checking; its findings may be incomplete. */
  readonly 'check.rule_failed': {
    /** The rule's code. */
    readonly rule: string;
    /** What went wrong. */
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
  /** Where a rule read the plan's text: the words it matched, and where. */
  readonly evidence?: readonly Evidence[];
}

/**
 * Words a rule matched in the plan's text, and where they stand.
 */
export interface Evidence {
  /** The words as written. */
  readonly text: string;
  /** Where they stand in the plan, such as `['recommendations', 6, 'response', 0]`. */
  readonly path: IssuePath;
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
