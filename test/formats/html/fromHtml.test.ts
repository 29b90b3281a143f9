import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHtml } from '../../../src/html.js';
import {
  fromPublishedText,
  parseActionPlan,
  parseTargetDate,
  toHtml,
  toJson,
  type ActionPlan,
  type Block,
  type Recommendation,
} from '../../../src/index.js';
import { toTimelineSvg } from '../../../src/svg.js';
import { kindOf } from '../../../src/formats/document/_internal/vocabulary.js';
import { categoryOf } from '../../../src/formats/_internal/categories.js';
import { realPlan, realPlanJson } from '../../support/realPlan.js';

const documents = new URL('../../fixtures/documents/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, documents), 'utf8');
const codes = (html: string): string[] => fromHtml(html).issues.map((issue) => issue.code);

describe('fromHtml on LibreOffice’s HTML export', () => {
  it.each(['sfo', 'merged-owners', 'two-sections', 'long-response', 'repeated-header'])(
    'reads %s.html as exactly the plan it holds',
    (name) => {
      const result = fromHtml(fixture(`${name}.html`));
      expect(result.ok).toBe(true);
      const expected = JSON.parse(fixture(`${name}.expected.json`)) as ActionPlan;
      if (result.ok) expect(toJson(result.value)).toBe(toJson(expected));
      // Only what the reader skipped on purpose: the introduction, definitions, column headings.
      expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    },
  );

  it('gives the canonical JSON of the bundled plan', () => {
    const result = fromHtml(fixture('sfo.html'));
    expect(result.ok && toJson(result.value)).toBe(realPlanJson());
  });

  it('locates the plan’s parts in the HTML, by line and column', () => {
    const html = fixture('merged-owners.html');
    const result = fromHtml(html);
    const lines = html.split('\n');
    const at = (path: (string | number)[]): string => {
      const location = result.locate(path);
      if (location?.column === undefined) return '';
      return (lines[location.line - 1] ?? '').slice(location.column - 1);
    };
    expect(at(['recommendations', 0])).toMatch(/^<tr/);
    expect(at(['recommendations', 0, 'ref'])).toMatch(/^<td/);
    expect(at(['recommendations', 0, 'actions', 1, 'owner'])).toMatch(/^<td/);
    // The second action has a row of its own; its owner is the cell merged down from the first's.
    expect(result.locate(['recommendations', 0, 'actions', 1, 'target'])?.line).toBeGreaterThan(
      result.locate(['recommendations', 0, 'actions', 0, 'target'])?.line ?? Infinity,
    );
    expect(result.locate(['recommendations', 0, 'actions', 1, 'owner'])).toEqual(
      result.locate(['recommendations', 0, 'actions', 0, 'owner']),
    );
    const tally = result.locate(['statedTally', 'total']);
    expect(lines[(tally?.line ?? 0) - 1]).toContain('<tr');
  });
});

describe('fromHtml on the library’s own HTML', () => {
  it('reads toHtml’s page and fragment of the bundled plan back to the same plan', () => {
    for (const html of [toHtml(realPlan()), toHtml(realPlan(), { standalone: true })]) {
      const result = fromHtml(html);
      expect(result.ok && toJson(result.value)).toBe(realPlanJson());
      expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    }
  });

  it('reads toHtml’s page with the timeline picture back to the same plan, skipping the picture', () => {
    const timeline = toTimelineSvg(realPlan(), { asOf: '2026-06-15' });
    for (const standalone of [false, true]) {
      const html = toHtml(realPlan(), { standalone, timeline });
      expect(html).toContain('<figcaption>Timeline of the actions</figcaption>');
      const result = fromHtml(html);
      expect(result.ok && toJson(result.value)).toBe(realPlanJson());
      expect(result.issues).toEqual(fromHtml(toHtml(realPlan(), { standalone })).issues);
    }
  });

  it('reads toHtml’s page of any plan it lays out fully, with its timeline picture, back to the same plan', () => {
    fc.assert(
      fc.property(publishable, (plan) => {
        const html = toHtml(plan, { standalone: true, timeline: toTimelineSvg(plan, { asOf: '2026-06-15' }) });
        const result = fromHtml(html);
        expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
        expect(result.ok && toJson(result.value)).toBe(toJson(plan));
      }),
      { numRuns: 100 },
    );
  });

  it('does not take a tally toHtml counted from the rows for a stated one', () => {
    const { statedTally: _, ...plan } = realPlan();
    const result = fromHtml(toHtml(plan));
    expect(result.ok && result.value.statedTally).toBeUndefined();
    expect(result.ok && toJson(result.value)).toBe(toJson(plan));
    // Not dropped silently: the caption, the headings and the figures are reported as skipped.
    const skipped = result.issues.filter((issue) => issue.code === 'import.boilerplate_skipped');
    expect(skipped).toMatchObject([{ severity: 'info', params: { what: 'counted tally' } }]);
    const lines = toHtml(plan).split('\n');
    const { line, endLine } = skipped[0]!.params as { line: number; endLine: number };
    expect(lines[line - 1]).toContain('<caption>Tally (counted from the rows');
    expect(lines[endLine - 1]).toContain('Total');
  });

  it('reads the inspectorate apart from the respondent', () => {
    const plan = { ...realPlan(), inspectorate: 'HM Inspectorate of Probation' };
    const result = fromHtml(toHtml(plan));
    expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(result.ok && toJson(result.value)).toBe(toJson(plan));
    expect(result.locate(['inspectorate'])).toMatchObject({ line: 5 });
  });

  it('reads an answer toHtml shows as "Not stated" as no category, and keeps an unknown answer as its label', () => {
    const [first, second, ...rest] = realPlan().recommendations;
    const plan = {
      ...realPlan(),
      recommendations: [
        { ...first!, agreement: {} },
        { ...second!, agreement: { label: 'Accepted in principle' } },
        ...rest,
      ],
    };
    const result = fromHtml(toHtml(plan));
    expect(result.ok && toJson(result.value)).toBe(toJson(plan));
    expect(result.issues.filter((issue) => issue.severity !== 'info').map((issue) => [issue.code, issue.path])).toEqual(
      [['import.category_unrecognised', ['recommendations', 1, 'agreement']]],
    );
  });

  /** Plain text of a few words, as a plan's cells hold it (white space folded). */
  const words = (min: number, max: number): fc.Arbitrary<string> =>
    fc
      .array(
        fc.constantFrom(
          'review',
          'the',
          'safety',
          'of',
          'prisoners',
          'staff',
          'will',
          'ensure',
          'victims',
          '<script>',
          'A&E',
          '"quoted"',
          "it's",
          'Ünïcödé',
          '—',
          '2026',
          '&amp;',
          'x<y',
        ),
        { minLength: min, maxLength: max },
      )
      .map((list) => list.join(' '));
  const sentence = words(3, 12).map((text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  const block: fc.Arbitrary<Block> = fc.oneof(
    sentence.map((text) => ({ type: 'paragraph' as const, text })),
    fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'list' as const, items })),
  );
  const label = fc.constantFrom(
    'Agreed',
    'Partly Agreed',
    'Not Agreed',
    'Accepted',
    'Partially Accepted',
    'Not Accepted',
    'Rejected',
  );
  const owner = fc.constantFrom(
    'Governor',
    'Deputy Director Public Protection Group',
    'Head of Safety & Decency',
    'Chief Probation Officer',
  );
  const raw = fc.constantFrom(
    'March 2026',
    'Completed',
    'Q3 2026',
    '2026-27',
    'Spring 2027',
    'TBC',
    '31/5/2027',
    'Commenced and ongoing',
  );
  const recommendation = fc.record({
    text: sentence,
    label,
    response: fc.array(block, { maxLength: 3 }),
    actions: fc.array(fc.record({ owner, raw }), { maxLength: 3 }),
  });
  const group = fc.record({
    addressee: fc.option(
      fc.constantFrom('The governor should:', "His Majesty's Prison and Probation Service should:"),
      {
        nil: undefined,
      },
    ),
    recommendations: fc.array(recommendation, { minLength: 1, maxLength: 3 }),
  });
  const SECTIONS = ['Recommendations', 'Priority concerns', 'Key concerns', 'Areas for improvement', 'Other matters'];
  const day = fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));
  /** Plans as toHtml lays them out so that the page says everything about them. */
  const publishable: fc.Arbitrary<ActionPlan> = fc
    .record({
      title: words(2, 6).map((text) => `Inspection of ${text}`),
      respondent: fc.option(fc.constantFrom('HM Prison & Probation Service', 'Home Office'), { nil: undefined }),
      inspectorate: fc.option(fc.constantFrom('HM Inspectorate of Prisons', 'HM Inspectorate of Probation'), {
        nil: undefined,
      }),
      reportTitle: fc.option(
        words(2, 6).map((text) => `Report on ${text}`),
        { nil: undefined },
      ),
      reportPublished: fc.option(day, { nil: undefined }),
      submitted: fc.option(day, { nil: undefined }),
      sections: fc.boolean(),
      groups: fc.array(group, { minLength: 1, maxLength: 3 }),
      refs: fc.constantFrom('', 'P', '5.0'),
      statedTally: fc.option(
        fc.record({ agreed: fc.nat(99), partlyAgreed: fc.nat(99), notAgreed: fc.nat(99), total: fc.nat(99) }),
        {
          nil: undefined,
        },
      ),
    })
    .map(
      ({
        title,
        respondent,
        inspectorate,
        reportTitle,
        reportPublished,
        submitted,
        sections,
        groups,
        refs,
        statedTally,
      }) => {
        // A section row stands above a group whose section differs from the one before; without
        // sections, an addressee row stands above the group, so the groups are one.
        const used = sections ? groups : groups.slice(0, 1);
        const recommendations: Recommendation[] = [];
        used.forEach((g, i) => {
          const section = sections ? SECTIONS[i] : undefined;
          for (const r of g.recommendations) {
            const kind = section === undefined ? undefined : kindOf(section);
            recommendations.push({
              ref: `${refs}${recommendations.length + 1}`,
              ...(section === undefined ? {} : { section }),
              ...(g.addressee === undefined ? {} : { addressee: g.addressee }),
              text: r.text,
              agreement: { category: categoryOf(r.label) ?? 'agreed', label: r.label },
              response: r.response,
              actions: r.actions.map((a) => ({ owner: a.owner, target: parseTargetDate(a.raw) })),
              ...(kind === undefined ? {} : { kind }),
            });
          }
        });
        return {
          format: 'action-plan/1' as const,
          title,
          ...(respondent === undefined ? {} : { respondent }),
          ...(inspectorate === undefined ? {} : { inspectorate }),
          ...(reportTitle === undefined ? {} : { reportTitle }),
          ...(reportPublished === undefined ? {} : { reportPublished: reportPublished as ActionPlan['submitted'] }),
          ...(submitted === undefined ? {} : { submitted: submitted as ActionPlan['submitted'] }),
          recommendations,
          ...(statedTally === undefined ? {} : { statedTally }),
        } as ActionPlan;
      },
    );

  it('reads toHtml’s page and fragment of any plan it lays out fully back to the same plan', () => {
    fc.assert(
      fc.property(publishable, fc.boolean(), (plan, standalone) => {
        expect(parseActionPlan(plan).issues).toEqual([]);
        const result = fromHtml(toHtml(plan, { standalone }));
        expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
        expect(result.ok && toJson(result.value)).toBe(toJson(plan));
      }),
      { numRuns: 300 },
    );
  });
});

