import { actionRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { judgementOf } from '../_internal/checkState.js';
import { actionName } from '../_internal/words.js';
import { plural } from '../../_lib/text.js';
import type { ActionParams } from '../ruleParams.js';

/**
 * An action falls due soon after the date checked.
 * @category Rules
 */
export interface DueSoonParams extends ActionParams {
  /** The target in effect as written. */
  readonly raw: string;
  /** Its deadline. */
  readonly deadline: string;
  /** Calendar days left until the deadline. */
  readonly daysLeft: number;
}

/** `progress.due_soon` as the checks run it: its code, params, message, severity and test. */
export const progressDueSoonCheck: BuiltInCheck<'progress.due_soon', DueSoonParams> = actionRule({
  code: 'progress.due_soon',
  severity: 'info',
  message: (p) =>
    p.daysLeft === 0
      ? `${actionName(p)} is due today: its target "${p.raw}" ends on ${p.deadline}.`
      : `${actionName(p)} is due in ${plural(p.daysLeft, 'day')}: its target "${p.raw}" ends on ${p.deadline}.`,
  needsAsOf: true,
  find(state) {
    const judgement = judgementOf(state);
    if (judgement?.status !== 'due-soon') return undefined;
    return {
      ref: state.recommendation.ref,
      action: state.actionIndex + 1,
      owner: state.action.owner,
      raw: judgement.target.raw,
      deadline: judgement.deadline as string,
      daysLeft: judgement.days,
    };
  },
});

/** `progress.due_soon`: only when `asOf` is given. */
export const progressDueSoon: BuiltInRule<'progress.due_soon', DueSoonParams> = /* @__PURE__ */ documented(
  progressDueSoonCheck,
  {
    description:
      'As of the date checked, the action falls due within the due-soon window (30 days unless set). Runs only with asOf.',
    fix: 'Nothing to fix: a reminder that the deadline is near.',
  },
);
