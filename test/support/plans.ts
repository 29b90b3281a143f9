import {
  checkActionPlan,
  parseTargetDate,
  type Action,
  type ActionPlan,
  type CheckOptions,
  type IsoDate,
  type Recommendation,
} from '../../src/index.js';
import { deepFreeze } from './deepFreeze.js';

/** An action with an owner and a target read from text. */
export function action(owner: string, target: string, extra: Partial<Action> = {}): Action {
  return { owner, target: parseTargetDate(target), ...extra };
}

/** A recommendation with sensible content, changed by `extra`. */
export function recommendation(ref: string, extra: Partial<Recommendation> = {}): Recommendation {
  return {
    ref,
    section: 'Recommendations',
    text: `Recommendation ${ref} of the report.`,
    agreement: { category: 'agreed', label: 'Agreed' },
    response: [{ type: 'paragraph', text: 'HMPPS will review the guidance and train staff.' }],
    actions: [action('Deputy Director Public Protection Group', 'March 2027')],
    ...extra,
  };
}

/**
 * A plan that every built-in rule finds good, as of {@link goodAsOf}: one recommendation of each
 * category, each answered as the template asks, with a matching tally.
 */
export function goodPlan(): ActionPlan {
  return deepFreeze({
    format: 'action-plan/1',
    title: 'Inspection of HMP Example',
    submitted: '2026-02-09' as IsoDate,
    reportPublished: '2026-01-15' as IsoDate,
    recommendations: [
      recommendation('1', {
        actions: [
          action('Governor', 'Completed'),
          action('Head of Safety', 'June 2027', {
            updates: [
              {
                on: '2026-06-01' as IsoDate,
                status: 'in-progress',
                revisedTarget: parseTargetDate('September 2027'),
                reason: 'The new system arrives later than planned.',
              },
            ],
          }),
        ],
      }),
      recommendation('2', {
        agreement: { category: 'partly-agreed', label: 'Partly Agreed' },
        response: [
          { type: 'paragraph', text: 'We will publish annual figures.' },
          { type: 'list', items: ['Quarterly publication is not affordable within the current budget.'] },
        ],
        actions: [action('Head of Analysis', 'Q1 2027/28')],
      }),
      recommendation('3', {
        agreement: { category: 'not-agreed', label: 'Not Agreed' },
        response: [{ type: 'paragraph', text: 'This conflicts with national policy on offender management.' }],
        actions: [],
      }),
    ],
    statedTally: { agreed: 1, partlyAgreed: 1, notAgreed: 1, total: 3 },
  });
}

/** The day the good plan is checked as of: nothing is overdue or due soon. */
export const goodAsOf = '2026-11-26' as IsoDate;

/** The good plan, changed by a function given a mutable copy. */
export function changed(change: (plan: any) => void, base: ActionPlan = goodPlan()): ActionPlan {
  const copy = structuredClone(base) as any;
  change(copy);
  return deepFreeze(copy as ActionPlan);
}

/** The issues of one code that a check finds. */
export function findingsOf(code: string, plan: ActionPlan, options: CheckOptions = {}) {
  return checkActionPlan(plan, options).filter((issue) => issue.code === code);
}

/** Whether a rule is silent on the good plan, with and without asOf. */
export function silentOnGoodPlan(code: string): boolean {
  return findingsOf(code, goodPlan()).length === 0 && findingsOf(code, goodPlan(), { asOf: goodAsOf }).length === 0;
}
