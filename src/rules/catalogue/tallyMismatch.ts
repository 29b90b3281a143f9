import type { IssueParamsByCode } from '../../model/Issue.js';
import type { RuleFinding } from '../../model/Rule.js';
import { tallyAgreement } from '../../tally/tallyAgreement.js';
import type { Tally } from '../../model/Tally.js';
import { builtInRule, type BuiltInRule } from '../_internal/builtIn.js';
import { TALLY_FIGURES } from '../../model/vocabulary.js';

const FIGURES: readonly (keyof Tally)[] = TALLY_FIGURES;

/** `tally.mismatch`: the stated tally differs from the rows. */
export const tallyMismatch: BuiltInRule<'tally.mismatch'> = /* @__PURE__ */ builtInRule({
  code: 'tally.mismatch',
  severity: 'error',
  description:
    'A figure of the stated tally (Agreed, Partly Agreed, Not Agreed, Total) differs from the count of the recommendations; one issue per figure.',
  fix: 'Correct the tally, or the category of the recommendation that was miscounted.',
  check({ plan }) {
    const found: RuleFinding<IssueParamsByCode['tally.mismatch']>[] = [];
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
