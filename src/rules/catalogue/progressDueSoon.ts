import type { RuleFinding } from '../../model/Rule.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { withStatus } from '../_internal/categoryRules.js';
import { actionPath } from '../_internal/walk.js';
import { actionName } from '../_internal/words.js';
import { plural } from '../../_lib/text.js';
import type { ActionParams } from '../ruleParams.js';

/** An action falls due soon after the date checked. */
export interface DueSoonParams extends ActionParams {
  /** The target in effect as written. */
  readonly raw: string;
  /** Its deadline. */
  readonly deadline: string;
  /** Calendar days left until the deadline. */
  readonly daysLeft: number;
}

/** `progress.due_soon`: only when `asOf` is given. */
export const progressDueSoon: BuiltInRule<'progress.due_soon', DueSoonParams> = builtInRule({
  code: 'progress.due_soon',
  severity: 'info',
  description:
    'As of the date checked, the action falls due within the due-soon window (30 days unless set). Runs only with asOf.',
  fix: 'Nothing to fix: a reminder that the deadline is near.',
  message: (p) =>
    p.daysLeft === 0
      ? `${actionName(p)} is due today: its target "${p.raw}" ends on ${p.deadline}.`
      : `${actionName(p)} is due in ${plural(p.daysLeft, 'day')}: its target "${p.raw}" ends on ${p.deadline}.`,
  needsAsOf: true,
  check(context) {
    const found: RuleFinding<DueSoonParams>[] = [];
    for (const { at, status } of withStatus(context, 'due-soon')) {
      const { deadline, daysLeft } = status;
      const params = {
        ref: at.recommendation.ref,
        action: at.actionIndex + 1,
        owner: at.action.owner,
        raw: status.target.raw,
        deadline,
        daysLeft,
      };
      found.push({ path: actionPath(at), params });
    }
    return found;
  },
});
