import { defineIssues, type IssueFactory } from '../_lib/defineIssues.js';
import type { IssueUnion } from '../model/Issue.js';

/**
 * The params of each issue code about the options of a check (`check.*`). The keys of this interface are the codes.
 * @category Rules
 *
 * @remarks Issue codes and their params are API: they change only with a changeset.
 */
export interface CheckIssueParams {
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
 * An issue about the options of a check (`check.*`).
 * @category Rules
 */
export type CheckIssue = IssueUnion<CheckIssueParams>;

/** Builds an issue about the options of a check (`check.*`), with the severity and message its code declares here. */
export const checkIssue: IssueFactory<CheckIssueParams> = defineIssues<CheckIssueParams>({
  'check.invalid_option': {
    severity: 'error',
    message: (p) => `The option ${p.option} is not valid (${p.detail}); the default is used.`,
  },
  'check.unknown_rule': {
    severity: 'warning',
    message: (p) => `No rule has the code "${p.rule}"; its setting is ignored.`,
  },
  'check.rule_failed': {
    severity: 'error',
    message: (p) => `The rule ${p.rule} failed, so its findings may be incomplete: ${p.detail}.`,
  },
});
