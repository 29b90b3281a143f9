import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseTargetDate,
  recommendationStatus,
  tallyAgreement,
  tallyPlans,
  tallyProgress,
  type ActionPlan,
  type IsoDate,
  type ProgressCounts,
  type ProgressUpdate,
  type Recommendation,
} from '../../src/index.js';
import { actionPlan } from '../support/arbitraries.js';
import { realPlan } from '../support/realPlan.js';

const asOf = '2026-11-26' as IsoDate;
const sum = (c: ProgressCounts) => c.completed + c.withdrawn + c.overdue + c.dueSoon + c.onTrack + c.openEnded;
const rec = (ref: string, actions: Recommendation['actions'], extra: Partial<Recommendation> = {}): Recommendation => ({
  ref,
  text: 'Recommendation',
  agreement: { category: 'agreed' },
  response: [],
  actions,
  ...extra,
});
const act = (owner: string, target: string, updates?: ProgressUpdate[]) => ({
  owner,
  target: parseTargetDate(target),
  ...(updates ? { updates } : {}),
});

describe('tallyAgreement', () => {
  it('matches the bundled plan’s stated tally', () => {
    const plan = realPlan();
    expect(tallyAgreement(plan)).toEqual({ agreed: 6, partlyAgreed: 1, notAgreed: 0, total: 7 });
    expect(tallyAgreement(plan)).toEqual(plan.statedTally);
  });

  it('counts every recommendation in its total, those that state no category in the total only', () => {
    fc.assert(
      fc.property(actionPlan, (plan) => {
        const t = tallyAgreement(plan);
        const stated = plan.recommendations.filter((r) => r.agreement.category !== undefined).length;
        expect(t.agreed + t.partlyAgreed + t.notAgreed).toBe(stated);
        expect(t.total).toBe(plan.recommendations.length);
      }),
    );
  });

  it('counts a recommendation with no category, or one outside the three in an unchecked plan, in the total only', () => {
    const plan = {
      format: 'action-plan/1',
      title: 'Plan',
      recommendations: [
        rec('1', []),
        rec('2', [], { agreement: {} }),
        rec('3', [], { agreement: { label: 'Accepted in principle' } }),
        rec('4', [], { agreement: { category: 'toString' } as never }),
        rec('5', [], { agreement: { category: 'partly-agreed' } }),
      ],
    } satisfies ActionPlan;
    expect(tallyAgreement(plan)).toEqual({ agreed: 1, partlyAgreed: 1, notAgreed: 0, total: 5 });
    expect(tallyProgress(plan, { asOf }).bySection).toEqual([
      {
        agreement: { agreed: 1, partlyAgreed: 1, notAgreed: 0, total: 5 },
        actions: { completed: 0, withdrawn: 0, overdue: 0, dueSoon: 0, onTrack: 0, openEnded: 0, total: 0 },
      },
    ]);
  });
});

describe('recommendationStatus', () => {
  it.each<[string, Recommendation['actions'], string]>([
    ['no actions', [], 'no-actions'],
    ['all completed', [act('A', 'Completed')], 'completed'],
    ['all withdrawn', [act('A', 'March 2026', [{ on: '2026-01-01' as IsoDate, status: 'withdrawn' }])], 'withdrawn'],
    [
      'completed and withdrawn',
      [act('A', 'Completed'), act('B', 'March 2026', [{ on: '2026-01-01' as IsoDate, status: 'withdrawn' }])],
      'completed',
    ],
    [
      'one overdue among others',
      [act('A', 'Completed'), act('B', 'Ongoing'), act('C', 'March 2026'), act('D', 'December 2026')],
      'overdue',
    ],
    ['due soon and open-ended', [act('A', 'Ongoing'), act('B', '1 December 2026')], 'due-soon'],
    ['on track and open-ended', [act('A', 'Ongoing'), act('B', '2027')], 'on-track'],
    ['open-ended and completed', [act('A', 'Ongoing'), act('B', 'Completed')], 'open-ended'],
  ])('is %s → %s', (_, actions, expected) => {
    const progress = recommendationStatus(rec('1', actions), { asOf });
    expect(progress.status).toBe(expected);
    expect(progress.actions).toHaveLength(actions.length);
    expect(progress.counts.total).toBe(actions.length);
  });

  it('throws a RangeError for an invalid asOf even without actions', () => {
    expect(() => recommendationStatus(rec('1', []), { asOf: 'now' })).toThrow(RangeError);
  });
});

