import { defineIssues, type IssueFactory } from '../_lib/defineIssues.js';
import type { IssueUnion } from '../model/Issue.js';

/**
 * The params of each issue code about the check itself (`check.*`). The keys of this interface are the codes.
 * @category Rules
 *
 * @remarks Issue codes and their params are API: they change only with a changeset.
 */
export interface CheckIssueParams {
  /**
   * A rule threw while checking, or gave a finding that is not well formed (not an object, a path
   * that is not keys and indices, params that are not an object, an unknown field, a message that
   * is not text); its findings may be incomplete, and the malformed one is left out.
   */
  readonly 'check.rule_failed': {
    /** The rule's code. */
    readonly rule: string;
    /** What went wrong: the error's message, or what was wrong with the finding. */
    readonly detail: string;
  };
}

/**
 * An issue about the check itself (`check.*`): a rule that failed.
 * @category Rules
 */
export type CheckIssue = IssueUnion<CheckIssueParams>;

/** Builds an issue about the check itself (`check.*`), with the severity and message its code declares here. */
export const checkIssue: IssueFactory<CheckIssueParams> = defineIssues<CheckIssueParams>({
  'check.rule_failed': {
    severity: 'error',
    message: (p) => `The rule ${p.rule} failed, so its findings may be incomplete: ${p.detail}.`,
  },
});
