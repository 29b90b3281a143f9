import type { IssueCode, IssueOf, IssueParamsByCode, IssuePath, Severity } from '../model/Issue.js';
import { messageFor } from './messages.js';

/**
 * Builds an issue with its message from the one message table.
 *
 * @param code - The issue code.
 * @param path - Where the issue is.
 * @param params - The code's params.
 * @param severity - How serious it is; `error` unless given.
 * @returns The issue.
 */
export function createIssue<C extends IssueCode>(
  code: C,
  path: IssuePath,
  params: IssueParamsByCode[C],
  severity: Severity = 'error',
): IssueOf<C> {
  return { code, severity, path, message: messageFor(code, params), params };
}
