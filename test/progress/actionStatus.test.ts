import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionStatus, parseTargetDate, type Action, type IsoDate, type ProgressUpdate } from '../../src/index.js';
import { deepFreeze } from '../support/deepFreeze.js';

const d = (value: string): IsoDate => value as IsoDate;
const action = (target: string, updates?: ProgressUpdate[]): Action =>
  deepFreeze({ owner: 'Chief Probation Officer', target: parseTargetDate(target), ...(updates ? { updates } : {}) });
const update = (on: string, status: ProgressUpdate['status'], extra: Partial<ProgressUpdate> = {}): ProgressUpdate => ({
  on: d(on),
  status,
  ...extra,
});

describe('actionStatus', () => {
  it('meets a month target on its last day and is overdue by 1 day on the first of the next month', () => {
    const march = action('March 2026');
    expect(actionStatus(march, { asOf: d('2026-03-31') })).toMatchObject({
      status: 'due-soon',
      deadline: '2026-03-31',
      daysLeft: 0,
    });
    expect(actionStatus(march, { asOf: d('2026-04-01') })).toMatchObject({
      status: 'overdue',
      deadline: '2026-03-31',
      daysOverdue: 1,
    });
  });

  it('counts calendar days across a leap day and across a year end', () => {
    expect(actionStatus(action('28 February 2028'), { asOf: d('2028-03-01') })).toMatchObject({ daysOverdue: 2 });
    expect(actionStatus(action('December 2026'), { asOf: d('2027-01-01') })).toMatchObject({ daysOverdue: 1 });
  });

  it('is due soon within the window, on track beyond it, and the window is an option', () => {
    const june = action('30 June 2026');
    expect(actionStatus(june, { asOf: d('2026-05-31') })).toMatchObject({ status: 'due-soon', daysLeft: 30 });
    expect(actionStatus(june, { asOf: d('2026-05-30') })).toMatchObject({ status: 'on-track', daysLeft: 31 });
    expect(actionStatus(june, { asOf: d('2026-06-29'), dueSoonDays: 0 })).toMatchObject({
      status: 'on-track',
      daysLeft: 1,
    });
    expect(actionStatus(june, { asOf: d('2026-06-30'), dueSoonDays: 0 })).toMatchObject({
      status: 'due-soon',
      daysLeft: 0,
    });
  });

  it('counts a deadline within any window as due soon, even one reaching past the year 9999', () => {
    const far = action('31 December 9999');
    expect(actionStatus(far, { asOf: d('2026-11-26'), dueSoonDays: Number.MAX_SAFE_INTEGER })).toMatchObject({
      status: 'due-soon',
      daysLeft: 2912113,
    });
    expect(actionStatus(far, { asOf: d('2026-11-26'), dueSoonDays: 2912112 })).toMatchObject({
      status: 'on-track',
      daysLeft: 2912113,
    });
  });

  it.each([['Commenced and ongoing'], ['TBC'], ['After decision'], [''], ['whenever possible']])(
    'is open-ended for the target %j, which has no deadline',
    (target) => {
      expect(actionStatus(action(target), { asOf: d('2030-01-01') })).toEqual({
        status: 'open-ended',
        target: parseTargetDate(target),
        revised: false,
      });
    },
  );

  it('is completed when the plan says Completed', () => {
    expect(actionStatus(action('Completed'), { asOf: d('2026-11-26') })).toEqual({
      status: 'completed',
      target: parseTargetDate('Completed'),
      revised: false,
    });
  });

  it('is completed from the date of the update that says so, not before', () => {
    const done = action('March 2026', [update('2026-05-10', 'completed')]);
    expect(actionStatus(done, { asOf: d('2026-05-09') })).toMatchObject({ status: 'overdue', daysOverdue: 39 });
    expect(actionStatus(done, { asOf: d('2026-05-10') })).toMatchObject({ status: 'completed', on: '2026-05-10' });
  });

  it('is withdrawn when the latest update withdraws it', () => {
    const withdrawn = action('March 2026', [update('2026-02-01', 'withdrawn')]);
    expect(actionStatus(withdrawn, { asOf: d('2026-11-26') })).toMatchObject({ status: 'withdrawn', on: '2026-02-01' });
  });

  it('lets the latest update decide: an action reopened after completion is open again', () => {
    const reopened = action('Completed', [update('2026-03-01', 'completed'), update('2026-06-01', 'in-progress')]);
    expect(actionStatus(reopened, { asOf: d('2026-07-01') }).status).toBe('open-ended');
    expect(actionStatus(reopened, { asOf: d('2026-05-01') })).toMatchObject({ status: 'completed', on: '2026-03-01' });
  });

  it('orders updates by date whatever their order in the list, and the later listed wins on one day', () => {
    const shuffled = action('March 2026', [update('2026-06-01', 'in-progress'), update('2026-04-01', 'completed')]);
    expect(actionStatus(shuffled, { asOf: d('2026-07-01') }).status).toBe('overdue');
    const sameDay = action('March 2026', [update('2026-04-01', 'in-progress'), update('2026-04-01', 'completed')]);
    expect(actionStatus(sameDay, { asOf: d('2026-04-01') }).status).toBe('completed');
  });

  it('uses a revised target from the update date on, and keeps the original on record', () => {
    const revisedTarget = parseTargetDate('September 2026');
    const revised = action('March 2026', [
      update('2026-03-15', 'in-progress', { revisedTarget, reason: 'Supplier delay' }),
    ]);
    expect(actionStatus(revised, { asOf: d('2026-03-14') })).toMatchObject({
      status: 'due-soon',
      revised: false,
      deadline: '2026-03-31',
    });
    expect(actionStatus(revised, { asOf: d('2026-04-01') })).toEqual({
      status: 'on-track',
      target: revisedTarget,
      revised: true,
      deadline: '2026-09-30',
      daysLeft: 182,
    });
    expect(revised.target).toEqual(parseTargetDate('March 2026'));
  });

  it('uses the latest revised target in effect, even from an update without one after it', () => {
    const twice = action('March 2026', [
      update('2026-03-15', 'in-progress', { revisedTarget: parseTargetDate('June 2026') }),
      update('2026-06-20', 'in-progress', { revisedTarget: parseTargetDate('Q4 2026') }),
      update('2026-08-01', 'in-progress', { note: 'On course' }),
    ]);
    expect(actionStatus(twice, { asOf: d('2026-06-19') })).toMatchObject({ deadline: '2026-06-30' });
    expect(actionStatus(twice, { asOf: d('2026-09-01') })).toMatchObject({
      status: 'on-track',
      deadline: '2026-12-31',
      revised: true,
    });
  });

  it('ignores updates dated after asOf', () => {
    const future = action('March 2026', [
      update('2027-01-01', 'completed', { revisedTarget: parseTargetDate('2030') }),
    ]);
    expect(actionStatus(future, { asOf: d('2026-11-26') })).toMatchObject({ status: 'overdue', revised: false });
  });

  it.each([['2026-02-30'], ['26-11-2026'], ['']])('throws a RangeError for asOf %j', (asOf) => {
    expect(() => actionStatus(action('March 2026'), { asOf })).toThrow(
      new RangeError(`actionStatus: options.asOf must be a date in the form YYYY-MM-DD, got ${JSON.stringify(asOf)}`),
    );
  });

  it.each([[undefined], [20261126], [new Date(Date.UTC(2026, 10, 26))]])('throws a TypeError for asOf %j', (asOf) => {
    expect(() => actionStatus(action('March 2026'), { asOf: asOf as unknown as string })).toThrow(TypeError);
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'throws a RangeError for dueSoonDays %j',
    (dueSoonDays) => {
      expect(() => actionStatus(action('March 2026'), { asOf: d('2026-01-01'), dueSoonDays })).toThrow(RangeError);
    },
  );

  const anyDay = fc
    .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10) as IsoDate);

  it('counts days overdue up by exactly one per day once the deadline has passed', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 2000 }), (deadline, days) => {
        const a = action(deadline);
        const next = new Date(Date.parse(`${deadline}T00:00:00Z`) + days * 86_400_000)
          .toISOString()
          .slice(0, 10) as IsoDate;
        const after = new Date(Date.parse(`${next}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) as IsoDate;
        const first = actionStatus(a, { asOf: next });
        const second = actionStatus(a, { asOf: after });
        expect(first).toMatchObject({ status: 'overdue', daysOverdue: days });
        expect(second).toMatchObject({ status: 'overdue', daysOverdue: days + 1 });
      }),
    );
  });
});