describe('fromHtml on HTML written by hand and by Word', () => {
  const wordPage = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">',
    '<head><meta charset="windows-1252"><style>p.MsoNormal{mso-style-parent:"";}</style>',
    '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]--></head>',
    "<body lang=EN-GB style='tab-interval:36.0pt'><div class=WordSection1>",
    '<p class=MsoNormal><b>HM Prison &amp; Probation Service<o:p></o:p></b></p>',
    '<p class=MsoNormal>Action Plan Submitted: 12<sup>th</sup> February 2020<o:p></o:p></p>',
    '<p class=MsoNormal>ACTION PLAN: Inspection of HMP Example<o:p></o:p></p>',
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>",
    " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>",
    '  <td width=60 valign=top><p class=MsoNormal><b>1. Rec No<o:p></o:p></b></p></td>',
    '  <td><p class=MsoNormal><b>2. Recommendation</b></p></td>',
    '  <td><p class=MsoNormal><b>3. Accepted/ Rejected</b></p></td>',
    '  <td><p class=MsoNormal><b>4. Response</b></p></td>',
    '  <td><p class=MsoNormal><b>5. Owner</b></p></td>',
    '  <td><p class=MsoNormal><b>6. Target Date</b></p></td>',
    ' </tr>',
    " <tr style='mso-yfti-irow:1'>",
    '  <td rowspan=2><p class=MsoNormal>1<o:p></o:p></p></td>',
    '  <td rowspan=2><p class=MsoNormal>Improve safety in the prison&#8217;s wings.<o:p></o:p></p></td>',
    '  <td rowspan=2><p class=MsoNormal>Partially Accepted<o:p></o:p></p></td>',
    '  <td rowspan=2><p class=MsoNormal>A review will be held:<o:p></o:p></p>',
    "  <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>&middot;<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>of the wings&nbsp;<o:p></o:p></p>",
    "  <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>&middot;<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>of the yards, on affordability grounds only in part<o:p></o:p></p></td>",
    '  <td><p class=MsoNormal>Governor<o:p></o:p></p></td>',
    '  <td><p class=MsoNormal>March 2020<o:p></o:p></p></td>',
    ' </tr>',
    ' <tr><td><p class=MsoNormal>Head of Safety</p></td><td><p class=MsoNormal>June&nbsp;2020</p></td></tr>',
    '</table>',
    '<p class=MsoNormal><o:p>&nbsp;</o:p></p>',
    '</div></body></html>',
  ].join('\r\n');

  it('reads a Word "Web page": its list paragraphs, merged cells and references', () => {
    const result = fromHtml(wordPage);
    expect(result.issues).toEqual([]);
    expect(result.ok && result.value).toEqual({
      format: 'action-plan/1',
      title: 'Inspection of HMP Example',
      respondent: 'HM Prison & Probation Service',
      submitted: '2020-02-12',
      recommendations: [
        {
          ref: '1',
          text: 'Improve safety in the prison’s wings.',
          agreement: { category: 'partly-agreed', label: 'Partially Accepted' },
          response: [
            { type: 'paragraph', text: 'A review will be held:' },
            { type: 'list', items: ['of the wings', 'of the yards, on affordability grounds only in part'] },
          ],
          actions: [
            { owner: 'Governor', target: { type: 'month', raw: 'March 2020', month: '2020-03' } },
            { owner: 'Head of Safety', target: { type: 'month', raw: 'June 2020', month: '2020-06' } },
          ],
        },
      ],
    });
    const target = result.locate(['recommendations', 0, 'actions', 1, 'target']);
    expect(target?.line).toBe(27);
    expect(wordPage.split('\r\n')[26]?.slice((target?.column ?? 0) - 1)).toBe(
      '<td><p class=MsoNormal>June&nbsp;2020</p></td></tr>',
    );
  });

  it('reads the same plan from HTML as from the published text', () => {
    const html =
      '<p>A Response to: Inspection of HMP Example</p><p>Action Plan Submitted: 12th February 2020</p>' +
      '<h2>ACTION PLAN: Inspection of HMP Example</h2><table><tr><th>1. Rec No<th>2. Recommendation<th>3. Accepted/ Rejected<th>4. Response<th>5. Owner<th>6. Target Date' +
      '<tr><td>1<td>Improve safety.<td>Accepted<td><p>A safety review will be held.</p><ul><li>First<li>Second</ul><td>Governor<br>Head of Safety<td>March 2020<br>June 2020</table>';
    const text = [
      'A Response to: Inspection of HMP Example',
      'Action Plan Submitted: 12th February 2020',
      'ACTION PLAN: Inspection of HMP Example',
      '1. Rec No\t2. Recommendation\t3. Accepted/ Rejected\t4. Response\t5. Owner\t6. Target Date',
      '1\tImprove safety.\tAccepted\t<p>A safety review will be held.</p><ul><li>First</li><li>Second</li></ul>\t<p>Governor</p><p>Head of Safety</p>\t<p>March 2020</p><p>June 2020</p>',
    ].join('\n');
    const fromText = fromPublishedText(text);
    const result = fromHtml(html);
    expect(result.ok && fromText.ok && toJson(result.value)).toBe(fromText.ok && toJson(fromText.value));
  });

  it('skips the text of SVG pictures, and goes on after a picture left open where HTML would', () => {
    const page = (picture: string): string =>
      `<h1>ACTION PLAN: Inspection of HMP Example</h1>${picture}<table>` +
      '<tr><th>Rec No</th><th>Recommendation</th><th>Agreed/ Partly Agreed/ Not Agreed</th><th>Response</th><th>Responsible Owner</th><th>Target Date</th></tr>' +
      '<tr><td>1</td><td>Improve safety.</td><td>Agreed</td><td>A review.</td><td>Governor</td><td>March 2026</td></tr></table>';
    const plain = fromHtml(page(''));
    for (const picture of [
      '<svg viewBox="0 0 10 10"><title>A logo</title><desc>Crest</desc><text x="1" y="1">Ministry</text></svg>',
      '<svg><svg><text>Nested</text></svg><text>Outer</text></svg>',
      '<svg/><p>',
      '<svg><text>Left open</text><p>',
    ]) {
      const result = fromHtml(page(picture));
      expect(result.ok && toJson(result.value), picture).toBe(plain.ok && toJson(plain.value));
      expect(result.issues, picture).toEqual(plain.issues);
    }
    // A table inside a picture left open is the page's again, as in HTML.
    expect(fromHtml(page('<svg><text>Left open</text>')).ok).toBe(true);
  });

  it('gives the plan the title of the options when the page names none, and none without it', () => {
    const html = '<table><tr><td>1<td>Improve safety.<td>Agreed<td>Review.<td>Governor<td>March 2026</table>';
    const titled = fromHtml(html, { title: 'Inspection of HMP Example' });
    expect(titled.ok && titled.value.title).toBe('Inspection of HMP Example');
    expect(codes(html)).toEqual(['import.title_missing']);
  });

  it('says so when a page holds no plan', () => {
    expect(fromHtml('<html><body><p>Hello</p></body></html>')).toMatchObject({
      ok: false,
      issues: [{ code: 'import.not_a_plan' }],
    });
    expect(fromHtml('')).toMatchObject({ ok: false, issues: [{ code: 'import.not_a_plan' }] });
  });

  it('reads target dates with the conventions it is given', () => {
    const html =
      '<p>ACTION PLAN: Plan</p><table><tr><td>1<td>Improve safety.<td>Agreed<td>Review.<td>Governor<td>Q1 2026</table>';
    const calendar = fromHtml(html);
    const financial = fromHtml(html, { targetDates: { quarters: 'financial' } });
    expect(calendar.ok && calendar.value.recommendations[0]?.actions[0]?.target).toMatchObject({ start: '2026-01-01' });
    expect(financial.ok && financial.value.recommendations[0]?.actions[0]?.target).toMatchObject({
      start: '2026-04-01',
    });
  });

  it('throws only when the calling code passes a bad argument', () => {
    expect(() => fromHtml(42 as unknown as string)).toThrow(TypeError);
    expect(() => fromHtml('', 'x' as never)).toThrow(TypeError);
    expect(() => fromHtml('', { title: 3 as unknown as string })).toThrow(
      'fromHtml: options.title must be a string, got 3',
    );
    expect(() => fromHtml('', { targetDates: { quarters: 'lunar' as never } })).toThrow(RangeError);
  });
});