describe('tallyProgress', () => {
  it('counts the bundled plan as of 2026-11-26', () => {
    const tally = tallyProgress(realPlan(), { asOf });
    expect(tally.actions).toEqual({
      completed: 1,
      withdrawn: 0,
      overdue: 5,
      dueSoon: 0,
      onTrack: 3,
      openEnded: 3,
      total: 12,
    });
    expect(tally.recommendations).toEqual({
      'no-actions': 0,
      completed: 0,
      withdrawn: 0,
      overdue: 4,
      'due-soon': 0,
      'on-track': 1,
      'open-ended': 2,
    });
    expect(tally.byOwner.map((o) => [o.owner, o.actions.total, o.actions.overdue])).toEqual([
      ['Deputy Director Public Protection Group', 8, 3],
      ['Deputy Director, Workforce and Capability', 1, 0],
      ['Chief Probation Officer', 2, 1],
      ['Regional Probation Director, Performance & Quality', 1, 1],
    ]);
    expect(tally.bySection).toEqual([
      {
        section: 'Recommendations',
        agreement: { agreed: 6, partlyAgreed: 1, notAgreed: 0, total: 7 },
        actions: tally.actions,
      },
    ]);
  });

  it('matches owners regardless of case, spaces and punctuation, showing the first spelling', () => {
    const plan = {
      format: 'action-plan/1',
      title: 'Plan',
      recommendations: [
        rec('1', [act('Deputy Director, Workforce and Capability', 'Completed')], { section: 'A' }),
        rec('2', [act('deputy director  workforce and capability.', 'Ongoing'), act('', 'TBC')]),
        rec('3', [act('DEPUTY DIRECTOR WORKFORCE AND CAPABILITY', 'March 2026'), act('Governor', '2027')], {
          section: 'A',
        }),
      ],
    } as ActionPlan;
    const tally = tallyProgress(plan, { asOf });
    expect(tally.byOwner.map((o) => [o.owner, o.actions.total])).toEqual([
      ['Deputy Director, Workforce and Capability', 3],
      ['', 1],
      ['Governor', 1],
    ]);
    expect(tally.bySection.map((s) => [s.section, s.agreement.total, s.actions.total])).toEqual([
      ['A', 2, 3],
      [undefined, 1, 2],
    ]);
    expect('section' in (tally.bySection[1] as object)).toBe(false);
  });

  it('makes every count sum to its total, for every plan and date', () => {
    const day = fc
      .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10) as IsoDate);
    fc.assert(
      fc.property(actionPlan, day, (plan, on) => {
        const tally = tallyProgress(plan, { asOf: on });
        const actions = plan.recommendations.reduce((n, r) => n + r.actions.length, 0);
        expect(tally.actions.total).toBe(actions);
        expect(sum(tally.actions)).toBe(tally.actions.total);
        for (const owner of tally.byOwner) expect(sum(owner.actions)).toBe(owner.actions.total);
        expect(tally.byOwner.reduce((n, o) => n + o.actions.total, 0)).toBe(actions);
        expect(tally.bySection.reduce((n, s) => n + s.actions.total, 0)).toBe(actions);
        expect(tally.bySection.reduce((n, s) => n + s.agreement.total, 0)).toBe(plan.recommendations.length);
        expect(Object.values(tally.recommendations).reduce((n, c) => n + c, 0)).toBe(plan.recommendations.length);
      }),
      { numRuns: 200 },
    );
  });

  it('throws a RangeError naming the function for an invalid asOf, even for a plan without recommendations', () => {
    const empty: ActionPlan = { format: 'action-plan/1', title: 'Plan', recommendations: [] };
    expect(() => tallyProgress(empty, { asOf: 'nope' })).toThrow(
      new RangeError('tallyProgress: options.asOf must be a date in the form YYYY-MM-DD, got "nope"'),
    );
    expect(() => tallyPlans([empty], { asOf: 'nope' })).toThrow(
      new RangeError('tallyPlans: options.asOf must be a date in the form YYYY-MM-DD, got "nope"'),
    );
    expect(() => tallyProgress(empty, { asOf, dueSoonDays: 1.5 })).toThrow(RangeError);
  });
});

