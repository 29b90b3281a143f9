import { describe, expect, it } from 'vitest';
import { fromPublishedText, parseActionPlan, type ActionPlan, type Issue } from '../../../src/index.js';

const HEAD =
  '1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response Action Taken/Planned\t5. Responsible Owner\t6. Target Date';
const row = (...cells: string[]) => cells.join('\t');

/** Reads a text that must give a valid plan. */
function read(text: string): { plan: ActionPlan; issues: readonly Issue[] } {
  const result = fromPublishedText(text);
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.issues)}`);
  expect(parseActionPlan(result.value).ok).toBe(true);
  return { plan: result.value, issues: result.issues };
}
const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);

describe('fromPublishedText on header lines as people copy them', () => {
  it('reads the whole header copied as one line: title, report and publication date', () => {
    const { plan, issues } = read(
      [
        'Action Plan: HMP Liverpool A response to the HMCIP Inspection Report Published 19th January 2018',
        HEAD,
        row('1', 'Clean the wings.', 'Agreed', 'Cleaning will be scheduled.', 'Governor', 'March 2018'),
      ].join('\n'),
    );
    expect([plan.title, plan.reportTitle, plan.reportPublished]).toEqual([
      'HMP Liverpool',
      'the HMCIP Inspection Report',
      '2018-01-19',
    ]);
    expect(codes(issues)).toEqual([]);
  });

  it('keeps a title that only mentions publication as one title', () => {
    const { plan } = read(
      [
        'ACTION PLAN: Response to the report published by the Chief Inspector on staffing levels',
        HEAD,
        row('1', 'Clean the wings.', 'Agreed', 'Cleaning will be scheduled.', 'Governor', 'March 2018'),
      ].join('\n'),
    );
    expect(plan.title).toBe('Response to the report published by the Chief Inspector on staffing levels');
    expect(plan.reportPublished).toBeUndefined();
  });

  it('reads header fields written in the cells of a table ("Report published<TAB>20 October 2015")', () => {
    const { plan, issues } = read(
      [
        'ACTION PLAN: Inspection of HMP Example',
        'Report published\t20 October 2015',
        'Action plan submitted\t26 th November 2015',
        '',
        HEAD,
        row('1', 'Clean the wings.', 'Agreed', 'Cleaning will be scheduled.', 'Governor', '31 st March 2016'),
      ].join('\n'),
    );
    expect([plan.reportPublished, plan.submitted]).toEqual(['2015-10-20', '2015-11-26']);
    expect(plan.recommendations[0]?.actions[0]?.target).toEqual({
      type: 'day',
      raw: '31 st March 2016',
      date: '2016-03-31',
    });
    expect(codes(issues)).toEqual([]);
  });

  it('reads an ordinal split from its day in a header date ("26 th August 2020")', () => {
    const { plan } = read(
      [
        'ACTION PLAN: Inspection of HMP Example',
        'Report Published: 26 th August 2020',
        HEAD,
        row('1', 'Clean the wings.', 'Agreed', 'Cleaning will be scheduled.', 'Governor', 'March 2021'),
      ].join('\n'),
    );
    expect(plan.reportPublished).toBe('2020-08-26');
  });

  it('joins a title wrapped over two lines, and locates it on both', () => {
    const result = fromPublishedText(
      [
        'A Response to: Serious Further Offence Annual',
        'Report 2024-2025',
        'Action Plan Submitted: 09 February 2026',
        HEAD,
        row('1', 'Clean the wings.', 'Agreed', 'Cleaning will be scheduled.', 'Governor', 'March 2026'),
      ].join('\n'),
    );
    expect(result.ok && result.value.title).toBe('Serious Further Offence Annual Report 2024-2025');
    expect(result.ok && result.value.submitted).toBe('2026-02-09');
    expect(result.locate(['reportTitle'])).toEqual({ line: 1, endLine: 2 });
    expect(codes(result.issues)).toEqual([]);
  });

  it('does not join a heading or a sentence below a title', () => {
    for (const next of ['INTRODUCTION', 'Introduction', 'This plan responds to the report.']) {
      const { plan } = read(
        [
          'ACTION PLAN: Inspection of HMP Example',
          next,
          HEAD,
          row('1', 'Clean the wings.', 'Agreed', 'Cleaning will be scheduled.', 'Governor', 'March 2026'),
        ].join('\n'),
      );
      expect(plan.title).toBe('Inspection of HMP Example');
    }
  });
});

describe('fromPublishedText on refs written as words', () => {
  it('reads "Recommendation 1.1", "Ref No. E1" and "Area for improvement 3" as refs, and the kind the words name', () => {
    const { plan, issues } = read(
      [
        'ACTION PLAN: Inspection of HMP Example',
        HEAD,
        row(
          'Recommendation 1.1',
          'Clean the wings.',
          'Agreed',
          'Cleaning will be scheduled.',
          'Governor',
          'March 2026',
        ),
        row('Ref No. E1', 'Repair the showers.', 'Accepted', 'Repairs are funded.', 'Head of Estates', 'June 2026'),
        row(
          'Area for improvement 3',
          'Open the library daily.',
          'Partly Agreed',
          'Not affordable: four days.',
          'Governor',
          'Q3 2026',
        ),
        row('Rec 4', 'Keep records.', 'Agreed', 'Records will be kept.', 'Governor', 'Completed'),
      ].join('\n'),
    );
    expect(plan.recommendations.map((r) => [r.ref, r.kind])).toEqual([
      ['1.1', 'recommendation'],
      ['E1', undefined],
      ['3', 'area-for-improvement'],
      ['Rec 4', undefined],
    ]);
    expect(codes(issues)).toEqual([]);
  });
});
