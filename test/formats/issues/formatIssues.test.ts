import { describe, expect, it } from 'vitest';
import { checkActionPlan, formatIssues, fromCsv, fromJson, parseActionPlan } from '../../../src/index.js';
import { realPlan, realPlanJson } from '../../support/realPlan.js';
import { changed } from '../../support/plans.js';

describe('formatIssues', () => {
  it('writes the bundled plan’s findings grouped by recommendation, naming owners and targets as written', () => {
    const plan = realPlan();
    expect(formatIssues(checkActionPlan(plan), { plan })).toBe(
      [
        'Recommendation 5 (Agreed)',
        '  warning  agreed.no_timescale  Recommendation 5 is agreed but its one action has no target date with a deadline.',
        '  warning  action.not_time_bound  Action 1 of recommendation 5 (Chief Probation Officer) has the target date "Commenced and ongoing", which sets no date (ongoing).',
        '           at action 1: Chief Probation Officer, "Commenced and ongoing"',
        '',
        'Recommendation 6 (Agreed)',
        '  warning  action.not_time_bound  Action 1 of recommendation 6 (Deputy Director Public Protection Group) has the target date "Commenced and ongoing", which sets no date (ongoing).',
        '           at action 1: Deputy Director Public Protection Group, "Commenced and ongoing"',
        '',
        'Recommendation 7 (Partly Agreed)',
        '  error    partly_agreed.reason_missing  Recommendation 7 is partly agreed but the response does not say whether the reason is commissioning, policy, operational or affordability.',
        '  warning  partly_agreed.no_timescale  Recommendation 7 is partly agreed but its one action has no target date with a deadline.',
        '  warning  action.not_time_bound  Action 1 of recommendation 7 (Deputy Director Public Protection Group) has the target date "Commenced and ongoing", which sets no date (ongoing).',
        '           at action 1: Deputy Director Public Protection Group, "Commenced and ongoing"',
        '',
        '1 error, 5 warnings, 0 notes',
        '',
      ].join('\n'),
    );
  });

  it('puts plan-level and tally issues in their own groups and counts notes', () => {
    const plan = changed((p) => {
      p.statedTally.total = 4;
    });
    const issues = [...checkActionPlan(plan, { asOf: '2027-09-30' })];
    const text = formatIssues(issues, { plan });
    expect(text).toContain('Stated tally\n  error    tally.mismatch');
    expect(text).toContain('  info     progress.due_soon');
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 error, 1 warning, 1 note');
  });

  it('shows paths when no plan is given, and validation issues too', () => {
    const result = parseActionPlan({ format: 'action-plan/1', title: 'T', recommendations: [{ ref: 1 }] });
    const text = formatIssues(result.issues);
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Recommendation at position 1',
      '  error    schema.invalid_type  Expected string, received number.',
      '           at recommendations[0].ref',
    ]);
  });

  it('quotes the evidence a rule matched', () => {
    const text = formatIssues([
      {
        code: 'house.reason_named',
        severity: 'info',
        path: ['recommendations', 0, 'response'],
        message: 'A reason is named.',
        params: {},
        evidence: [{ text: 'unaffordable', path: ['recommendations', 0, 'response', 1] }],
      },
    ]);
    expect(text).toContain('evidence: "unaffordable" at recommendations[0].response[1]');
  });

  it('says so when there is nothing to report', () => {
    expect(formatIssues([])).toBe('No issues found.\n');
  });

  it('says the line of every issue that has a location, or that locate finds', () => {
    const csv = fromCsv('ref,recommendation,category,colour\n1,Do it,maybe,red\n', { title: 'P' });
    expect(formatIssues(csv.issues).split('\n')).toEqual([
      'Plan',
      '  warning  csv.unknown_column  The column "colour" is not one of the documented columns; its values were not read.',
      '           at line 1',
      '  warning  csv.category_unrecognised  Line 2: recommendation 1 has the category "maybe", which is not agreed, partly-agreed or not-agreed, nor a label such as Accepted; the recommendation was read with no category.',
      '           at line 2',
      '',
      '0 errors, 2 warnings, 0 notes',
      '',
    ]);
    const read = fromJson(realPlanJson());
    if (!read.ok) throw new Error('the bundled plan did not read');
    const plan = read.value;
    const report = formatIssues(checkActionPlan(plan), { plan, locate: read.locate });
    const line = read.locate(['recommendations', 6, 'response'])?.line;
    expect(line).toBeGreaterThan(1);
    expect(report).toContain(
      `  error    partly_agreed.reason_missing  Recommendation 7 is partly agreed but the response does not say whether the reason is commissioning, policy, operational or affordability.\n           at line ${line}\n`,
    );
    expect(report).toMatch(/at action 1: Deputy Director Public Protection Group, "Commenced and ongoing", line \d+\n/);
  });

  it('names the page and the first line of a location', () => {
    const issue = { code: 'x', severity: 'info' as const, path: [], message: 'M.', params: {} };
    expect(formatIssues([{ ...issue, location: { line: 3, endLine: 5, page: 2 } }])).toContain('at page 2, line 3\n');
    expect(formatIssues([{ ...issue, location: { line: 3, endLine: 3 } }])).toContain('at line 3\n');
  });

  it('names a category without a label by its template name, as Markdown and HTML do', () => {
    const plan = {
      format: 'action-plan/1' as const,
      title: 'P',
      recommendations: [
        {
          ref: '1',
          text: 'T',
          agreement: { category: 'partly-agreed' as const, label: ' ' },
          response: [],
          actions: [],
        },
      ],
    };
    expect(formatIssues(checkActionPlan(plan), { plan }).split('\n')[0]).toBe('Recommendation 1 (Partly Agreed)');
  });
});
