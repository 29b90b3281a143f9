import { basename, extname } from 'node:path';
import { readActionPlan } from '../../formats/read/readActionPlan.js';
import type { SourceFormat } from '../../formats/read/issues.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { IssueBase, IssuePath, SourceLocation } from '../../model/Issue.js';
import { fileIssue } from './fileIssues.js';
import { fileName, readInput } from './readInput.js';

/** The formats a plan file can be in. */
export type InputFormat = SourceFormat;

/** The name of an input format in messages. */
export const FORMAT_NAMES: Readonly<Record<InputFormat, string>> = {
  json: 'JSON',
  csv: 'CSV',
  text: 'published text',
  html: 'HTML',
  docx: 'Word',
  odt: 'OpenDocument',
  pdf: 'PDF',
};

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
  /** The format it was read as, when its content told one. */
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

const nowhere: Locate = () => undefined;

/** Options for reading a plan file. */
export interface ReadPlanOptions {
  /**
   * The title of a plan whose file carries none (CSV never does; a text may lack its title line);
   * a title the file names wins. Without it, such a plan is titled by the file's base name, and on
   * standard input the reader reports the missing title.
   */
  readonly title?: string;
}

/**
 * An issue of the library about the file as a whole, as the command line says it: with the file's
 * name, in its own `file.*` codes; any other issue as it is.
 */
function asFileIssue(issue: IssueBase, file: string): IssueBase {
  const name = fileName(file);
  const params = (issue.params ?? {}) as { kind?: unknown; hint?: unknown };
  switch (issue.code) {
    case 'read.not_a_plan':
      return fileIssue('file.binary', [], {
        file: name,
        ...(typeof params.kind === 'string' ? { kind: params.kind } : {}),
        ...(typeof params.hint === 'string' ? { hint: params.hint } : {}),
      });
    case 'read.not_utf8':
      return fileIssue('file.not_utf8', [], { file: name });
    case 'read.semicolon_separated':
      return fileIssue('file.semicolon_separated', [], { file: name }, { line: 1 });
    case 'csv.title_missing':
    case 'import.title_missing':
      // The readers ask a program for options.title; a person at the command line gives --title.
      return { ...issue, message: issue.message.replace(/pass options\.title\.$/, 'give one with --title.') };
    case 'pdf.reader_missing':
      // The PDF reader asks a program for pdf.js; a person at the command line installs it.
      return {
        ...issue,
        message: `Cannot read ${name}: ${issue.message.replace(/, or pass it as the pdfjs option\.$/, ' beside action-plan-kit.')}`,
      };
    default:
      return issue;
  }
}

/**
 * Reads a plan from a file in any of the formats the library reads, told by its content (see
 * `readActionPlan`). Never throws: a file that cannot be read gives its issues.
 */
export async function readPlan(file: string, options: ReadPlanOptions = {}): Promise<ReadFile> {
  const input = readInput(file);
  if (!input.ok) return { ok: false, file, issues: [input.issue], locate: nowhere };
  const title = options.title ?? (file === '-' ? undefined : basename(file, extname(file)));
  const result = await readActionPlan(input.bytes, {
    ...(file === '-' ? {} : { filename: file }),
    ...(title === undefined ? {} : { title }),
  });
  const issues = result.issues.map((issue) => asFileIssue(issue, file));
  if (!result.ok) {
    return result.format === undefined
      ? { ok: false, file, issues, locate: result.locate }
      : { ok: false, file, format: result.format, issues, locate: result.locate };
  }
  // A file the library reads is always of a format it tells.
  return { ok: true, file, format: result.format ?? 'text', plan: result.value, issues, locate: result.locate };
}
