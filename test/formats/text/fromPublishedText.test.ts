import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromPublishedText,
  parseActionPlan,
  parseTargetDate,
  toJson,
  type ActionPlan,
  type Issue,
} from '../../../src/index.js';
import { realPlan, realPlanJson, realPlanText } from '../../support/realPlan.js';

const HEAD =
  '1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response Action Taken/Planned\t5. Responsible Owner\t6. Target Date';
const row = (...cells: string[]) => cells.join('\t');

/** Reads a text that must give a plan; one that names no title is given `Plan` as its title. */
function read(text: string): { plan: ActionPlan; issues: readonly Issue[] } {
  const result = fromPublishedText(text, { title: 'Plan' });
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.issues)}`);
  expect(parseActionPlan(result.value).ok).toBe(true);
  return { plan: result.value, issues: result.issues };
}
const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);

describe('fromPublishedText on the bundled real plan', () => {
  it('gives the same plan as the hand-written canonical JSON, byte for byte', () => {
    const { plan } = read(realPlanText());
    expect(plan).toEqual(realPlan());
    expect(toJson(plan)).toBe(realPlanJson());
  });

  it('says what it skipped and what it inferred, and nothing else', () => {
    const { issues } = read(realPlanText());
    expect(issues.map((i) => [i.code, i.severity, i.params])).toEqual([
      ['import.boilerplate_skipped', 'info', { line: 14, endLine: 16, what: 'introduction' }],
      ['import.boilerplate_skipped', 'info', { line: 18, endLine: 21, what: 'definitions table' }],
      ['import.list_items_inferred', 'info', { line: 30, ref: '1', items: 2 }],
      ['import.boilerplate_skipped', 'info', { line: 45, endLine: 45, what: 'stray row' }],
      ['import.boilerplate_skipped', 'info', { line: 47, endLine: 47, what: 'tally heading' }],
    ]);
  });

  it('reads it the same with CRLF line endings and a byte order mark', () => {
    const { plan } = read(`\ufeff${realPlanText().replace(/\n/g, '\r\n')}`);
    expect(plan).toEqual(realPlan());
  });
});

describe('fromPublishedText on other layouts', () => {
  it('reads an older "Accepted/ Rejected" plan with numeric dates, ordinals and a Policy Lead column', () => {
    const text = [
      'HM Prison Service',
      'Report Published 12th February 2020',
      'Date Submitted: 22/05/2019',
      'A Response to: Inspection of HMP Oldtown',
      '',
      '1. Rec. no\t2. Recommendation\t3. Accepted/ Rejected\t4. Response\t5. Function Responsible/ Policy Lead\t6. Target Date',
      '1.01\tStaff should search cells.\tAccepted\tSearches will be scheduled.\tHead of Security\t31/5/2019',
      '1.02\tPrisoners should have showers daily.\tPartially Accepted\tNot affordable every day; three times a week.\tGovernor\tQ3 2019/20',
      '1.03\tBuild a new wing.\tRejected\tNot affordable.\t\t',
      '',
      'Accepted\t1',
      'Partially Accepted\t1',
      'Rejected\t1',
      'Total\t3',
    ].join('\n');
    const { plan, issues } = read(text);
    expect(plan.title).toBe('Inspection of HMP Oldtown');
    expect(plan.respondent).toBe('HM Prison Service');
    expect(plan.submitted).toBe('2019-05-22');
    expect(plan.reportPublished).toBe('2020-02-12');
    expect(plan.recommendations.map((r) => [r.ref, r.agreement.category, r.agreement.label])).toEqual([
      ['1.01', 'agreed', 'Accepted'],
      ['1.02', 'partly-agreed', 'Partially Accepted'],
      ['1.03', 'not-agreed', 'Rejected'],
    ]);
    expect(plan.recommendations[0]?.actions[0]?.target).toEqual({ type: 'day', raw: '31/5/2019', date: '2019-05-31' });
    expect(plan.recommendations[1]?.actions[0]?.target).toMatchObject({
      type: 'period',
      unit: 'quarter',
      start: '2019-10-01',
    });
    expect(plan.recommendations[2]?.actions).toEqual([]);
    expect(plan.statedTally).toEqual({ agreed: 1, partlyAgreed: 1, notAgreed: 1, total: 3 });
    expect(issues).toEqual([]);
  });

  it('reads an establishment plan with a definitions table and several sections', () => {
    const text = [
      'ACTION PLAN: Report on an unannounced inspection of HMP Example',
      'Term\tDefinition\tAdditional comment',
      'Agreed\tAll of the recommendation is agreed with.\tThe response should explain how.',
      'Partly Agreed\tOnly part is agreed.\tThe response must say which part.',
      'Not Agreed\tIt will not be implemented.\tThe response must give the reasons.',
      HEAD,
      '\tSafety\t\t\t\t',
      'S1\tReduce violence.\tAgreed\t<p>A violence reduction strategy.</p>\tHead of Safety\tQ1 2027',
      '\tRespect\t\t\t\t',
      'R1\tImprove food.\tAgreed\t<ul><li>New menus</li><li>Tasting panel</li></ul>\t<p>Head of Residence</p><p>Catering Manager</p>\t<p>Spring 2027</p><p>Completed</p>',
    ].join('\n');
    const { plan, issues } = read(text);
    expect(plan.recommendations.map((r) => [r.ref, r.section, r.kind])).toEqual([
      ['S1', 'Safety', undefined],
      ['R1', 'Respect', undefined],
    ]);
    expect(plan.recommendations[1]?.response).toEqual([{ type: 'list', items: ['New menus', 'Tasting panel'] }]);
    expect(plan.recommendations[1]?.actions.map((a) => [a.owner, a.target.raw])).toEqual([
      ['Head of Residence', 'Spring 2027'],
      ['Catering Manager', 'Completed'],
    ]);
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      ['import.boilerplate_skipped', { line: 2, endLine: 5, what: 'definitions table' }],
    ]);
  });

  it('reads a concern-based plan with several addressees', () => {
    const text = [
      'ACTION PLAN: HMP Example',
      HEAD,
      '\tPriority concerns\t\t\t\t',
      '\tThe governor should:\t\t\t\t',
      'P1\tEnsure prisoners are unlocked.\tAgreed\tA new regime will start.\tGovernor\tJune 2027',
      '\tHM Prison and Probation Service should:\t\t\t\t',
      'P2\tFund more staff.\tNot Agreed\tNot affordable in this spending review.\t\t',
      '\tKey concerns\t\t\t\t',
      'K1\tImprove healthcare.\tPartly Agreed\tCommissioning is with NHS England.\tHead of Healthcare\t2027-28',
    ].join('\n');
    const { plan } = read(text);
    expect(plan.recommendations.map((r) => [r.ref, r.kind, r.section, r.addressee])).toEqual([
      ['P1', 'priority-concern', 'Priority concerns', 'The governor should:'],
      ['P2', 'priority-concern', 'Priority concerns', 'HM Prison and Probation Service should:'],
      ['K1', 'key-concern', 'Key concerns', undefined],
    ]);
  });

  it('joins a recommendation cut by a page break and appends further owner/date pairs', () => {
    const text = [
      'ACTION PLAN: Plan',
      HEAD,
      '3\tCarry out a review for victims and their family\tAgreed\tA review will be sequenced. This will\tDeputy Director\tDecember 2026',
      '',
      'OFFICIAL',
      'Page 2 of 5',
      '',
      HEAD,
      '\tmembers, and act on it.\t\t<p>enable us to understand.</p> <p>Then train staff.</p>\tHead of Learning\tMarch 2027',
    ].join('\n');
    const { plan, issues } = read(text);
    const rec = plan.recommendations[0];
    expect(rec?.text).toBe('Carry out a review for victims and their family members, and act on it.');
    expect(rec?.response).toEqual([
      { type: 'paragraph', text: 'A review will be sequenced. This will enable us to understand.' },
      { type: 'paragraph', text: 'Then train staff.' },
    ]);
    expect(rec?.actions.map((a) => a.owner)).toEqual(['Deputy Director', 'Head of Learning']);
    expect(codes(issues)).toEqual(['import.boilerplate_skipped', 'import.boilerplate_skipped']);
    expect(issues.map((i) => i.params)).toEqual([
      { line: 5, endLine: 6, what: 'page banner' },
      { line: 8, endLine: 8, what: 'column headings' },
    ]);
  });

  it('keeps every owner and date when their counts differ, and says so', () => {
    const text = [
      HEAD,
      '1\tDo it.\tAgreed\tWe will.\t<p>Governor</p><p>Deputy Governor</p><p>Head of Safety</p>\t<p>June 2027</p>',
    ].join('\n');
    const { plan, issues } = read(text);
    expect(plan.recommendations[0]?.actions.map((a) => [a.owner, a.target.raw])).toEqual([
      ['Governor', 'June 2027'],
      ['Deputy Governor', ''],
      ['Head of Safety', ''],
    ]);
    expect(issues.find((i) => i.code === 'import.owner_date_mismatch')).toMatchObject({
      severity: 'warning',
      path: ['recommendations', 0, 'actions'],
      params: { line: 2, ref: '1', owners: 3, dates: 1 },
    });
    const fewer = read([HEAD, '1\tDo it.\tAgreed\tWe will.\tGovernor\t<p>June 2027</p><p>July 2027</p>'].join('\n'));
    expect(fewer.plan.recommendations[0]?.actions.map((a) => [a.owner, a.target.raw])).toEqual([
      ['Governor', 'June 2027'],
      ['', 'July 2027'],
    ]);
  });

  it('keeps a recommendation whose category it does not know, with no category, and says so', () => {
    const text = [
      'ACTION PLAN: Plan',
      HEAD,
      '1\tDo it.\tMaybe\tWe might.\tGovernor\tJune 2027',
      '2\tDo that.\tAgreed\tWe will.\tGovernor\tJune 2027',
    ].join('\n');
    const { plan, issues } = read(text);
    expect(plan.recommendations.map((r) => [r.ref, r.agreement])).toEqual([
      ['1', { label: 'Maybe' }],
      ['2', { category: 'agreed', label: 'Agreed' }],
    ]);
    expect(plan.recommendations[0]?.actions.map((a) => [a.owner, a.target.raw])).toEqual([['Governor', 'June 2027']]);
    expect(plan.recommendations[0]?.response).toEqual([{ type: 'paragraph', text: 'We might.' }]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'import.category_unrecognised',
        severity: 'warning',
        path: ['recommendations', 0, 'agreement'],
        params: {
          line: 3,
          ref: '1',
          label: 'Maybe',
          cells: ['1', 'Do it.', 'Maybe', 'We might.', 'Governor', 'June 2027'],
        },
      }),
    ]);
  });

  it('reads a progress update with no category column as recommendations with no category', () => {
    const { plan, issues } = read(
      [
        'ACTION PLAN: Progress update',
        '1. Ref\t2. Recommendation\t3. Progress update\t4. Lead\t5. Target date',
        '1\tClean the wings.\tCleaning is weekly.\tGovernor\tMarch 2026',
      ].join('\n'),
    );
    expect(plan.recommendations.map((r) => [r.ref, r.text, r.agreement, r.actions.map((a) => a.owner)])).toEqual([
      ['1', 'Clean the wings.', {}, ['Governor']],
    ]);
    expect(codes(issues)).toEqual([]);
  });

  it('reports text it cannot place, extra cells, and an incomplete tally, with line numbers', () => {
    const text = [
      HEAD,
      '\tcontinued text with nothing above\tAgreed\t\t\t',
      'Some note between rows',
      '1\tDo it.\tAgreed\tWe will.\tGovernor\tJune 2027\tsurplus cell',
      'Agreed\t1',
      'Total\t1',
    ].join('\n');
    const { issues } = read(text);
    expect(issues.map((i) => [i.code, (i.params as { line: number }).line])).toEqual([
      ['import.line_skipped', 2],
      ['import.line_skipped', 3],
      ['import.extra_cells', 4],
      ['import.tally_incomplete', 5],
    ]);
    expect(issues[2]?.params).toMatchObject({ cells: ['surplus cell'] });
    expect(issues[3]).toMatchObject({
      params: { line: 5, endLine: 6, found: ['agreed', 'total'], figures: { agreed: 1, total: 1 } },
      location: { line: 5, endLine: 6 },
      message: 'Line 5: the closing tally gives only Agreed 1, Total 1, so no stated tally was read.',
    });
  });

  it('gives no plan for a text that names no title, and says so beside its other issues', () => {
    const text = [HEAD, '1\tDo it.\tAgreed\tWe will.\tGovernor\tJune 2027\tsurplus cell'].join('\n');
    for (const options of [undefined, {}, { title: '' }, { title: ' \t\u00a0' }]) {
      const result = fromPublishedText(text, options);
      expect(result.ok).toBe(false);
      expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
        ['import.extra_cells', 'warning'],
        ['import.title_missing', 'error'],
      ]);
      expect(result.issues[1]).toMatchObject({ path: ['title'], message: expect.stringContaining('options.title') });
    }
  });

  it('takes the title option only when the text names no title', () => {
    const rows = [HEAD, '1\tDo it.\tAgreed\tWe will.\tGovernor\tJune 2027'];
    const given = fromPublishedText(rows.join('\n'), { title: 'HMP Example' });
    expect(given.ok && given.value.title).toBe('HMP Example');
    expect(given.issues).toEqual([]);
    const named = fromPublishedText(['ACTION PLAN: HMP Named', ...rows].join('\n'), { title: 'HMP Example' });
    expect(named.ok && named.value.title).toBe('HMP Named');
    const response = fromPublishedText(['A Response to: HMP Report', ...rows].join('\n'), { title: 'HMP Example' });
    expect(response.ok && response.value.title).toBe('HMP Report');
  });

  it('reports a header date that is not a day', () => {
    const { plan, issues } = read(
      ['Action Plan Submitted: Spring 2026', HEAD, '1\tDo it.\tAgreed\tWe will.\tGovernor\tJune 2027'].join('\n'),
    );
    expect(plan.submitted).toBeUndefined();
    expect(issues[0]).toMatchObject({
      code: 'import.date_unreadable',
      params: { line: 1, field: 'submitted', text: 'Spring 2026' },
    });
  });

  it('skips a security marking above the header and does not take a paragraph for the respondent', () => {
    const text = [
      'OFFICIAL',
      'HM Prison & Probation Service',
      'x'.repeat(120),
      'A Response to: Plan',
      HEAD,
      '1\tDo it.\tAgreed\tWe will.\tGovernor\tJune 2027',
    ].join('\n');
    const { plan, issues } = read(text);
    expect(plan.respondent).toBe('HM Prison & Probation Service');
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      ['import.boilerplate_skipped', { line: 1, endLine: 1, what: 'page banner' }],
      ['import.boilerplate_skipped', { line: 3, endLine: 3, what: 'introduction' }],
    ]);
  });

  it('reads a table without column headings from its first recommendation row', () => {
    const { plan } = read(['ACTION PLAN: Plan', '1\tDo it.\tAgreed\tWe will.\tGovernor\tJune 2027'].join('\n'));
    expect(plan.recommendations).toHaveLength(1);
  });

  it('decodes character references and strips other tags', () => {
    const { plan } = read(
      [
        HEAD,
        '1\tStaff &amp; prisoners.\tAgreed\t<p><strong>Safety</strong> &lt;first&gt; &#8211; always.</p>\tGovernor\tJune 2027',
      ].join('\n'),
    );
    expect(plan.recommendations[0]?.text).toBe('Staff & prisoners.');
    expect(plan.recommendations[0]?.response).toEqual([{ type: 'paragraph', text: 'Safety <first> – always.' }]);
  });
});

describe('fromPublishedText on a table split into many rows', () => {
  // Each row adds to what the rows above built. The result must be whole and in order however many
  // rows there are, and each row must cost what it adds: a reader that copied or re-read what came
  // before for each row would take minutes here, not a fraction of a second.
  const ROWS = 20_000;
  const numbered = <T>(make: (i: number) => T): T[] => Array.from({ length: ROWS }, (_, i) => make(i));
  const words = (i: number) => `the ${i}th part of a long text, continued on the next row`;

  it('extends one list over 20,000 continuation rows, every item once and in order', () => {
    const steps = (i: number) => [1, 2, 3, 4, 5].map((k) => `Step ${i}.${k}`);
    const text = [
      'ACTION PLAN: Plan',
      HEAD,
      '1\tDo it.\tAgreed\t<ul><li>First step</li></ul>\tGovernor\tJune 2027',
      ...numbered(
        (i) =>
          `\t\t\t<ul>${steps(i)
            .map((step) => `<li>${step}</li>`)
            .join('')}</ul>\t\t`,
      ),
    ].join('\n');
    const { plan, issues } = read(text);
    expect(plan.recommendations).toHaveLength(1);
    expect(plan.recommendations[0]?.response).toEqual([
      { type: 'list', items: ['First step', ...numbered(steps).flat()] },
    ]);
    expect(issues).toEqual([]);
  });

  it('joins a sentence cut over 20,000 continuation rows into one paragraph', () => {
    const text = [
      HEAD,
      '1\tDo it.\tAgreed\t<p>We will</p>\tGovernor\tJune 2027',
      ...numbered((i) => `\t\t\t<p>${words(i)}</p>\t\t`),
      '\t\t\t<p>and stop.</p><p>Then review.</p>\t\t',
    ].join('\n');
    const { plan } = read(text);
    expect(plan.recommendations[0]?.response).toEqual([
      { type: 'paragraph', text: ['We will', ...numbered(words), 'and stop.'].join(' ') },
      { type: 'paragraph', text: 'Then review.' },
    ]);
  });

  it('joins a recommendation continued over 20,000 rows, and pairs every owner with its date', () => {
    const text = [
      HEAD,
      '1\tCarry out\tAgreed\tWe will.\tGovernor\tJune 2027',
      ...numbered((i) => `\t${words(i)}\t\t\tOwner ${i}\tJuly 2027`),
    ].join('\n');
    const { plan } = read(text);
    const rec = plan.recommendations[0];
    expect(rec?.text).toBe(['Carry out', ...numbered(words)].join(' '));
    expect(rec?.actions).toHaveLength(ROWS + 1);
    expect(rec?.actions[ROWS]).toEqual({ owner: `Owner ${ROWS - 1}`, target: parseTargetDate('July 2027') });
  });

  it('joins a recommendation cut by a page break and continued on 20,000 rows of text alone', () => {
    const text = [
      HEAD,
      '1\tCarry out\tAgreed\tWe will.\tGovernor\tJune 2027',
      '',
      ...numbered((i) => `\t${words(i)}\t\t\t\t`),
    ].join('\n');
    const { plan } = read(text);
    expect(plan.recommendations[0]?.text).toBe(['Carry out', ...numbered(words)].join(' '));
  });
});

describe('fromPublishedText on junk', () => {
  it.each([[''], ['hello'], ['{"format": "action-plan/1"}'], ['\u0000\u0001'], ['Agreed\t6\nTotal\t6']])(
    'gives issues, not a plan, for %j',
    (text) => {
      const result = fromPublishedText(text);
      expect(result.ok).toBe(false);
      expect(result.issues.at(-1)?.code).toBe('import.not_a_plan');
    },
  );

  it('throws a TypeError when not given text', () => {
    expect(() => fromPublishedText(42 as unknown as string)).toThrow(TypeError);
  });

  it('never throws and always gives a valid plan or issues, on any text or any mutation of the real plan', () => {
    const source = realPlanText();
    const mutated = fc
      .tuple(fc.nat({ max: source.length }), fc.nat({ max: 200 }), fc.string({ unit: 'binary', maxLength: 8 }))
      .map(([at, cut, insert]) => source.slice(0, at) + insert + source.slice(at + cut));
    fc.assert(
      fc.property(
        fc.oneof(
          mutated,
          fc.string({ unit: 'binary' }),
          fc
            .array(
              fc.constantFrom('\t', '\n', '<p>', '</p>', '<ul>', '<li>', '1', 'Agreed', 'x', ' ', '--', 'Total\t3'),
            )
            .map((a) => a.join('')),
        ),
        (text) => {
          const result = fromPublishedText(text);
          if (result.ok) expect(parseActionPlan(result.value).ok).toBe(true);
          else expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('fromPublishedText locations', () => {
  const text = realPlanText();
  const lines = text.split(/\r\n|\r|\n/);
  const result = fromPublishedText(text);
  if (!result.ok) throw new Error('the bundled plan did not read');
  const plan = result.value;
  /** The text from a location to the end of its line. */
  const at = (path: (string | number)[]): string => {
    const where = result.locate(path);
    return (lines[(where?.line ?? 0) - 1] ?? '').slice((where?.column ?? 1) - 1);
  };

  it('locates each recommendation at its row, and each field at its cell', () => {
    plan.recommendations.forEach((recommendation, r) => {
      expect(at(['recommendations', r])).toMatch(new RegExp(`^${recommendation.ref}\\t`));
      expect(at(['recommendations', r, 'ref'])).toMatch(new RegExp(`^${recommendation.ref}\\t`));
      expect(at(['recommendations', r, 'text']).startsWith(recommendation.text.slice(0, 20))).toBe(true);
      expect(at(['recommendations', r, 'agreement']).startsWith(recommendation.agreement.label ?? '')).toBe(true);
    });
  });

  it('locates each action at the row that lists it, at its owner and target cells', () => {
    plan.recommendations.forEach((recommendation, r) => {
      recommendation.actions.forEach((action, a) => {
        expect(at(['recommendations', r, 'actions', a, 'owner'])).toContain(action.owner.split(' ')[0] as string);
        expect(at(['recommendations', r, 'actions', a, 'target', 'raw'])).toContain(
          action.target.raw.split(' ')[0] as string,
        );
      });
    });
  });

  it('locates the response blocks, the header lines and the stated tally', () => {
    const seventh = plan.recommendations[6];
    expect(seventh?.response.length).toBeGreaterThan(1);
    const firstBlock = result.locate(['recommendations', 6, 'response', 0])?.line ?? 0;
    const lastBlock = result.locate(['recommendations', 6, 'response', (seventh?.response.length ?? 1) - 1])?.line ?? 0;
    expect(firstBlock).toBe(result.locate(['recommendations', 6])?.line);
    expect(lastBlock).toBeGreaterThanOrEqual(firstBlock);
    expect(at(['title'])).toMatch(/^ACTION PLAN/i);
    expect(at(['submitted'])).toMatch(/submitted/i);
    expect(at(['statedTally', 'partlyAgreed'])).toMatch(/^Partly Agreed\t1/);
    expect(at(['statedTally'])).toMatch(/Agreed/);
    expect(result.locate(['recommendations', 99])).toBeUndefined();
    expect(result.locate([])).toBeUndefined();
  });

  it('gives every issue the line it names as its location', () => {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      const params = issue.params as { line?: number; endLine?: number };
      if (params.line === undefined) expect(issue.location).toBeUndefined();
      else expect(issue.location?.line).toBe(params.line);
      if (params.endLine !== undefined && params.endLine !== params.line)
        expect(issue.location?.endLine).toBe(params.endLine);
    }
  });

  it('locates the rows of a table split into continuation rows', () => {
    const split = [
      'ACTION PLAN: Split',
      '1. Rec No\t2. Recommendation\t3. Agreed\t4. Response\t5. Owner\t6. Target Date',
      '1\tImprove safety.\tAgreed\t<p>First.</p>\tGovernor\tMarch 2027',
      '',
      '\t\t\t<p>Second.</p>\tDeputy Governor\tJune 2027',
    ].join('\n');
    const read = fromPublishedText(split);
    expect(read.ok).toBe(true);
    expect(read.locate(['recommendations', 0, 'actions', 1, 'owner'])).toEqual({ line: 5, column: 19 });
    expect(read.locate(['recommendations', 0, 'response', 1])).toEqual({ line: 5, column: 4 });
    expect(read.locate(['recommendations', 0, 'actions', 0])).toEqual({ line: 3 });
  });
});

describe('fromPublishedText keeps or reports every header line, tally figure and heading row', () => {
  const table = [HEAD, '1\tDo it.\tAgreed\t<p>Done.</p>\tGovernor\tJune 2027'];
  const issuesOf = (text: string, code: string) => read(text).issues.filter((i) => i.code === code);

  it.each([
    ['title', 'ACTION PLAN: First title', 'ACTION PLAN: Second title', 'First title', 'Second title'],
    ['reportTitle', 'A Response to: First report', 'A Response to: Second report', 'First report', 'Second report'],
    ['submitted', 'Action Plan Submitted: 09 February 2026', 'Submitted: 12 March 2026', '2026-02-09', '12 March 2026'],
    [
      'reportPublished',
      'Report Published: 09 December 2025',
      'Published: 1 January 2026',
      '2025-12-09',
      '1 January 2026',
    ],
  ] as const)(
    'keeps the first %s and reports a second, different one with its line',
    (field, first, second, kept, text) => {
      const { plan, issues } = read(['Respondent', first, second, ...table].join('\n'));
      expect(plan[field]).toBe(kept);
      const found = issues.filter((i) => i.code === 'import.duplicate_header');
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'warning',
          path: [field],
          location: { line: 3 },
          params: { line: 3, field, text, firstLine: 2, kept: first.replace(/^.*?: /, '') },
        }),
      ]);
      expect(found[0]?.message).toContain(`"${text}"`);
    },
  );

  it('says nothing of a header line repeated with the same value', () => {
    const text = [
      'ACTION PLAN: Plan A',
      'Submitted: 9 February 2026',
      'ACTION PLAN: Plan A',
      'Submitted: 09/02/2026',
      ...table,
    ];
    expect(issuesOf(text.join('\n'), 'import.duplicate_header')).toEqual([]);
  });

  it('reports a title line inside the table that names another title, and skips one that repeats it', () => {
    const text = [
      'ACTION PLAN: Plan A',
      ...table,
      'ACTION PLAN: Plan A',
      'ACTION PLAN: Plan B',
      '2\tMore.\tAgreed\tYes.\tX\tJune 2027',
    ];
    const { plan, issues } = read(text.join('\n'));
    expect(plan.title).toBe('Plan A');
    expect(issues.map((i) => [i.code, i.location?.line])).toEqual([
      ['import.boilerplate_skipped', 4],
      ['import.duplicate_header', 5],
    ]);
  });

  it('keeps the first figure of a tally line given twice and reports the other', () => {
    const text = [...table, 'Agreed\t1', 'Agreed\t4', 'Partly Agreed\t0', 'Not Agreed\t0', 'Total\t1'];
    const { plan, issues } = read(text.join('\n'));
    expect(plan.statedTally).toEqual({ agreed: 1, partlyAgreed: 0, notAgreed: 0, total: 1 });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'import.duplicate_tally_figure',
        path: ['statedTally', 'agreed'],
        location: { line: 4 },
        params: { line: 4, figure: 'agreed', value: 4, kept: 1 },
      }),
    ]);
  });

  it('reports a section or addressee row that no recommendation took', () => {
    const text = [
      HEAD,
      '\tOld heading\t\t\t\t',
      '\tRecommendations\t\t\t\t',
      '\tThe prison should:\t\t\t\t',
      '\tHMPPS should:\t\t\t\t',
      '1\tDo it.\tAgreed\t<p>Done.</p>\tGovernor\tJune 2027',
      '\tPriority concerns\t\t\t\t',
      '\tThe Governor should:\t\t\t\t',
    ];
    const { plan, issues } = read(text.join('\n'));
    expect(plan.recommendations[0]).toMatchObject({ section: 'Recommendations', addressee: 'HMPPS should:' });
    expect(issues.map((i) => [i.code, i.location?.line, i.params])).toEqual([
      [
        'import.line_skipped',
        2,
        expect.objectContaining({ reason: 'a section heading with no recommendation under it' }),
      ],
      [
        'import.line_skipped',
        4,
        expect.objectContaining({ reason: 'an addressee line with no recommendation under it' }),
      ],
      ['import.line_skipped', 7, expect.objectContaining({ text: text[6] })],
      ['import.line_skipped', 8, expect.objectContaining({ text: text[7] })],
    ]);
  });
});
