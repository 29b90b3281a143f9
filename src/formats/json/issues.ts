import { defineIssues, type IssueFactory } from '../../_lib/defineIssues.js';
import type { IssueUnion } from '../../model/Issue.js';

/**
 * The params of each issue code that reading JSON text reports (`json.*`). The keys of this interface are the codes.
 * @category Formats
 *
 * @remarks Issue codes and their params are API: they change only with a changeset.
 */
export interface JsonIssueParams {
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
}

/**
 * An issue that reading JSON text reports (`json.*`).
 * @category Formats
 */
export type JsonIssue = IssueUnion<JsonIssueParams>;

/** Builds an issue that reading JSON text reports (`json.*`), with the severity and message its code declares here. */
export const jsonIssue: IssueFactory<JsonIssueParams> = defineIssues<JsonIssueParams>({
  'json.syntax_error': {
    severity: 'error',
    message: (p) => `Not valid JSON at line ${p.line}, column ${p.column}: expected ${p.expected}, found ${p.found}.`,
  },
});