describe('fromHtml on hostile HTML', () => {
  it('reads 10,000 nested tables, unclosed, and huge spans, never throwing', () => {
    for (const html of [
      '<table><tr><td>'.repeat(10_000),
      `${'<table><tr><td>x'.repeat(10_000)}${'</td></tr></table>'.repeat(10_000)}`,
      '<table><tr><td colspan=1000000 rowspan=1000000>x'.repeat(100),
      '<ul><li><ol><li><p><div><span>'.repeat(10_000),
      '<'.repeat(100_000),
      '&#'.repeat(100_000),
      '<!--'.repeat(10_000),
      '<td rowspan=0>'.repeat(10_000),
    ]) {
      const result = fromHtml(html);
      if (result.ok) expect(parseActionPlan(result.value).issues).toEqual([]);
      else expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('reads 50 MB of HTML', { timeout: 600_000 }, () => {
    const head =
      '<p>ACTION PLAN: Plan</p><table><tr><th>Rec No<th>Recommendation<th>Agreed<th>Response<th>Owner<th>Target date</tr>\n';
    const row = (n: number): string =>
      `<tr><td>${Math.floor(n / 1000)}.${n % 1000}</td><td>Improve safety &amp; decency.</td><td>Agreed</td><td><p>A review.</p></td><td>Governor</td><td>March 2026</td></tr>\n`;
    const rows: string[] = [];
    let size = head.length;
    for (let n = 1; size < 50e6; n += 1) {
      rows.push(row(n));
      size += (rows.at(-1) as string).length;
    }
    const result = fromHtml(`${head}${rows.join('')}</table>`);
    expect(result.ok && result.value.recommendations.length).toBe(rows.length);
    expect(result.locate(['recommendations', rows.length - 1])?.line).toBe(rows.length + 1);
  });

  it('never throws on mutated real HTML, and never answers ok with a plan validation refuses', () => {
    const source = fixture('merged-owners.html');
    const pieces = fc.constantFrom(
      '<',
      '>',
      '</td>',
      '<td rowspan=3>',
      '<td colspan=2>',
      '<tr>',
      '</tr>',
      '<table>',
      '</table>',
      '<ul>',
      '<li>',
      '<br>',
      '<!--',
      '"',
      '&',
      '&#x',
      ';',
      'Agreed',
      '1',
      ' ',
      'Total 7',
    );
    const mutation = fc.tuple(fc.nat({ max: source.length }), fc.nat({ max: 400 }), fc.array(pieces, { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const html = mutations.reduce(
          (text, [at, cut, insert]) => text.slice(0, at) + insert.join('') + text.slice(at + cut),
          source,
        );
        const result = fromHtml(html);
        if (result.ok) expect(parseActionPlan(result.value).issues).toEqual([]);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
