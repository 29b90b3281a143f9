import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDueSoon, findOverdue, parseTargetDate, type ActionPlan } from '../../../src/index.js';
import { toTimelineSvg, type TimelineSvgOptions } from '../../../src/svg.js';
import { actionPlan } from '../../support/arbitraries.js';
import { HOSTILE, hostilePlan } from '../../support/hostile.js';
import { realPlan } from '../../support/realPlan.js';
import { xmlElements, xmlErrors } from '../../support/xml.js';
import { AS_OF, everyStatusPlan } from './plans.js';

/** The `<g>` of the row whose title starts with `start`. */
function row(svg: string, start: string): string {
  const at = svg.indexOf(`<g><title>${start}`);
  expect(at, start).toBeGreaterThan(-1);
  return svg.slice(at, svg.indexOf('</g>', at));
}

/** A plan of one recommendation with these actions. */
const planOf = (actions: ActionPlan['recommendations'][number]['actions'], title = 'Plan'): ActionPlan => ({
  format: 'action-plan/1',
  title,
  recommendations: [{ ref: '1', text: 'Do it.', agreement: { category: 'agreed' }, response: [], actions }],
});

describe('toTimelineSvg', () => {
  it('draws the bundled plan as reviewed (golden file)', async () => {
    await expect(toTimelineSvg(realPlan(), { asOf: AS_OF })).toMatchFileSnapshot(
      '../../golden/sfo-annual-report-2024-25.timeline.svg',
    );
  });

  it('draws a plan with an action of every status as reviewed (golden file)', async () => {
    await expect(toTimelineSvg(everyStatusPlan(), { asOf: AS_OF })).toMatchFileSnapshot(
      '../../golden/every-status.timeline.svg',
    );
  });

  it('is one accessible SVG picture: role img, a title and a description that count the statuses', () => {
    const svg = toTimelineSvg(realPlan(), { asOf: AS_OF });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1040" height="\d+" viewBox="0 0 1040 \d+" role="img" aria-labelledby="action-plan-timeline-title action-plan-timeline-desc"/,
    );
    expect(svg.endsWith('</svg>\n')).toBe(true);
    expect(svg).toContain(
      '<title id="action-plan-timeline-title">Timeline of the actions: Serious Further Offence Annual Report 2024-2025</title>',
    );
    expect(svg).toContain(
      '<desc id="action-plan-timeline-desc">12 actions as of 15 June 2026: 2 overdue, 2 due soon (within 30 days), 4 on track, 1 completed, 0 withdrawn, 3 with no deadline.</desc>',
    );
    expect(xmlErrors(svg)).toEqual([]);
    // Nothing to fetch: no image, link, script or style sheet.
    expect(svg).not.toMatch(/<(image|a|script|style|foreignObject)\b|href=/);
  });

  it('counts what findOverdue and findDueSoon find', () => {
    for (const asOf of ['2026-01-01', '2026-04-15', AS_OF, '2026-12-20', '2027-06-01']) {
      const svg = toTimelineSvg(realPlan(), { asOf, dueSoonDays: 45 });
      const overdue = findOverdue(realPlan(), { asOf }).length;
      const dueSoon = findDueSoon(realPlan(), { asOf, dueSoonDays: 45 }).length;
      expect(svg).toContain(`: ${overdue} overdue, ${dueSoon} due soon (within 45 days),`);
      expect(svg).toContain(`Overdue (${overdue})`);
      expect(svg.match(/>Overdue by \d+ days?</g) ?? []).toHaveLength(overdue);
    }
  });

  it('groups the rows by recommendation, with its ref and category, and writes every status in words', () => {
    const svg = toTimelineSvg(everyStatusPlan(), { asOf: AS_OF });
    expect(svg).toContain('>Recommendation 2: Partly Agreed</text>');
    expect(svg).toContain('>Recommendation 3: Not Agreed</text>');
    expect(svg).toContain('>No actions</text>');
    expect(row(svg, 'Recommendation 1, action 1')).toContain('>Overdue by 76 days</text>');
    expect(row(svg, 'Recommendation 1, action 2')).toContain('>Due in 15 days</text>');
    expect(row(svg, 'Recommendation 1, action 3')).toContain('>On track</text>');
    expect(row(svg, 'Recommendation 2, action 1')).toContain('>Completed 15 Mar 2026</text>');
    expect(row(svg, 'Recommendation 4, action 4')).toContain('>Withdrawn 1 May 2026</text>');
    expect(row(svg, 'Recommendation 4, action 1')).toContain('>No deadline</text>');
    expect(row(svg, 'Recommendation 4, action 3')).toContain('>Completed</text>');
  });

  it('tells the statuses apart by shape as well as colour', () => {
    const svg = toTimelineSvg(everyStatusPlan(), { asOf: AS_OF });
    /** The mark of a row: its elements after the two texts, without colours. */
    const shape = (start: string): string =>
      row(svg, start)
        .replace(/<title>.*?<\/title>/, '')
        .replace(/<text[^>]*>[^<]*<\/text>/g, '')
        .replace(/<rect[^>]*fill-opacity[^>]*\/>/, '')
        .replace(/<path d="[^"]*" stroke="#6f777b"[^>]*\/><circle[^>]*\/>/, '')
        .replace(/"[^"]*"/g, '""');
    const shapes = [
      'Recommendation 1, action 1',
      'Recommendation 1, action 2',
      'Recommendation 1, action 3',
      'Recommendation 2, action 1',
      'Recommendation 4, action 4',
      'Recommendation 4, action 1',
    ].map(shape);
    expect(new Set(shapes).size).toBe(6);
    // The open-ended mark is filled with the picture's own hatching.
    expect(row(svg, 'Recommendation 4, action 2')).toContain('fill="url(#action-plan-timeline-hatch)"');
  });

  it('draws a month or a period as its span and a day as a point', () => {
    const svg = toTimelineSvg(everyStatusPlan(), { asOf: AS_OF });
    const width = (start: string): number =>
      Number(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"[^>]*fill-opacity/.exec(row(svg, start))?.[1] ?? 0);
    expect(width('Recommendation 1, action 1')).toBe(0);
    const month = width('Recommendation 1, action 2');
    const quarter = width('Recommendation 1, action 3');
    const year = width('Recommendation 2, action 3');
    expect(month).toBeGreaterThan(10);
    expect(quarter).toBeGreaterThan(2.5 * month);
    expect(year).toBeGreaterThan(3.5 * quarter);
  });

  it('shows where a revised target moved from, and says so in the row title', () => {
    const svg = toTimelineSvg(everyStatusPlan(), { asOf: AS_OF });
    const moved = row(svg, 'Recommendation 2, action 2');
    expect(moved).toContain('Target: September 2026 (revised from April 2026), deadline 30 September 2026. On track.');
    expect(moved).toContain('stroke-dasharray="2 1.5"');
    // Revised to "TBC": from the earlier deadline to the lane of actions with no date.
    expect(row(svg, 'Recommendation 4, action 6')).toContain('stroke-dasharray="2 1.5"');
    expect(row(svg, 'Recommendation 1, action 1')).not.toContain('stroke-dasharray');
    // Before the revision was reported, the plan's own target is in effect.
    const before = toTimelineSvg(everyStatusPlan(), { asOf: '2026-04-01' });
    expect(row(before, 'Recommendation 2, action 2')).not.toContain('revised from');
  });

  it('draws asOf as a labelled line, and runs the axis over every date drawn', () => {
    const svg = toTimelineSvg(everyStatusPlan(), { asOf: AS_OF });
    expect(svg).toContain('font-weight="bold" text-anchor="middle">As of 15 Jun 2026</text>');
    expect(svg).toMatch(
      /<path d="M[\d.]+,\d+V\d+" stroke="#0b0c0c" stroke-width="1.5" stroke-dasharray="5 3"\/>\n<\/svg>/,
    );
    // From March 2026 to March 2027 (the end of the financial year 2026-27), by month.
    expect(svg).toContain('>Mar</text>');
    expect(svg).toContain('>2026</text>');
    expect(svg).toContain('>2027</text>');
    // An asOf long after every deadline stretches the axis to it: by year.
    const later = toTimelineSvg(everyStatusPlan(), { asOf: '2040-01-01' });
    expect(later).not.toContain('>Mar</text>');
    expect(later).toContain('>2030</text>');
  });

  it.each<[string, string, string[], string[]]>([
    ['a few months', '2026-03-01', ['Feb', 'Mar'], ['2027']],
    ['two years', '2028-01-01', ['Jan', 'Apr', 'Jul', 'Oct'], ['Feb']],
    ['twenty years', '2045-06-01', ['2030', '2040'], ['Jan']],
    ['three centuries', '2299-06-01', ['2100', '2200'], ['2030']],
  ])('labels the axis by month, quarter or year as the span needs: %s', (_, date, shown, hidden) => {
    const plan = planOf([{ owner: 'Governor', target: parseTargetDate(date) }]);
    const svg = toTimelineSvg(plan, { asOf: '2026-02-10' });
    for (const label of shown) expect(svg).toContain(`>${label}</text>`);
    for (const label of hidden) expect(svg).not.toContain(`>${label}</text>`);
  });

  it('shortens a long action with an ellipsis and keeps its full text in the row title', () => {
    const long = 'Carry out a review of the support and training provided to staff that deliver findings to victims';
    const svg = toTimelineSvg(
      planOf([{ description: long, owner: 'Governor', target: parseTargetDate('June 2026') }]),
      {
        asOf: AS_OF,
      },
    );
    expect(svg).toContain(`<g><title>Recommendation 1, action 1: ${long}. Owner: Governor.`);
    const label = /<text x="26" y="\d+">([^<]*)<\/text>/.exec(svg)?.[1] ?? '';
    expect(label.endsWith('…')).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
    expect(label.length).toBeLessThan(50);
  });

  it('escapes every text of a hostile plan and stays well-formed XML', () => {
    const svg = toTimelineSvg(hostilePlan(), { asOf: AS_OF });
    expect(xmlErrors(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).toContain('&amp;amp; &amp;lt; &amp;#60;');
    expect(svg).toContain('He said &quot;no&quot;, then &#39;yes&#39;');
    // Line breaks fold to spaces: a label is one line.
    expect(svg).toContain('line one line two line three end');
    expect(svg).not.toMatch(/[\u2028\u2029\r]/);
    // Only the picture's own elements.
    const names = new Set(xmlElements(svg).map((e) => e.name));
    expect([...names].sort()).toEqual([
      'circle',
      'defs',
      'desc',
      'g',
      'path',
      'pattern',
      'rect',
      'svg',
      'text',
      'title',
    ]);
    expect(HOSTILE.length).toBeGreaterThan(10);
  });

  it('replaces the characters XML cannot hold', () => {
    const bad = 'nul \u0000 bell \u0007 lone \ud800 end \udfff not \ufffe or \uffff, kept: 😀 \t tab';
    const plan = planOf([{ description: bad, owner: bad, target: parseTargetDate(bad) }], bad);
    const svg = toTimelineSvg(plan, { asOf: AS_OF });
    expect(xmlErrors(svg)).toEqual([]);
    expect(svg).toContain('nul \ufffd bell \ufffd lone \ufffd end \ufffd not \ufffd or \ufffd, kept: 😀 tab');
  });

  it('never cuts a surrogate pair in two when it shortens a text', () => {
    for (let n = 30; n < 50; n += 1) {
      const text = `${'a'.repeat(n)}${'😀'.repeat(40)}`;
      const svg = toTimelineSvg(planOf([{ owner: text, target: parseTargetDate('May 2026') }]), { asOf: AS_OF });
      expect(xmlErrors(svg)).toEqual([]);
      expect(svg).not.toContain('\ufffd');
    }
  });

  it('writes the same bytes for the same plan and options', () => {
    expect(toTimelineSvg(everyStatusPlan(), { asOf: AS_OF })).toBe(toTimelineSvg(everyStatusPlan(), { asOf: AS_OF }));
  });

  it('starts every id with idPrefix, so that two pictures in one page share none', () => {
    const ids = (svg: string): string[] => [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] as string);
    const a = toTimelineSvg(everyStatusPlan(), { asOf: AS_OF, idPrefix: 'first' });
    const b = toTimelineSvg(everyStatusPlan(), { asOf: AS_OF, idPrefix: 'second' });
    expect(ids(a)).toEqual(['first-title', 'first-desc', 'first-hatch']);
    expect(ids(b).filter((id) => ids(a).includes(id))).toEqual([]);
    // Every reference names an id of the same picture.
    for (const svg of [a, b]) {
      const referenced = [...svg.matchAll(/url\(#([^)]*)\)|aria-labelledby="([^"]*)"/g)].flatMap((m) =>
        (m[1] ?? m[2] ?? '').split(' '),
      );
      for (const id of referenced) expect(ids(svg)).toContain(id);
    }
  });

  it('takes the width asked for', () => {
    const svg = toTimelineSvg(realPlan(), { asOf: AS_OF, width: 1600 });
    expect(svg).toMatch(/^<svg [^>]*width="1600" height="\d+" viewBox="0 0 1600 \d+"/);
    expect(xmlErrors(svg)).toEqual([]);
  });

  it('draws a plan with no recommendations', () => {
    const svg = toTimelineSvg({ format: 'action-plan/1', title: ' ', recommendations: [] }, { asOf: AS_OF });
    expect(svg).toContain('>The plan has no recommendations</text>');
    expect(svg).toContain('<title id="action-plan-timeline-title">Timeline of the actions: Action plan</title>');
    expect(svg).toContain('0 actions as of 15 June 2026');
    expect(xmlErrors(svg)).toEqual([]);
  });

  it.each<[string, unknown, ErrorConstructor, string]>([
    [
      'no options',
      undefined,
      TypeError,
      'toTimelineSvg: options.asOf must be a date in the form YYYY-MM-DD, got undefined',
    ],
    ['options not an object', 'today', TypeError, 'toTimelineSvg: options must be an object, got "today"'],
    ['asOf missing', {}, TypeError, 'toTimelineSvg: options.asOf must be a date in the form YYYY-MM-DD, got undefined'],
    [
      'asOf not a date',
      { asOf: '2026-02-30' },
      RangeError,
      'toTimelineSvg: options.asOf must be a date in the form YYYY-MM-DD, got "2026-02-30"',
    ],
    [
      'dueSoonDays negative',
      { asOf: AS_OF, dueSoonDays: -1 },
      RangeError,
      'toTimelineSvg: options.dueSoonDays must be a whole number of days, 0 or more, got -1',
    ],
    [
      'width a string',
      { asOf: AS_OF, width: '960' },
      TypeError,
      'toTimelineSvg: options.width must be a whole number from 720 to 4800, got "960"',
    ],
    [
      'width too small',
      { asOf: AS_OF, width: 400 },
      RangeError,
      'toTimelineSvg: options.width must be a whole number from 720 to 4800, got 400',
    ],
    [
      'width not whole',
      { asOf: AS_OF, width: 960.5 },
      RangeError,
      'toTimelineSvg: options.width must be a whole number from 720 to 4800, got 960.5',
    ],
    [
      'idPrefix a number',
      { asOf: AS_OF, idPrefix: 1 },
      TypeError,
      'toTimelineSvg: options.idPrefix must be a string, got 1',
    ],
    [
      'idPrefix with a quote',
      { asOf: AS_OF, idPrefix: 'a"b' },
      RangeError,
      'toTimelineSvg: options.idPrefix must be a letter or "_", then letters, digits, "_", "-" or ".", at most 64 characters, got "a\\"b"',
    ],
    [
      'idPrefix starting with a digit',
      { asOf: AS_OF, idPrefix: '1a' },
      RangeError,
      'toTimelineSvg: options.idPrefix must be a letter or "_", then letters, digits, "_", "-" or ".", at most 64 characters, got "1a"',
    ],
  ])('throws on misuse: %s', (_, options, type, message) => {
    const call = (): string => toTimelineSvg(realPlan(), options as TimelineSvgOptions);
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('never throws on a valid plan, and always writes well-formed XML with unique ids', () => {
    const date = fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(actionPlan, date, fc.nat({ max: 400 }), (plan, asOf, dueSoonDays) => {
        const svg = toTimelineSvg(plan, { asOf, dueSoonDays });
        expect(xmlErrors(svg)).toEqual([]);
        expect(svg).not.toContain('NaN');
        const ids = [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
        const actions = plan.recommendations.reduce((n, r) => n + r.actions.length, 0);
        expect(svg.match(/<g><title>Recommendation /g)?.length ?? 0).toBe(actions + plan.recommendations.length);
      }),
      { numRuns: 300 },
    );
  });
});
