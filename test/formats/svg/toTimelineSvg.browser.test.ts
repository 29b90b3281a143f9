import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../src/index.js';
import { toTimelineSvg } from '../../../src/svg.js';
import { chromiumAvailable as available, dumpDom } from '../../support/chromium.js';
import { hostilePlan } from '../../support/hostile.js';
import { realPlan } from '../../support/realPlan.js';
import { AS_OF, everyStatusPlan } from './plans.js';

// CI installs Chromium (.ci/run): there, a missing browser is a failure, never a skip.
const mustRun = process.env.CI === 'true';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What the page reports once axe has run. */
interface PageReport {
  /** For each picture given as text, what the browser's strict XML parser said: `null` when it read it. */
  readonly parsed: readonly (string | null)[];
  /** For each picture in the page, its accessible name and whether it has a width and height. */
  readonly pictures: readonly { readonly name: string; readonly width: number; readonly height: number }[];
  readonly violations: readonly {
    readonly id: string;
    readonly impact: string | null;
    readonly help: string;
    readonly nodes: readonly { readonly target: readonly unknown[] }[];
  }[];
}

/**
 * Opens a page in headless Chromium, has its XML parser read each picture's text
 * (`DOMParser`, `image/svg+xml`, which refuses any text that is not well-formed), measures the
 * pictures of the page and runs axe-core on it. The report is written into the page, which Chromium
 * prints once it is idle.
 */
function inspect(page: string, pictures: readonly string[]): PageReport {
  const folder = mkdtempSync(join(tmpdir(), 'action-plan-svg-'));
  copyFileSync(AXE, join(folder, 'axe.min.js'));
  writeFileSync(join(folder, 'pictures.js'), `window.pictures = ${JSON.stringify(pictures)};`);
  const runner = `<script src="pictures.js"></script><script src="axe.min.js"></script><script>
const parsed = window.pictures.map((text) => {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  return error ? error.textContent : doc.documentElement.localName === 'svg' ? null : 'not an svg';
});
const pictures = [...document.querySelectorAll('svg')].map((svg) => {
  const box = svg.getBoundingClientRect();
  const ids = (svg.getAttribute('aria-labelledby') || '').split(' ');
  return { name: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | '), width: box.width, height: box.height };
});
axe.run(document, { resultTypes: ['violations'] }).then((results) => {
  const out = document.createElement('output');
  out.id = 'page-report';
  out.textContent = encodeURIComponent(JSON.stringify({
    parsed,
    pictures,
    violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })),
  }));
  document.documentElement.append(out);
});
</script>`;
  writeFileSync(join(folder, 'page.html'), page.replace('</body>', `${runner}\n</body>`));
  const run = dumpDom(join(folder, 'page.html'), {
    folder,
    windowSize: [1280, 900],
    virtualTimeBudget: 30_000,
    timeout: 180_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const match = /<output id="page-report">([^<]*)<\/output>/.exec(run.stdout);
  expect(match, 'the page wrote no report: axe did not finish').not.toBeNull();
  return JSON.parse(decodeURIComponent(match?.[1] ?? '')) as PageReport;
}

/** The violations a person with a disability would meet first: serious and critical ones. */
const severe = (report: PageReport): string[] =>
  report.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

describe.runIf(available || mustRun)('the timeline picture in a real browser (headless Chromium and axe-core)', () => {
  it('is well-formed, named for screen readers, and has no serious or critical accessibility violation', () => {
    const sfo = toTimelineSvg(realPlan(), { asOf: AS_OF, idPrefix: 'sfo' });
    const every = toTimelineSvg(everyStatusPlan(), { asOf: AS_OF });
    const hostile = toTimelineSvg(hostilePlan(), { asOf: AS_OF, idPrefix: 'hostile', width: 720 });
    // Three pictures in one page: the bundled plan's in toHtml's page, and two more after it.
    const page = toHtml(realPlan(), { standalone: true, timeline: sfo }).replace(
      '</main>',
      `<figure>${every}<figcaption>Every status</figcaption></figure>\n<figure>${hostile}<figcaption>Hostile</figcaption></figure>\n</main>`,
    );
    const report = inspect(page, [sfo, every, hostile]);
    expect(report.parsed).toEqual([null, null, null]);
    expect(report.pictures.map((p) => p.name)).toEqual([
      'Timeline of the actions: Serious Further Offence Annual Report 2024-2025 | 12 actions as of 15 June 2026: 2 overdue, 2 due soon (within 30 days), 4 on track, 1 completed, 0 withdrawn, 3 with no deadline.',
      'Timeline of the actions: Inspection of HMP Example: every status | 12 actions as of 15 June 2026: 1 overdue, 1 due soon (within 30 days), 3 on track, 2 completed, 1 withdrawn, 4 with no deadline.',
      expect.stringMatching(
        /^Timeline of the actions: He said "no", then 'yes' \/ .* \| 34 actions as of 15 June 2026: 17 overdue/,
      ),
    ]);
    for (const picture of report.pictures) expect(picture.height).toBeGreaterThan(200);
    expect(report.pictures.map((p) => p.width)).toEqual([1040, 1040, 720]);
    expect(severe(report)).toEqual([]);
  }, 240_000);
});
