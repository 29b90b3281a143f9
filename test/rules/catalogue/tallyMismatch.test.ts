import { describe, expect, it } from 'vitest';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('tally.mismatch', () => {
  it('names each figure that differs, stated against counted', () => {
    const plan = changed((p) => {
      p.statedTally = { agreed: 2, partlyAgreed: 1, notAgreed: 0, total: 3 };
    });
    expect(findingsOf('tally.mismatch', plan).map((i) => [i.path, i.params, i.severity, i.message])).toEqual([
      [
        ['statedTally', 'agreed'],
        { figure: 'agreed', stated: 2, counted: 1 },
        'error',
        "The stated tally gives Agreed 2, but the plan's recommendations count 1.",
      ],
      [
        ['statedTally', 'notAgreed'],
        { figure: 'notAgreed', stated: 0, counted: 1 },
        'error',
        "The stated tally gives Not Agreed 0, but the plan's recommendations count 1.",
      ],
    ]);
  });

  it('needs a stated tally', () => {
    expect(
      findingsOf(
        'tally.mismatch',
        changed((p) => {
          delete p.statedTally;
        }),
      ),
    ).toEqual([]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('tally.mismatch')).toBe(true);
  });
});
