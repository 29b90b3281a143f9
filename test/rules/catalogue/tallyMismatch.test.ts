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

  it('counts a recommendation that states no category in the total only', () => {
    const plan = changed((p) => {
      p.recommendations[2].agreement = { label: 'Accepted in principle' };
    });
    expect(findingsOf('tally.mismatch', plan).map((i) => i.params)).toEqual([
      { figure: 'notAgreed', stated: 1, counted: 0 },
    ]);
    const restated = changed((p) => {
      p.statedTally = { agreed: 1, partlyAgreed: 1, notAgreed: 0, total: 3 };
    }, plan);
    expect(findingsOf('tally.mismatch', restated)).toEqual([]);
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
