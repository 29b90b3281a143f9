import type { RuleFinding } from '../../model/Rule.js';
import { tallyAgreement } from '../../tally/tallyAgreement.js';
import type { Tally } from '../../model/Tally.js';
import { planRule, documented, type BuiltInCheck, type BuiltInRule } from '../_internal/builtIn.js';
import { TALLY_FIGURES } from '../../model/vocabulary.js';
import { FIGURE_NAMES } from '../_internal/words.js';

const FIGURES: readonly (keyof Tally)[] = TALLY_FIGURES;

/**
 * A figure of the stated tally differs from the count of the plan's rows.
 * @category Rules
 */
export interface TallyMismatchParams {
  /** The figure that differs. */
  readonly figure: keyof Tally;
  /** The figure the plan states. */
  readonly stated: number;
  /** The figure counted from the plan's recommendations. */
  readonly counted: number;
}

/** `tally.mismatch` as the checks run it: its code, params, message, severity and test. */
export const tallyMismatchCheck: BuiltInCheck<'tally.mismatch', TallyMismatchParams> = planRule({
  code: 'tally.mismatch',
  severity: 'error',
  message: (p) =>
    `The stated tally gives ${FIGURE_NAMES[p.figure]} ${p.stated}, but the plan's recommendations count ${p.counted}.`,
  field: 'statedTally',
  find({ plan }) {
    const found: RuleFinding<TallyMismatchParams>[] = [];
    const stated = plan.statedTally;
    if (stated === undefined) return found;
    const counted = tallyAgreement(plan);
    for (const figure of FIGURES) {
      if (stated[figure] !== counted[figure]) {
        found.push({
          path: ['statedTally', figure],
          params: { figure, stated: stated[figure], counted: counted[figure] },
        });
      }
    }
    return found;
  },
});

/** `tally.mismatch`: the stated tally differs from the rows. */
export const tallyMismatch: BuiltInRule<'tally.mismatch', TallyMismatchParams> = /* @__PURE__ */ documented(
  tallyMismatchCheck,
  {
    description:
      'A figure of the stated tally (Agreed, Partly Agreed, Not Agreed, Total) differs from the count of the recommendations; one issue per figure.',
    fix: 'Correct the tally, or the category of the recommendation that was miscounted.',
  },
);
