import { defineIssues, type IssueFactory } from '../../_lib/defineIssues.js';
import { plural, short } from '../../_lib/text.js';
import type { IssueUnion } from '../../model/Issue.js';
import type { Tally } from '../../model/Tally.js';

/**
 * The params of each issue code that reading a published document reports (`import.*`). The keys of this interface are the codes.
 * @category Formats
 *
 * @remarks Issue codes and their params are API: they change only with a changeset.
 */
export interface ImportIssueParams {
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
      | 'introduction'
      | 'definitions table'
      | 'page banner'
      | 'stray row'
      | 'column headings'
      | 'tally heading'
      | 'counted tally';
  };
  /** The document names no plan title ("ACTION PLAN: …" or "A Response to: …") and `options.title` gives none; no plan was returned. */
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
  /**
   * A recommendation's category cell is empty or none of the known labels: the recommendation is
   * kept with its text, response, owners and dates, and no category (its answer as written in
   * `agreement.label`).
   */
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
  /**
   * The text had no cell boundaries (text copied from a PDF viewer or a web page), so a
   * recommendation's cells were told apart by their words: the column headings, the category
   * label, sentence ends and the target dates. Worth a check against the document.
   */
  readonly 'import.cells_inferred': {
    /** The first 1-based line of the recommendation's row. */
    readonly line: number;
    /** Its last 1-based line. */
    readonly endLine: number;
    /** The recommendation's ref. */
    readonly ref: string;
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
  /**
   * A header line names a field the document named before with another value (a second "ACTION
   * PLAN: …" or "A Response to: …" line, a second submission or publication date): the first is
   * kept, and this one's text is here.
   */
  readonly 'import.duplicate_header': {
    /** The 1-based line of the later header line. */
    readonly line: number;
    /** The field both lines name. */
    readonly field: 'title' | 'reportTitle' | 'submitted' | 'reportPublished' | 'inspectorate';
    /** The later line's value, as written. */
    readonly text: string;
    /** The 1-based line the kept value was read from. */
    readonly firstLine: number;
    /** The kept value, as written. */
    readonly kept: string;
  };
  /** The closing tally gives a figure twice with different numbers: the first is kept, and the other is here. */
  readonly 'import.duplicate_tally_figure': {
    /** The 1-based line of the later figure. */
    readonly line: number;
    /** Which figure of the tally. */
    readonly figure: keyof Tally;
    /** The later number. */
    readonly value: number;
    /** The number kept. */
    readonly kept: number;
  };
  /**
   * A sentence counts the recommendations by their answer but leaves a figure of the tally open
   * ("accepted or partially accepted seven of the eight recommendations"), so no tally was read
   * from it; the sentence is here.
   */
  readonly 'import.tally_unclear': {
    /** The 1-based line. */
    readonly line: number;
    /** The sentence's line, as written. */
    readonly text: string;
  };
  /** The closing tally lacks a figure, so no stated tally was read. */
  readonly 'import.tally_incomplete': {
    /** The 1-based line of the tally. */
    readonly line: number;
    /** The 1-based last line of the tally. */
    readonly endLine: number;
    /** The figures found. */
    readonly found: readonly string[];
    /** The numbers of the figures found, so that none is lost. */
    readonly figures: Readonly<Partial<Record<keyof Tally, number>>>;
  };
}

/** The header fields, as messages name them. */
const HEADER_FIELDS = {
  title: "the plan's title",
  reportTitle: "the report's title",
  submitted: 'the submission date',
  reportPublished: 'the publication date',
  inspectorate: 'the inspectorate',
} as const;

/** The figures of a tally, as a published plan names them. */
const TALLY_NAMES: Readonly<Record<keyof Tally, string>> = {
  agreed: 'Agreed',
  partlyAgreed: 'Partly Agreed',
  notAgreed: 'Not Agreed',
  total: 'Total',
};

/**
 * An issue that reading a published document reports (`import.*`).
 * @category Formats
 */
export type ImportIssue = IssueUnion<ImportIssueParams>;

