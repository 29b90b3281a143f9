import { basename, extname } from 'node:path';
import { fromCsv } from '../../formats/csv/fromCsv.js';
import { fromJson } from '../../formats/json/fromJson.js';
import { fromPublishedText } from '../../formats/text/fromPublishedText.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { IssueBase, IssuePath, SourceLocation } from '../../model/Issue.js';
import { fileIssue } from './fileIssues.js';
import { fileName, readInput } from './readInput.js';

/** The formats a plan file can be in. */
export type InputFormat = 'json' | 'csv' | 'text';

/** The name of an input format in messages. */
export const FORMAT_NAMES: Readonly<Record<InputFormat, string>> = { json: 'JSON', csv: 'CSV', text: 'published text' };

/** Where a path of the plan stands in the file. */
export type Locate = (path: IssuePath) => SourceLocation | undefined;

/** A file read as a plan, with the issues of reading it. */
export interface PlanFile {
  readonly ok: true;
  /** The file as given on the command line (`-` for standard input). */
  readonly file: string;
  readonly format: InputFormat;
  readonly plan: ActionPlan;
  readonly issues: readonly IssueBase[];
  readonly locate: Locate;
}

/** A file that could not be read as a plan, with every issue that says why. */
export interface UnreadFile {
  readonly ok: false;
  /** The file as given on the command line (`-` for standard input). */
  readonly file: string;
  /** The format it was read as, when it was text. */
  readonly format?: InputFormat;
  readonly issues: readonly IssueBase[];
  readonly locate: Locate;
}

/** What reading a file as a plan gave. */
export type ReadFile = PlanFile | UnreadFile;

/** A problem with the command's arguments that stops it (exit code 2, one line on stderr). */
export function inputError(message: string): Error {
  const error = new Error(message);
  error.name = 'InputError';
  return error;
}

/** The columns of a first line, split at a separator, lower case and unquoted. */
const columnsOf = (line: string, separator: string): string[] =>
  line.split(separator).map((c) => c.trim().replace(/^"|"$/g, ''));

const isCsvHeading = (columns: readonly string[]): boolean =>
  columns.includes('ref') && columns.includes('recommendation') && columns.includes('category');

/**
 * Recognises the format of a plan by its content, the file's extension breaking a tie; CSV split
 * by semicolons is recognised so that it can be named.
 */
export function detectFormat(text: string, file: string): InputFormat | 'semicolon-csv' {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  const firstLine = (start.split(/\r\n|\r|\n/, 1)[0] ?? '').toLowerCase();
  if (isCsvHeading(columnsOf(firstLine, ','))) return 'csv';
  if (isCsvHeading(columnsOf(firstLine, ';'))) return 'semicolon-csv';
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv') return firstLine.includes(';') && !firstLine.includes(',') ? 'semicolon-csv' : 'csv';
  return 'text';
}

const nowhere: Locate = () => undefined;

/** Options for reading a plan file. */
export interface ReadPlanOptions {
  /**
   * The title of a plan whose file carries none (CSV never does). Without it, a CSV file is titled
   * by its base name; standard input is left to the reader.
   */
  readonly title?: string;
}

/** Reads a plan from a file in any of the formats. Never throws: a file that cannot be read gives its issues. */
export function readPlan(file: string, options: ReadPlanOptions = {}): ReadFile {
  const input = readInput(file);
  if (!input.ok) return { ok: false, file, issues: [input.issue], locate: nowhere };
  const detected = detectFormat(input.text, file);
  if (detected === 'semicolon-csv') {
    return {
      ok: false,
      file,
      format: 'csv',
      issues: [fileIssue('file.semicolon_separated', [], { file: fileName(file) }, { line: 1 })],
      locate: nowhere,
    };
  }
  const format = detected;
  const title = options.title ?? (file === '-' ? undefined : basename(file, extname(file)));
  const result =
    format === 'json'
      ? fromJson(input.text)
      : format === 'csv'
        ? fromCsv(input.text, title === undefined ? {} : { title })
        : fromPublishedText(input.text);
  if (!result.ok) return { ok: false, file, format, issues: result.issues, locate: result.locate };
  if (options.title !== undefined && result.value.title.trim() === '') {
    // The title given stands in for the one the file lacks, so its absence is no longer news.
    const issues = result.issues.filter((issue) => issue.code !== 'import.title_missing');
    return { ok: true, file, format, plan: { ...result.value, title: options.title }, issues, locate: result.locate };
  }
  return { ok: true, file, format, plan: result.value, issues: result.issues, locate: result.locate };
}
