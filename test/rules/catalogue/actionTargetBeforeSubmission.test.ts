import { describe, expect, it } from 'vitest';
import { parseTargetDate } from '../../../src/index.js';
import { changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('action.target_before_submission', () => {
  it('reports a deadline that had passed when the plan was submitted', () => {
    const plan = changed((p) => {
      p.recommendations[1].actions[0].target = parseTargetDate('January 2026');
    });
    expect(findingsOf('action.target_before_submission', plan).map((i) => [i.path, i.params, i.severity])).toEqual([
      [
        ['recommendations', 1, 'actions', 0, 'target'],
        {
          ref: '2',
          action: 1,
          owner: 'Head of Analysis',
          raw: 'January 2026',
          deadline: '2026-01-31',
          submitted: '2026-02-09',
        },
        'warning',
      ],
    ]);
  });

  it('accepts a deadline on the day of submission, and one reported completed by then', () => {
    expect(
      findingsOf(
        'action.target_before_submission',
        changed((p) => {
          p.recommendations[1].actions[0].target = parseTargetDate('9 February 2026');
        }),
      ),
    ).toEqual([]);
    const done = changed((p) => {
      p.recommendations[1].actions[0].target = parseTargetDate('January 2026');
      p.recommendations[1].actions[0].updates = [{ on: '2026-01-20', status: 'completed' }];
    });
    expect(findingsOf('action.target_before_submission', done)).toEqual([]);
  });

  it('needs the submission date', () => {
    const plan = changed((p) => {
      p.recommendations[1].actions[0].target = parseTargetDate('January 2026');
      delete p.submitted;
    });
    expect(findingsOf('action.target_before_submission', plan)).toEqual([]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('action.target_before_submission')).toBe(true);
  });
});
