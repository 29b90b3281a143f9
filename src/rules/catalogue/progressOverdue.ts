import { actionRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { judgementOf } from '../_internal/checkState.js';
import { actionName } from '../_internal/words.js';
import { plural } from '../../_lib/text.js';
import type { ActionParams } from '../ruleParams.js';

/**
 * An action is past its deadline as of the date checked.
 * @category Rules
 */
export interface OverdueParams extends ActionParams {
  /** The target in effect as written. */
  readonly raw: string;
  /** Its deadline. */
  readonly deadline: string;
  /** Calendar days since the deadline. */
  readonly daysOverdue: number;
}

/** `progress.overdue` as the checks run it: its code, params, message, severity and test. */
export const progressOverdueCheck: BuiltInCheck<'progress.overdue', OverdueParams> = actionRule({
  code: 'progress.overdue',
  severity: 'warning',
  message: (p) =>
    `${actionName(p)} is ${plural(p.daysOverdue, 'day')} overdue: its target "${p.raw}" ended on ${p.deadline}.`,
  needsAsOf: true,
  find(state) {
    const judgement = judgementOf(state);
    if (judgement?.status !== 'overdue') return undefined;
    return {
      ref: state.recommendation.ref,
      action: state.actionIndex + 1,
      owner: state.action.owner,
      raw: judgement.target.raw,
      deadline: judgement.deadline as string,
      daysOverdue: -judgement.days,
    };
  },
});

/** `progress.overdue`: only when `asOf` is given. */
export const progressOverdue: BuiltInRule<'progress.overdue', OverdueParams> = /* @__PURE__ */ documented(
  progressOverdueCheck,
  {
    description:
      'As of the date checked, the action is past the deadline of its target in effect and not reported completed or withdrawn. Runs only with asOf.',
    fix: 'Record progress: complete the action, or revise its target with a reason.',
  },
);
