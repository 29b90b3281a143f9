import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fromPublishedText,
  parseActionPlan,
  type ActionPlan,
  type Issue,
  type Recommendation,
} from '../../../src/index.js';
import { documentText, expectedJson, type DocumentVariant } from '../../fixtures/documents/documents.js';

/** Reads a text that must give a valid plan. */
function read(text: string, title?: string): { plan: ActionPlan; issues: readonly Issue[] } {
  const result = fromPublishedText(text, title === undefined ? undefined : { title });
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.issues)}`);
  expect(parseActionPlan(result.value).ok).toBe(true);
  return { plan: result.value, issues: result.issues };
}
const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);
const expected = (variant: DocumentVariant): ActionPlan => JSON.parse(expectedJson(variant)) as ActionPlan;
/** A response's words, whatever its paragraphs: copied text does not always show where a paragraph ends. */
const words = (r: Recommendation) =>
  r.response.map((b) => (b.type === 'paragraph' ? b.text : b.items.join(' '))).join(' ');
/** Everything of a recommendation but its response's division into paragraphs. */
const essentials = (r: Recommendation) => ({
  ref: r.ref,
  kind: r.kind,
  section: r.section,
  addressee: r.addressee,
  text: r.text,
  agreement: r.agreement,
  actions: r.actions,
  response: words(r),
});

describe('fromPublishedText on text copied from a PDF viewer', () => {
  for (const kind of ['raw.txt', 'layout.txt'] as const) {
    for (const variant of ['sfo', 'long-response', 'two-sections'] as const) {
      it(`reads ${variant}.${kind} (pdftotext ${kind === 'raw.txt' ? '-raw: one cell after another' : '-layout: cells side by side'}) as the plan it holds`, () => {
        const { plan, issues } = read(documentText(variant, kind));
        const want = expected(variant);
        const { recommendations, ...header } = plan;
        const { recommendations: wanted, ...wantedHeader } = want;
        expect(header).toEqual(wantedHeader);
        expect(recommendations.map(essentials)).toEqual(wanted.map(essentials));
        // Each recommendation is flagged for a check, and nothing else went wrong.
        expect(issues.filter((i) => i.code === 'import.cells_inferred')).toHaveLength(wanted.length);
        expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
      });
    }
  }

  it('keeps the bulleted list of a response copied one line after another', () => {
    const { plan } = read(documentText('sfo', 'raw.txt'));
    expect(plan.recommendations[0]?.response.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(plan.recommendations[0]?.response[1]).toMatchObject({
      type: 'list',
      items: [expect.stringMatching(/^A comprehensive/), expect.stringMatching(/^Following/)],
    });
  });

  it('says which lines it skipped: the introduction, the repeated column headings, the tally heading', () => {
    const { issues } = read(documentText('sfo', 'raw.txt'));
    const skipped = issues.filter((i) => i.code === 'import.boilerplate_skipped').map((i) => i.params);
    expect(skipped).toEqual([
      { line: 6, endLine: 37, what: 'introduction' },
      { line: 118, endLine: 125, what: 'column headings' },
      { line: 202, endLine: 209, what: 'column headings' },
      { line: 227, endLine: 227, what: 'tally heading' },
    ]);
  });

  it('skips the running header and the "Page N of M" footer of every page', () => {
    for (const kind of ['raw.txt', 'layout.txt'] as const) {
      const { plan, issues } = read(documentText('repeated-header', kind));
      const want = expected('repeated-header');
      expect(plan.recommendations.map((r) => r.ref)).toEqual(want.recommendations.map((r) => r.ref));
      expect(plan.statedTally).toEqual(want.statedTally);
      const banners = issues
        .filter((i) => i.code === 'import.boilerplate_skipped' && (i.params as { what: string }).what === 'page banner')
        .map((i) => i.params as { line: number; endLine: number });
      const text = documentText('repeated-header', kind).split('\n');
      const bannerLines = text.flatMap((l, k) => (/^\f?(?:OFFICIAL|Page \d of 9)$/.test(l.trim()) ? [k + 1] : []));
      expect(bannerLines.length).toBeGreaterThanOrEqual(16);
      for (const n of bannerLines) expect(banners.some((b) => b.line <= n && n <= b.endLine)).toBe(true);
      expect(codes(issues)).not.toContain('import.line_skipped');
    }
  });

  it('never guesses an owner it cannot tell apart: one written owner for two dates is reported, not copied', () => {
    // merged-owners: an owner written once beside the dates of several actions.
    const { plan, issues } = read(documentText('merged-owners', 'raw.txt'));
    expect(plan.recommendations[0]?.actions.map((a) => [a.owner, a.target.raw])).toEqual([
      ['Deputy Director Public Protection Group', 'March 2026'],
      ['', 'June 2026'],
    ]);
    expect(issues.find((i) => i.code === 'import.owner_date_mismatch')?.params).toMatchObject({
      ref: '1',
      owners: 1,
      dates: 2,
    });
  });

  it('reads cells one per line, as copied from a web page table, with headings one per line', () => {
    const { plan, issues } = read(
      [
        'ACTION PLAN: Inspection of HMP Example',
        'Rec No',
        'Recommendation',
        'Accepted/ Rejected',
        'Response',
        'Owner',
        'Target date',
        '1',
        'Staff should search cells.',
        'Accepted',
        'Searches will be scheduled weekly.',
        'Head of Security',
        '31 st May 2019',
        '2',
        'Build a new wing.',
        'Rejected',
        'The cost is not affordable this year.',
        'Governor',
        'TBC',
      ].join('\n'),
    );
    expect(
      plan.recommendations.map((r) => [
        r.ref,
        r.text,
        r.agreement.label,
        words(r),
        r.actions.map((a) => [a.owner, a.target.raw]),
      ]),
    ).toEqual([
      [
        '1',
        'Staff should search cells.',
        'Accepted',
        'Searches will be scheduled weekly.',
        [['Head of Security', '31 st May 2019']],
      ],
      ['2', 'Build a new wing.', 'Rejected', 'The cost is not affordable this year.', [['Governor', 'TBC']]],
    ]);
    expect(plan.recommendations[0]?.actions[0]?.target).toEqual({
      type: 'day',
      raw: '31 st May 2019',
      date: '2019-05-31',
    });
    expect(codes(issues)).toEqual(['import.cells_inferred', 'import.cells_inferred']);
  });

  it('reads each row run together on one line, the numbered headings on one line too', () => {
    const { plan } = read(
      [
        'ACTION PLAN: Inspection of HMP Example',
        '1. Rec. No. 2. Recommendation 3. Accepted/ Rejected 4. Response 5. Owner 6. Target Date',
        '1 Staff should search cells. Accepted Searches will be scheduled. Head of Security 31/5/2019',
        '2 Prisoners should shower daily. Partially Accepted Not affordable every day; three times a week. Governor Q3 2019/20',
        '3 Build a new wing. Rejected Not affordable this year.',
      ].join('\n'),
    );
    expect(
      plan.recommendations.map((r) => [
        r.ref,
        r.text,
        r.agreement.label,
        words(r),
        r.actions.map((a) => [a.owner, a.target.raw]),
      ]),
    ).toEqual([
      [
        '1',
        'Staff should search cells.',
        'Accepted',
        'Searches will be scheduled.',
        [['Head of Security', '31/5/2019']],
      ],
      [
        '2',
        'Prisoners should shower daily.',
        'Partially Accepted',
        'Not affordable every day; three times a week.',
        [['Governor', 'Q3 2019/20']],
      ],
      ['3', 'Build a new wing.', 'Rejected', 'Not affordable this year.', []],
    ]);
  });

  it('keeps a response that ends "… by March 2026" whole: a date in a sentence is no target', () => {
    const { plan } = read(
      [
        'ACTION PLAN: Inspection of HMP Example',
        '1. Rec No 2. Recommendation 3. Agreed/ Partly Agreed/ Not Agreed 4. Response 5. Owner 6. Target Date',
        '1 Clean the wings. Agreed The wings will be cleaned by March 2026',
      ].join('\n'),
    );
    expect(words(plan.recommendations[0] as Recommendation)).toBe('The wings will be cleaned by March 2026');
    expect(plan.recommendations[0]?.actions).toEqual([]);
  });

  it('reports a row whose category it cannot find, with the row, instead of guessing one', () => {
    const result = fromPublishedText(
      [
        'ACTION PLAN: Inspection of HMP Example',
        '1. Rec No 2. Recommendation 3. Agreed/ Partly Agreed/ Not Agreed 4. Response 5. Owner 6. Target Date',
        '1 Clean the wings. Under review. Governor March 2026',
      ].join('\n'),
    );
    const issue = result.issues.find((i) => i.code === 'import.category_unrecognised');
    expect(issue?.location).toEqual({ line: 3 });
    expect(JSON.stringify(issue?.params)).toContain('Clean the wings.');
  });

  it('never throws and keeps every line or reports it, on any text without tabs', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '1. Rec No 2. Recommendation 3. Agreed 4. Response 5. Owner 6. Target Date',
        '1. Rec   2. Recommendation   3. Agreed/   4. Response   5. Owner   6. Date',
        'No   Partly Agreed/',
        '1 Improve. Agreed Done. Governor March 2026',
        'Agreed 1',
        'Total 1',
        'Recommendations',
        'The Governor should:',
        'Recommendation 2',
        '2.1 Partially accepted.',
        '• an item',
        'Page 1 of 2',
        '\fOFFICIAL',
        'March 2026',
        'Commenced and',
        'ongoing',
        '',
      ),
      fc.string({ maxLength: 40 }).map((s) => s.replace(/\t/g, ' ')),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const result = fromPublishedText(lines.join('\n'), { title: 'Plan' });
        if (result.ok) expect(parseActionPlan(result.value).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fromPublishedText on a response published as a web page, in prose', () => {
  const text = readFileSync(new URL('./data/home-office-prose.txt', import.meta.url), 'utf8');

  it('reads each numbered recommendation, its answer and its response, with no owner or date guessed', () => {
    const { plan } = read(text);
    expect(plan.reportTitle).toBe('an inspection of the handling of asylum claims at ports');
    expect(plan.title).toBe(plan.reportTitle);
    expect(plan.respondent).toBe('Home Office');
    expect(plan.reportPublished).toBe('2020-08-26');
    expect(plan.recommendations.slice(0, 3).map((r) => [r.ref, r.agreement, r.actions])).toEqual([
      ['1', { category: 'agreed', label: 'Accepted' }, []],
      ['2', { category: 'partly-agreed', label: 'Partially accepted' }, []],
      ['3', { category: 'not-agreed', label: 'Not accepted' }, []],
    ]);
    expect(plan.recommendations[0]?.text).toBe(
      'Within three months, publish clear guidance for officers on recording the outcome of screening interviews at ports.',
    );
    expect(plan.recommendations[1]?.response).toEqual([
      {
        type: 'paragraph',
        text: '2.2 The review of the staffing model will take place as part of the wider workforce planning exercise. Additional night cover cannot be funded in the current financial year.',
      },
      {
        type: 'list',
        items: [
          'Shift patterns will be reviewed at the three busiest ports.',
          'Weekend cover will be tested at one port before any wider change.',
        ],
      },
    ]);
  });

  it('keeps an answer that is none of the categories ("Accepted in principle") as written, with no category', () => {
    const { plan, issues } = read(text);
    expect(plan.recommendations[3]?.agreement).toEqual({ label: 'Accepted in principle' });
    expect(plan.recommendations[3]?.response).toHaveLength(1);
    expect(issues.find((i) => i.code === 'import.category_unrecognised')?.severity).toBe('warning');
  });

  it('keeps the sentence of a tally it cannot read in an info issue, and reads no tally from it', () => {
    const { plan, issues } = read(text);
    expect(plan.statedTally).toBeUndefined();
    const issue = issues.find((i) => i.code === 'import.tally_unclear');
    expect(issue?.severity).toBe('info');
    expect(issue?.params).toEqual({
      line: 11,
      text: 'The Home Office accepted or partially accepted seven of the eight recommendations.',
    });
  });

  it('reads a tally stated in words where every figure follows, and locates it', () => {
    for (const [sentence, tally] of [
      ['The Home Office accepted two recommendations, partially accepted one and rejected one.', [2, 1, 1, 4]],
      ['The Home Office accepted all four recommendations.', [4, 0, 0, 4]],
      ['The department accepted three of the four recommendations and partially accepted one.', [3, 1, 0, 4]],
    ] as const) {
      const result = fromPublishedText(text.replace(/^The Home Office accepted or .*$/m, sentence));
      expect(result.ok && result.value.statedTally).toEqual({
        agreed: tally[0],
        partlyAgreed: tally[1],
        notAgreed: tally[2],
        total: tally[3],
      });
      expect(result.locate(['statedTally'])).toEqual({ line: 11 });
    }
  });

  it('gives no plan from prose with no numbered recommendation', () => {
    const result = fromPublishedText(
      'Home Office\n\nWe welcome the report.\n\nThe Home Office accepted all recommendations.',
    );
    expect(result.ok).toBe(false);
    expect(codes(result.issues)).toContain('import.not_a_plan');
  });
});
