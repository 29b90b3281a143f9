import { defineIssues, type IssueFactory } from '../../_lib/defineIssues.js';
import type { IssueUnion } from '../../model/Issue.js';

/**
 * The params of each issue code the command line reports about a file it could not read as a
 * plan (`file.*`). The keys are the codes; they appear in the JSON and SARIF output, so they are API.
 */
export interface FileIssueParams {
  /** The file could not be opened or read. */
  readonly 'file.unreadable': {
    /** The file as named on the command line (`standard input` for `-`). */
    readonly file: string;
    /** Why, in a few words: "no such file", "it is a folder", "permission denied", "it could not be read". */
    readonly reason: string;
  };
  /** The file (or standard input) holds more than the command reads: 64 MB. */
  readonly 'file.too_large': {
    /** The file as named on the command line. */
    readonly file: string;
    /** The most the command reads, in words: "64 MB". */
    readonly limit: string;
  };
  /** The file holds no plan in a format the command reads: a picture, an archive, a spreadsheet, bytes no text has. */
  readonly 'file.binary': {
    /** The file as named on the command line. */
    readonly file: string;
    /** What it looks like, when its first bytes say: "a PNG image", "an Excel workbook (.xlsx)", … */
    readonly kind?: string;
    /** What to do instead, when there is something to say. */
    readonly hint?: string;
  };
  /** The file is text, but not in UTF-8 (or UTF-16 with a byte-order mark). */
  readonly 'file.not_utf8': {
    /** The file as named on the command line. */
    readonly file: string;
  };
  /** The file is CSV whose fields are separated by semicolons, as some spreadsheets save it. */
  readonly 'file.semicolon_separated': {
    /** The file as named on the command line. */
    readonly file: string;
  };
}

/** An issue about a file the command line could not read as a plan (`file.*`). */
export type FileIssue = IssueUnion<FileIssueParams>;

/** Builds an issue about a file the command line could not read as a plan. */
export const fileIssue: IssueFactory<FileIssueParams> = defineIssues<FileIssueParams>({
  'file.unreadable': {
    severity: 'error',
    message: (p) => `Cannot read ${p.file}: ${p.reason}.`,
  },
  'file.too_large': {
    severity: 'error',
    message: (p) =>
      `${p.file} is larger than ${p.limit}, the most the command reads: it is not read (a plan is far smaller; check that this is the right file).`,
  },
  'file.binary': {
    severity: 'error',
    message: (p) =>
      `${p.file} looks like a binary file${p.kind === undefined ? '' : ` (${p.kind})`}, not a plan in JSON, CSV, text, HTML, Word, OpenDocument or PDF${p.hint === undefined ? '' : `: ${p.hint}`}.`,
  },
  'file.not_utf8': {
    severity: 'error',
    message: (p) =>
      `${p.file} is not UTF-8 text (it may be Windows-1252 or Latin-1): save it with the encoding UTF-8, then try again.`,
  },
  'file.semicolon_separated': {
    severity: 'error',
    message: (p) => `${p.file} uses ';' between fields; save it with commas (CSV, comma-separated), then try again.`,
  },
});
