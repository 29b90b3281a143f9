import { describe, expect, it } from 'vitest';
import { parseTargetDate } from '../../../src/index.js';
import { action, changed, findingsOf, silentOnGoodPlan } from '../../support/plans.js';

describe('agreed.no_timescale', () => {
  it('reports an agreed recommendation whose actions set no deadline', () => {
    const plan = changed((p) => {
      p.recommendations[0].actions = [action('Governor', 'Ongoing'), action('Head of Safety', 'TBC')];
    });
    expect(findingsOf('agreed.no_timescale', plan).map((i) => [i.path, i.params, i.severity, i.message])).toEqual([
      [
        ['recommendations', 0, 'actions'],
        { ref: '1', actions: 2 },
        'warning',
        'Recommendation 1 is agreed but none of its 2 actions has a target date with a deadline.',
      ],
    ]);
  });

  it('accepts a completed action, or a deadline set later by a revised target', () => {
    expect(
      findingsOf(
        'agreed.no_timescale',
        changed((p) => {
          p.recommendations[0].actions = [action('Governor', 'Completed')];
        }),
      ),
    ).toEqual([]);
    const revised = action('Governor', 'Ongoing', {
      updates: [
        {
          on: '2026-05-01',
          status: 'in-progress',
          revisedTarget: parseTargetDate('June 2027'),
          reason: 'Scoped',
        } as never,
      ],
    });
    expect(
      findingsOf(
        'agreed.no_timescale',
        changed((p) => {
          p.recommendations[0].actions = [revised];
        }),
      ),
    ).toEqual([]);
  });

  it('leaves a recommendation without actions to agreed.no_actions', () => {
    expect(
      findingsOf(
        'agreed.no_timescale',
        changed((p) => {
          p.recommendations[0].actions = [];
        }),
      ),
    ).toEqual([]);
  });

  it('is silent on a good plan', () => {
    expect(silentOnGoodPlan('agreed.no_timescale')).toBe(true);
  });
});
