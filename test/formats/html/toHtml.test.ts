import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHtml, type ActionPlan, type HtmlOptions } from '../../../src/index.js';
import { toTimelineSvg } from '../../../src/svg.js';
import { actionPlan } from '../../support/arbitraries.js';
import { hostilePlan } from '../../support/hostile.js';
import { realPlan } from '../../support/realPlan.js';

/** The tags of an HTML text, in order, by name. */
const tags = (html: string): string[] =>
  [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => (m[0].startsWith('</') ? `/${m[1]}` : (m[1] as string)));
const ALLOWED = new Set([
  'section',
  'main',
  'div',
  'h1',
  'dl',
  'dt',
  'dd',
  'time',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'p',
  'ul',
  'li',
  'em',
]);

describe('toHtml', () => {
  it('writes the bundled plan as reviewed (golden file), fragment and page', async () => {
    await expect(toHtml(realPlan())).toMatchFileSnapshot('../../golden/sfo-annual-report-2024-25.html');
    await expect(toHtml(realPlan(), { standalone: true })).toMatchFileSnapshot(
      '../../golden/sfo-annual-report-2024-25.page.html',
    );
  });

  it('is an accessible table: caption, column and row headings, one row per action', () => {
    const html = toHtml(realPlan());
    expect(html).toContain('<caption>Action plan: Serious Further Offence Annual Report 2024-2025</caption>');
    expect(html.match(/<th scope="col">/g)).toHaveLength(6 + 2);
    expect(html.match(/<th scope="row"/g)).toHaveLength(7 + 4);
    expect(html).toContain('<tr class="section"><th scope="rowgroup" colspan="6">Recommendations</th></tr>');
    expect(html).toContain('<th scope="row" rowspan="2">1</th>');
    expect(html).toContain('<tr><td>Deputy Director Public Protection Group</td><td>June 2026</td></tr>');
    expect(html).toContain('<time datetime="2026-02-09">9 February 2026</time>');
  });

  it('shows an answer that states no category as written, or as Not stated, never as an empty cell', () => {
    const base = realPlan();
    const plan: ActionPlan = {
      ...base,
      recommendations: base.recommendations.map((r, i) =>
        i === 0 ? { ...r, agreement: {} } : i === 1 ? { ...r, agreement: { label: 'Accepted <in> principle' } } : r,
      ),
    };
    const html = toHtml(plan);
    expect(html).toContain('<th scope="row" rowspan="2">1</th><td rowspan="2">Devise');
    expect(html).toMatch(
      /<th scope="row" rowspan="2">1<\/th><td rowspan="2">[^<]*<\/td><td rowspan="2"><em>Not stated<\/em><\/td>/,
    );
    expect(html).toMatch(
      /<th scope="row" rowspan="2">2<\/th><td rowspan="2">[^<]*<\/td><td rowspan="2">Accepted &lt;in&gt; principle<\/td>/,
    );
    expect(html).not.toContain('No category stated');
    const { statedTally: _t, ...counted } = plan;
    expect(toHtml(counted)).toContain(
      '<tr><th scope="row">Not Agreed</th><td>0</td></tr>\n<tr><th scope="row">No category stated</th><td>2</td></tr>\n<tr><th scope="row">Total</th><td>7</td></tr>',
    );
  });

  it('writes a complete page with styles for print and no script', () => {
    const page = toHtml(realPlan(), { standalone: true });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(page).toContain('<title>Serious Further Offence Annual Report 2024-2025</title>');
    expect(page).toContain('@media print');
    expect(page).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
  });

  it('puts the page in a main landmark and the table in a labelled region that scrolls on its own', () => {
    const page = toHtml(realPlan(), { standalone: true });
    expect(page).toContain('<body>\n<main>\n<section class="action-plan">');
    expect(page).toContain('</section>\n</main>\n</body>');
    expect(page).toMatch(/\.table-scroll\{overflow-x:auto[;}]/);
    const region =
      '<div class="table-scroll" role="region" aria-label="Action plan: Serious Further Offence Annual Report 2024-2025" tabindex="0">\n<table class="action-plan-table">';
    expect(page).toContain(region);
    expect(toHtml(realPlan())).toContain(region);
    expect(toHtml(realPlan())).not.toContain('<main>');
  });

  it.each<[string, unknown]>([
    ['empty', ''],
    ['white space only', ' \t\n\u00a0'],
    ['missing', undefined],
  ])('writes "Action plan" for a title that is %s, never an empty heading or title', (_, title) => {
    const plan = { format: 'action-plan/1', title, recommendations: realPlan().recommendations } as ActionPlan;
    const page = toHtml(plan, { standalone: true });
    expect(page).toContain('<title>Action plan</title>');
    expect(page).toContain('<h1>Action plan</h1>');
    expect(page).toContain('<caption>Action plan</caption>');
    expect(page).toContain('aria-label="Action plan"');
    expect(page).not.toMatch(/<(title|h1|caption)>\s*<\/\1>|Action plan: </);
  });

  it('escapes every text of a hostile plan: only its own tags, balanced', () => {
    const html = toHtml(hostilePlan(), { standalone: true });
    const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
    const found = tags(body);
    for (const tag of found) expect(ALLOWED.has(tag.replace('/', ''))).toBe(true);
    for (const name of ALLOWED) {
      expect(found.filter((t) => t === name).length, name).toBe(found.filter((t) => t === `/${name}`).length);
    }
    expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(body).toContain('&amp;amp; &amp;lt; &amp;#60;');
  });

  it('shows the timeline picture it is given after the tally, in a captioned figure that scrolls on its own', () => {
    const timeline = toTimelineSvg(realPlan(), { asOf: '2026-06-15' });
    const page = toHtml(realPlan(), { standalone: true, timeline });
    expect(page).toContain(
      `<tr><th scope="row">Total</th><td>7</td></tr>\n</tbody>\n</table>\n<figure class="timeline">\n<div class="timeline-scroll" role="region" aria-label="Timeline of the actions" tabindex="0">\n${timeline}</div>\n<figcaption>Timeline of the actions</figcaption>\n</figure>\n</section>`,
    );
    expect(page).toMatch(/\.timeline-scroll\{overflow-x:auto[;}]/);
    expect(page).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    // Without it, the page is as before.
    expect(toHtml(realPlan())).not.toContain('<figure');
  });

  it.each<[string, unknown, ErrorConstructor, string]>([
    ['a number', 42, TypeError, 'toHtml: options.timeline must be a string, got 42'],
    [
      'not an SVG picture',
      '<div>x</div>',
      RangeError,
      'toHtml: options.timeline must be an SVG picture written by toTimelineSvg, got "<div>x</div>"',
    ],
    [
      'an SVG picture cut short',
      '<svg xmlns="http://www.w3.org/2000/svg">',
      RangeError,
      'toHtml: options.timeline must be an SVG picture',
    ],
  ])('throws when timeline is %s', (_, timeline, type, message) => {
    const call = (): string => toHtml(realPlan(), { timeline } as HtmlOptions);
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('never lets any plan text add a tag', () => {
    fc.assert(
      fc.property(actionPlan, (plan: ActionPlan) => {
        for (const tag of tags(toHtml(plan))) expect(ALLOWED.has(tag.replace('/', ''))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