describe('tallyPlans', () => {
  it('combines plans with acceptance and implementation rates', () => {
    const tally = tallyPlans([realPlan(), realPlan()], { asOf });
    expect(tally.plans).toBe(2);
    expect(tally.agreement).toEqual({ agreed: 12, partlyAgreed: 2, notAgreed: 0, total: 14 });
    expect(tally.actions.total).toBe(24);
    expect(tally.acceptanceRate).toBe(1);
    expect(tally.implementationRate).toBeCloseTo(2 / 24);
  });

  it('leaves out a rate with nothing to count rather than giving NaN', () => {
    const tally = tallyPlans([], { asOf });
    expect(tally).toEqual({
      plans: 0,
      agreement: { agreed: 0, partlyAgreed: 0, notAgreed: 0, total: 0 },
      actions: { completed: 0, withdrawn: 0, overdue: 0, dueSoon: 0, onTrack: 0, openEnded: 0, total: 0 },
    });
  });

  it('leaves recommendations that state no category out of the acceptance rate, and counts them in the total', () => {
    const plan = {
      format: 'action-plan/1',
      title: 'Plan',
      recommendations: [
        rec('1', []),
        rec('2', [], { agreement: { category: 'not-agreed' } }),
        rec('3', [], { agreement: {} }),
        rec('4', [], { agreement: { label: 'Noted' } }),
      ],
    } satisfies ActionPlan;
    const tally = tallyPlans([plan], { asOf });
    expect(tally.agreement).toEqual({ agreed: 1, partlyAgreed: 0, notAgreed: 1, total: 4 });
    expect(tally.acceptanceRate).toBe(0.5);
    const none = tallyPlans([{ ...plan, recommendations: plan.recommendations.slice(2) }], { asOf });
    expect(none.agreement.total).toBe(2);
    expect(none).not.toHaveProperty('acceptanceRate');
  });

  it('excludes withdrawn actions from the implementation rate', () => {
    const plan = {
      format: 'action-plan/1',
      title: 'Plan',
      recommendations: [
        rec(
          '1',
          [
            act('A', 'Completed'),
            act('B', 'March 2026', [{ on: '2026-02-01' as IsoDate, status: 'withdrawn' }]),
            act('C', 'Ongoing'),
          ],
          { agreement: { category: 'not-agreed' } },
        ),
      ],
    } as ActionPlan;
    const tally = tallyPlans([plan], { asOf });
    expect(tally.implementationRate).toBe(0.5);
    expect(tally.acceptanceRate).toBe(0);
  });

  it('sums to its totals for any plans', () => {
    fc.assert(
      fc.property(fc.array(actionPlan, { maxLength: 4 }), (plans) => {
        const tally = tallyPlans(plans, { asOf });
        expect(sum(tally.actions)).toBe(tally.actions.total);
        const recommendations = plans.flatMap((plan) => plan.recommendations);
        const answered = recommendations.filter((r) => r.agreement.category !== undefined).length;
        expect(tally.agreement.agreed + tally.agreement.partlyAgreed + tally.agreement.notAgreed).toBe(answered);
        expect(tally.agreement.total).toBe(recommendations.length);
        expect(tally.acceptanceRate === undefined).toBe(answered === 0);
        if (tally.acceptanceRate !== undefined) expect(tally.acceptanceRate).toBeGreaterThanOrEqual(0);
        if (tally.implementationRate !== undefined) expect(tally.implementationRate).toBeLessThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });

  it('throws a RangeError for an invalid asOf', () => {
    expect(() => tallyPlans([], { asOf: '2026-13-01' })).toThrow(RangeError);
  });
});