/** Builds an issue that reading a published document reports (`import.*`), with the severity and message its code declares here. */
export const importIssue: IssueFactory<ImportIssueParams> = defineIssues<ImportIssueParams>({
  'import.not_a_plan': {
    severity: 'error',
    message: (p) => `No action plan could be read: ${p.detail}.`,
  },
  'import.line_skipped': {
    severity: 'warning',
    message: (p) => `Line ${p.line} could not be placed in the plan (${p.reason}): "${short(p.text)}".`,
  },
  'import.boilerplate_skipped': {
    severity: 'info',
    message: (p) =>
      p.line === p.endLine
        ? `Line ${p.line} (${p.what}) is not part of the plan and was skipped.`
        : `Lines ${p.line} to ${p.endLine} (${p.what}) are not part of the plan and were skipped.`,
  },
  'import.title_missing': {
    severity: 'error',
    message: () => 'The document names no plan title ("ACTION PLAN: …" or "A Response to: …"): pass options.title.',
  },
  'import.date_unreadable': {
    severity: 'warning',
    message: (p) =>
      `Line ${p.line}: "${short(p.text)}" is not a day, so ${p.field === 'submitted' ? 'the submission date' : 'the publication date'} was not read.`,
  },
  'import.category_unrecognised': {
    severity: 'warning',
    message: (p) =>
      p.label === ''
        ? `Line ${p.line}: recommendation ${p.ref} states no category; it was kept with none.`
        : `Line ${p.line}: recommendation ${p.ref} has the category "${short(p.label)}", which is not Agreed, Partly Agreed or Not Agreed (or Accepted, Partially Accepted, Not Accepted, Rejected); it was kept with no category, the answer as written in its label.`,
  },
  'import.cells_inferred': {
    severity: 'info',
    message: (p) =>
      `${p.line === p.endLine ? `Line ${p.line}` : `Lines ${p.line} to ${p.endLine}`}: the text has no cell boundaries, so the cells of recommendation ${p.ref} were told apart by the column headings, the category, sentence ends and the target dates; check its owners and dates against the document.`,
  },
  'import.owner_date_mismatch': {
    severity: 'warning',
    message: (p) =>
      `Line ${p.line}: recommendation ${p.ref} lists ${plural(p.owners, 'owner')} and ${plural(p.dates, 'target date')}; they were paired in order and every entry kept.`,
  },
  'import.list_items_inferred': {
    severity: 'info',
    message: (p) =>
      `Line ${p.line}: a list in recommendation ${p.ref} had no item markers, so it was split into ${plural(p.items, 'item')} at sentence ends.`,
  },
  'import.extra_cells': {
    severity: 'warning',
    message: (p) =>
      `Line ${p.line} has ${plural(p.cells.length, 'cell')} beyond the six columns: "${short(p.cells.join(' | '))}".`,
  },
  'import.duplicate_header': {
    severity: 'warning',
    message: (p) =>
      `Line ${p.line} gives ${HEADER_FIELDS[p.field]} again, as "${short(p.text)}"; the first, "${short(p.kept)}" on line ${p.firstLine}, was kept.`,
  },
  'import.duplicate_tally_figure': {
    severity: 'warning',
    message: (p) =>
      `Line ${p.line} gives the tally's ${TALLY_NAMES[p.figure]} figure again, as ${p.value}; the first, ${p.kept}, was kept.`,
  },
  'import.tally_unclear': {
    severity: 'info',
    message: (p) =>
      `Line ${p.line} counts the recommendations in words but leaves a figure of the tally open, so no stated tally was read from it: "${short(p.text)}".`,
  },
  'import.tally_incomplete': {
    severity: 'warning',
    message: (p) =>
      `Line ${p.line}: the closing tally gives only ${p.found.length === 0 ? 'no figure' : p.found.map((f) => `${TALLY_NAMES[f as keyof Tally] ?? f} ${p.figures[f as keyof Tally] ?? ''}`.trim()).join(', ')}, so no stated tally was read.`,
  },
});
