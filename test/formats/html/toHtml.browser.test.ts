import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHtml, type ActionPlan } from '../../../src/index.js';
import { toTimelineSvg } from '../../../src/svg.js';
import { chromiumAvailable as available, dumpDom } from '../../support/chromium.js';
import { realPlan } from '../../support/realPlan.js';

// CI installs Chromium (.ci/run): there, a missing browser is a failure, never a skip.
const mustRun = process.env.CI === 'true';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What the page reports about itself once axe has run. */
interface PageReport {
  readonly viewportWidth: number;
  readonly scrollWidth: number;
  readonly tableRegion: { readonly clientWidth: number; readonly scrollWidth: number } | null;
  readonly violations: readonly {
    readonly id: string;
    readonly impact: string | null;
    readonly help: string;
    readonly nodes: readonly { readonly target: readonly unknown[] }[];
  }[];
}

/** The narrowest window headless Chromium opens; narrower screens are laid out in a frame that wide. */
const NARROWEST_WINDOW = 500;

/**
 * Runs axe-core on the page as headless Chromium lays it out at a width, and measures the page.
 * axe's source and a small runner are added to a copy of the page; the runner writes its report
 * into the page, which Chromium prints (`--dump-dom`) once the page is idle. A width narrower than
 * any window Chromium opens is given to the page as the width of a frame that holds it, as a
 * phone's screen would; the page then sends its report to the frame's parent.
 */
function inspect(page: string, width: number): PageReport {
  const folder = mkdtempSync(join(tmpdir(), 'action-plan-axe-'));
  copyFileSync(AXE, join(folder, 'axe.min.js'));
  const runner = `<script src="axe.min.js"></script><script>
const deliver = (report) => {
  const text = encodeURIComponent(JSON.stringify(report));
  if (window.parent !== window) return window.parent.postMessage(text, '*');
  const out = document.createElement('output');
  out.id = 'page-report';
  out.textContent = text;
  document.documentElement.append(out);
};
axe.run(document, { resultTypes: ['violations'] }).then((results) => {
  const region = document.querySelector('.table-scroll');
  deliver({
    viewportWidth: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    tableRegion: region && { clientWidth: region.clientWidth, scrollWidth: region.scrollWidth },
    violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })),
  });
}, (error) => deliver({ error: String(error) }));
</script>`;
  writeFileSync(join(folder, 'plan.html'), page.replace('</body>', `${runner}\n</body>`));
  const framed = width < NARROWEST_WINDOW;
  writeFileSync(
    join(folder, 'frame.html'),
    `<!DOCTYPE html><html lang="en"><title>A ${width} px screen</title><body style="margin:0">
<iframe src="plan.html" title="The plan" style="border:0;width:${width}px;height:900px"></iframe>
<script>addEventListener('message', (event) => {
  const out = document.createElement('output');
  out.id = 'page-report';
  out.textContent = event.data;
  document.documentElement.append(out);
});</script></body></html>`,
  );
  const run = dumpDom(join(folder, framed ? 'frame.html' : 'plan.html'), {
    folder,
    windowSize: [framed ? 1280 : width, 900],
    virtualTimeBudget: 30_000,
    timeout: 180_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const match = /<output id="page-report">([^<]*)<\/output>/.exec(run.stdout);
  expect(match, 'the page wrote no report: axe did not finish').not.toBeNull();
  const report = JSON.parse(decodeURIComponent(match?.[1] ?? '')) as PageReport & { error?: string };
  expect(report.error).toBeUndefined();
  return report;
}

/** The violations a person with a disability would meet first: serious and critical ones. */
const severe = (report: PageReport): string[] =>
  report.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

describe.runIf(available || mustRun)('the HTML page in a real browser (headless Chromium and axe-core)', () => {
  const page = toHtml(realPlan(), { standalone: true });

  it('has no serious or critical accessibility violation on a wide screen', () => {
    const report = inspect(page, 1280);
    expect(report.viewportWidth).toBeGreaterThan(1000);
    expect(severe(report)).toEqual([]);
  }, 240_000);

  it('has no serious or critical accessibility violation in the narrowest window, where the table scrolls', () => {
    const report = inspect(page, NARROWEST_WINDOW);
    expect(report.viewportWidth).toBe(NARROWEST_WINDOW);
    expect(report.tableRegion?.scrollWidth).toBeGreaterThan(report.tableRegion?.clientWidth ?? Infinity);
    expect(severe(report)).toEqual([]);
  }, 240_000);

  it('fits a 400 px wide screen: the table scrolls sideways in its own box, the page does not', () => {
    const report = inspect(page, 400);
    expect(report.viewportWidth).toBe(400);
    expect(report.scrollWidth).toBeLessThanOrEqual(400);
    // The table is wider than the screen, so it is its box that scrolls.
    expect(report.tableRegion).not.toBeNull();
    expect(report.tableRegion?.scrollWidth).toBeGreaterThan(report.tableRegion?.clientWidth ?? Infinity);
    expect(severe(report)).toEqual([]);
  }, 240_000);

  it('fits a 400 px wide screen with the timeline picture: the picture scrolls in its own box', () => {
    const timeline = toTimelineSvg(realPlan(), { asOf: '2026-06-15' });
    const report = inspect(toHtml(realPlan(), { standalone: true, timeline }), 400);
    expect(report.viewportWidth).toBe(400);
    expect(report.scrollWidth).toBeLessThanOrEqual(400);
    expect(severe(report)).toEqual([]);
  }, 240_000);

  it('has no serious or critical violation for a plan object with a blank title', () => {
    const untitled = { ...realPlan(), title: '' } as ActionPlan;
    const report = inspect(toHtml(untitled, { standalone: true }), 1280);
    expect(severe(report)).toEqual([]);
    expect(report.violations.map((v) => v.id)).not.toContain('document-title');
    expect(report.violations.map((v) => v.id)).not.toContain('empty-heading');
  }, 240_000);
});
