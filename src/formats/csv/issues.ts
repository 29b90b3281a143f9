import { defineIssues, type IssueFactory } from '../../_lib/defineIssues.js';
import { plural, short } from '../../_lib/text.js';
import type { IssueUnion } from '../../model/Issue.js';

/**
 * The params of each issue code that reading CSV reports (`csv.*`). The keys of this interface are the codes.
 * @category Formats
 *
 * @remarks Issue codes and their params are API: they change only with a changeset.
 */
export interface CsvIssueParams {
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
  /**
   * A value of a row belongs to nothing the plan holds — a `target_reading` or `deadline` on a row
   * with no action (no owner, target or description), or a `category` label beside another
   * `category_label` — so it was not read; its text is here.
   */
  readonly 'csv.value_ignored': {
    /** The 1-based line of the row. */
    readonly line: number;
    /** The column. */
    readonly column: string;
    /** The value as written, not read. */
    readonly value: string;
    /** Why it could not be read. */
    readonly reason: string;
  };
  /** The CSV carries no plan title, and `options.title` gave none (or only white space); no plan was returned. */
  readonly 'csv.title_missing': Readonly<Record<string, never>>;
  /**
   * A recommendation's category is none of the known values or labels; the recommendation was
   * kept with no category, the text as its label (unless `category_label` gives one).
   */
  readonly 'csv.category_unrecognised': {
    /** The 1-based line of the row. */
    readonly line: number;
    /** The recommendation's ref. */
    readonly ref: string;
    /** The category as written. */
    readonly label: string;
  };
  /** A recommendation's category is empty: it was read as stating none, with its `category_label` if any. */
  readonly 'csv.category_missing': {
    /** The 1-based line of the row. */
    readonly line: number;
    /** The recommendation's ref. */
    readonly ref: string;
    /** The `category_label` as written, when the row has one. */
    readonly label?: string;
  };
}

/**
 * An issue that reading CSV reports (`csv.*`).
 * @category Formats
 */
export type CsvIssue = IssueUnion<CsvIssueParams>;

/** Builds an issue that reading CSV reports (`csv.*`), with the severity and message its code declares here. */
export const csvIssue: IssueFactory<CsvIssueParams> = defineIssues<CsvIssueParams>({
  'csv.syntax_error': {
    severity: 'error',
    message: (p) => `Not valid CSV at line ${p.line}, column ${p.column}: ${p.detail}.`,
  },
  'csv.missing_column': {
    severity: 'error',
    message: (p) => `The header row has no "${p.column}" column, which the CSV needs.`,
  },
  'csv.unknown_column': {
    severity: 'warning',
    message: (p) => `The column "${short(p.column)}" is not one of the documented columns; its values were not read.`,
  },
  'csv.invalid_value': {
    severity: 'warning',
    message: (p) => `Line ${p.line}: the ${p.column} "${short(p.value)}" is not valid (expected ${p.expected}).`,
  },
  'csv.field_count': {
    severity: 'warning',
    message: (p) =>
      `Line ${p.line} has ${plural(p.found, 'field')} where the header has ${p.expected}${p.extra.length > 0 ? `; the extra text is "${short(p.extra.join(' | '))}"` : ''}.`,
  },
  'csv.inconsistent_row': {
    severity: 'warning',
    message: (p) =>
      `Line ${p.line}: recommendation ${p.ref} already has a different ${p.column}; "${short(p.value)}" was not read.`,
  },
  'csv.value_ignored': {
    severity: 'warning',
    message: (p) => `Line ${p.line}: the ${p.column} "${short(p.value)}" was not read (${p.reason}).`,
  },
  'csv.title_missing': {
    severity: 'error',
    message: () => 'The CSV carries no title: pass options.title.',
  },
  'csv.category_unrecognised': {
    severity: 'warning',
    message: (p) =>
      `Line ${p.line}: recommendation ${p.ref} has the category "${short(p.label)}", which is not agreed, partly-agreed or not-agreed, nor a label such as Accepted; the recommendation was read with no category.`,
  },
  'csv.category_missing': {
    severity: 'info',
    message: (p) =>
      `Line ${p.line}: recommendation ${p.ref} states no category${p.label === undefined ? '' : ` (its label is "${short(p.label)}")`}; it was read with none.`,
  },
});
