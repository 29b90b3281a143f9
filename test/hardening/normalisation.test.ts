import { describe, expect, it } from 'vitest';
import {
  checkActionPlan,
  findOverdue,
  parseTargetDate,
  tallyProgress,
  type ActionPlan,
  type TargetDate,
} from '../../src/index.js';

// Unicode normalisation reorders runs of combining marks, at a cost that grows with the square of
// their length. Target dates and owners are short, so the library normalises only so much of them:
// these tests compare the time for text n and 4n long, in one run, and fail when it grows faster
// than the text. They compare times, never assert one: a busy machine slows both sides alike.

/** A letter followed by `n` pairs of combining marks of different classes, which normalisation reorders. */
const marks = (n: number): string => `e${'\u0301\u0316'.repeat(n)}`;

/** The least time of several runs of `run` repeated `times` times, in milliseconds. */
function leastTime(run: () => void, times: number): number {
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 7; attempt += 1) {
    const start = performance.now();
    for (let i = 0; i < times; i += 1) run();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

/**
 * How many times longer the work takes on an input 4 times as large: about 4 when it is linear
 * (1 when it does not depend on the size), about 16 when it is quadratic.
 */
function growth(work: (n: number) => () => void, n: number): number {
  const small = work(n);
  const large = work(4 * n);
  // Repeat the small run until it takes long enough to time well, and the large one as often.
  let times = 1;
  while (leastTime(small, times) < 20 && times < 1 << 20) times *= 2;
  return leastTime(large, times) / leastTime(small, times);
}

/** A plan with one action whose owner, target and revised target are all `text`. */
function planOf(text: string): ActionPlan {
  const unknown: TargetDate = { type: 'unknown', raw: text };
  return {
    format: 'action-plan/1',
    title: 'Plan',
    recommendations: [
      {
        ref: '1',
        text,
        agreement: { category: 'agreed' },
        response: [{ type: 'paragraph', text }],
        actions: [
          { owner: text, target: unknown },
          {
            owner: text,
            target: unknown,
            updates: [{ on: '2026-01-01' as never, status: 'in-progress', revisedTarget: unknown, reason: text }],
          },
        ],
      },
    ],
  };
}

const N = 5_000;
// Linear work grows about 4 times, quadratic work 16 times: 8 leaves room for a busy machine.
const LINEAR = 8;

describe('text with long runs of combining marks', () => {
  it('is read by parseTargetDate in time linear in its length', () => {
    expect(growth((n) => () => parseTargetDate(marks(n)), N)).toBeLessThanOrEqual(LINEAR);
    expect(growth((n) => () => parseTargetDate(` ${marks(n)} 2026 `), N)).toBeLessThanOrEqual(LINEAR);
  }, 300_000);

  it('is tallied by tallyProgress in time linear in its length', () => {
    expect(
      growth((n) => {
        const plan = planOf(marks(n));
        return () => tallyProgress(plan, { asOf: '2026-06-01' });
      }, N),
    ).toBeLessThanOrEqual(LINEAR);
  }, 300_000);

  it('is checked by checkActionPlan in time linear in its length', () => {
    expect(
      growth((n) => {
        const plan = planOf(marks(n));
        return () => checkActionPlan(plan, { asOf: '2026-06-01' });
      }, N),
    ).toBeLessThanOrEqual(LINEAR);
  }, 300_000);

  it('is monitored by findOverdue in time linear in its length', () => {
    expect(
      growth((n) => {
        const plan = planOf(marks(n));
        return () => findOverdue(plan, { asOf: '2026-06-01' });
      }, N),
    ).toBeLessThanOrEqual(LINEAR);
  }, 300_000);

  it('is a target read as unknown, kept as written, beyond 200 characters', () => {
    const long = marks(40_000);
    expect(parseTargetDate(long)).toEqual({ type: 'unknown', raw: long });
    const padded = `March 2026${' '.repeat(300)}`;
    expect(parseTargetDate(padded)).toEqual({ type: 'month', raw: padded, month: '2026-03' });
    const wordy = `By the end of March 2026 ${'as agreed with the board '.repeat(8)}`;
    expect(parseTargetDate(wordy)).toEqual({ type: 'unknown', raw: wordy });
  });

  it('counts long owners apart from short ones, each as written', () => {
    const long = `Deputy Director ${'x'.repeat(300)}`;
    const plan = planOf('Chief Probation Officer');
    const actions = plan.recommendations[0]!.actions;
    const withLong: ActionPlan = {
      ...plan,
      recommendations: [
        {
          ...plan.recommendations[0]!,
          actions: [...actions, { ...actions[0]!, owner: long }, { ...actions[0]!, owner: long.toUpperCase() }],
        },
      ],
    };
    const owners = tallyProgress(withLong, { asOf: '2026-06-01' }).byOwner.map((o) => [o.owner, o.actions.total]);
    expect(owners).toEqual([
      ['Chief Probation Officer', 2],
      [long, 1],
      [long.toUpperCase(), 1],
    ]);
  });
});
