import { formatIssues } from '../../formats/issues/formatIssues.js';
import type { IssueBase } from '../../model/Issue.js';
import { paint, paintSeverities } from './output.js';
import { fileName } from './readInput.js';
import { visible, visibleIssue } from './terminal.js';
import { FORMAT_NAMES, inputError, readPlan, type ReadFile, type UnreadFile } from './readPlan.js';

/**
 * What a command prints and the exit code it ends with: 0 done, 1 errors found, 2 an input problem.
 * A text report is made visible (see `forTerminal`) by the command that writes it.
 */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 1 | 2;
}

/** One JSON document, ending with a newline. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The worst of several exit codes. */
export const worst = (codes: readonly (0 | 1 | 2)[]): 0 | 1 | 2 =>
  codes.reduce<0 | 1 | 2>((a, b) => (b > a ? b : a), 0);

/** Checks an option's value against the values it takes. */
export function oneOf<F extends string>(option: string, value: string, allowed: readonly F[]): F {
  if (!(allowed as readonly string[]).includes(value))
    throw inputError(`${option} must be ${allowed.join(', ')} (received ${value})`);
  return value as F;
}

/** Options every command that reads plan files takes. */
export interface ReadOptions {
  /** The title of a plan whose file carries none (CSV); only with one file. */
  readonly title?: string;
}

/**
 * Whether the one issue of a file that could not be read says all there is, in one line: an issue
 * of the command line's own about the file (`file.*`), or pdf.js missing for a PDF.
 */
export function standsAlone(read: UnreadFile): boolean {
  const [only] = read.issues;
  return (
    read.issues.length === 1 &&
    only !== undefined &&
    (only.code.startsWith('file.') || only.code === 'pdf.reader_missing')
  );
}

/** Reads every file named, in order; a file that cannot be read does not stop the others. */
export async function readFiles(files: readonly string[], options: ReadOptions): Promise<ReadFile[]> {
  if (files.length === 0) throw inputError("missing required argument 'file'");
  if (files.filter((file) => file === '-').length > 1) throw inputError('standard input (-) can be read only once');
  if (options.title !== undefined && files.length > 1)
    throw inputError('--title names one plan: give it with one file');
  if (options.title !== undefined && options.title.trim() === '') throw inputError('--title must not be empty');
  const reads: ReadFile[] = [];
  // One file after the other: a file is read whole into memory, and only one at a time.
  for (const file of files)
    reads.push(await readPlan(file, options.title === undefined ? {} : { title: options.title }));
  return reads;
}

/** The heading of a file's section: its name, and the plan's title when it has one. */
export function sectionHeading(read: ReadFile, colour: boolean): string {
  const name = paint(colour, 'bold', visible(fileName(read.file)));
  return read.ok && read.plan.title.trim() !== '' ? `${name}\n${visible(read.plan.title)}` : name;
}

/** Counts the issues of each severity. */
export function countSeverities(issues: readonly IssueBase[]): { errors: number; warnings: number; notes: number } {
  const count = (severity: string): number => issues.filter((issue) => issue.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), notes: count('info') };
}

/** Gives every issue with a place in the file its location, the rule findings included. */
export function located(issues: readonly IssueBase[], read: ReadFile): IssueBase[] {
  return issues.map((issue) => {
    if (issue.location !== undefined) return issue;
    const location = read.locate(issue.path);
    return location === undefined ? issue : { ...issue, location };
  });
}

/** What stopped a file from being read, in one line: the issue itself when it says all (see {@link standsAlone}). */
export function unreadLine(read: UnreadFile): string {
  const [only] = read.issues;
  if (standsAlone(read) && only !== undefined) return visible(only.message);
  const format = read.format === undefined ? '' : ` (${FORMAT_NAMES[read.format]})`;
  return `${visible(fileName(read.file))} is not a readable action plan${format}.`;
}

/** A file that could not be read, as an entry of a command's JSON document. */
export function unreadJson(read: ReadFile): object {
  return {
    file: read.file,
    ok: false,
    ...(read.format === undefined ? {} : { format: read.format }),
    issues: read.issues,
  };
}

/** Every issue that stopped a file from being read, as a report with their lines. */
export function unreadReport(read: UnreadFile, colour: boolean): string {
  return paintSeverities(colour, formatIssues(located(read.issues, read).map(visibleIssue), {}));
}

/**
 * What the commands that do not report issues (tally, overdue, convert) say on standard error about
 * files they could not read: a line for each, followed by every issue that stopped it.
 */
export function unreadOnStderr(reads: readonly ReadFile[]): string {
  return reads
    .filter((read): read is UnreadFile => !read.ok)
    .map((read) => {
      const [only] = read.issues;
      if (standsAlone(read) && only !== undefined) return `action-plan: ${visible(only.message)}\n`;
      const line = `action-plan: ${unreadLine(read).replace(/\.$/, ':')}`;
      const report = unreadReport(read, false)
        .trimEnd()
        .split('\n')
        .map((l) => (l === '' ? l : `  ${l}`))
        .join('\n');
      return `${line}\n${report}\n`;
    })
    .join('');
}
