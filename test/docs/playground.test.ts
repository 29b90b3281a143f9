import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { Application, PackageJsonReader, TSConfigReader, TypeDocReader } from 'typedoc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, PAGE } from '../../docs/playground/build.mjs';
import {
  builtInRules,
  checkActionPlan,
  findDueSoon,
  findOverdue,
  fromJson,
  tallyAgreement,
  toCsv,
  toHtml,
  toJson,
  toMarkdown,
  toSarif,
  type IssueBase,
} from '../../src/index.js';
import { readActionPlan, type ReadActionPlanResult } from '../../src/read.js';
import { toTimelineSvg } from '../../src/svg.js';
import { chromiumAvailable, CHROMIUM } from '../support/chromium.js';

// The page's globals, used only in the functions that run in the page (page.evaluate): this file
// is compiled for Node, without the DOM's types.
interface PageElement {
  readonly id: string;
  textContent: string | null;
  readonly hidden: boolean;
  readonly dataset: Readonly<Record<string, string | undefined>>;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  getAttribute(name: string): string | null;
  innerHTML: string;
  readonly outerHTML: string;
  readonly firstElementChild: PageElement | null;
}
declare const document: {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  createElement(tag: string): PageElement;
  getElementById(id: string): PageElement | null;
  readonly activeElement: PageElement | null;
  readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
};
declare const DataTransfer: new () => { readonly items: { add(file: unknown): unknown } };

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
// CI installs Chromium (.ci/run): there, a missing browser is a failure, never a skip.
const mustRun = process.env.CI === 'true';

/** The bundled real plan, and the day progress is judged on: some actions overdue, some due soon. */
const SAMPLE = 'sfo-annual-report-2024-25';
const AS_OF = '2026-04-10';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** A static server of a folder on 127.0.0.1, as a user's web server would serve the site. */
function serve(folder: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    let file = join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

/** Today in London, as the page computes it. */
const todayInLondon = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** What the library computes in Node for a file, as the playground reads it (named, titled by its base name). */
async function expected(bytes: Uint8Array | string, name: string | undefined) {
  const result: ReadActionPlanResult = await readActionPlan(
    bytes,
    name === undefined ? { title: 'Pasted plan' } : { filename: name, title: basename(name, extname(name)) },
  );
  if (!result.ok) throw new Error(`${name ?? 'text'} is not read: ${result.issues.map((i) => i.message).join('; ')}`);
  const plan = result.value;
  const issues: IssueBase[] = [...result.issues, ...checkActionPlan(plan, { asOf: AS_OF })];
  return {
    result,
    plan,
    findings: issues.map((issue) => `${issue.code} ${JSON.stringify(issue.path)}`).sort(),
    tally: tallyAgreement(plan),
    overdue: findOverdue(plan, { asOf: AS_OF }).map((a) => [
      a.ref,
      a.owner,
      a.target.raw,
      a.deadline,
      String(a.daysOverdue),
    ]),
    dueSoon: findDueSoon(plan, { asOf: AS_OF }).map((a) => [
      a.ref,
      a.owner,
      a.target.raw,
      a.deadline,
      String(a.daysLeft),
    ]),
    downloads: {
      json: toJson(plan),
      csv: toCsv(plan),
      markdown: toMarkdown(plan),
      html: toHtml(plan, { standalone: true }),
      svg: toTimelineSvg(plan, { asOf: AS_OF }),
      sarif: toSarif(issues, { uri: name ?? 'pasted-plan', locate: result.locate }),
    } as Record<string, string>,
  };
}

/** What the page shows once a plan is read. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const cells = (selector: string): string[][] =>
      [...document.querySelectorAll(`${selector} tbody tr`)].map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
      );
    return {
      findings: [...document.querySelectorAll('li.pg-finding')]
        .map((item) => `${item.dataset['code']} ${item.dataset['path']}`)
        .sort(),
      fixes: document.querySelectorAll('li.pg-finding .pg-fix').length,
      // A finding below a recommendation's rows that is about another recommendation, or none.
      misplaced: [...document.querySelectorAll('tr.pg-findings-row')].flatMap((row) =>
        [...row.querySelectorAll('li.pg-finding')]
          .map((item) => item.dataset['path'] ?? '')
          .filter((path) => !path.startsWith(`["recommendations",${row.dataset['recommendation']}`)),
      ),
      beside: document.querySelectorAll('tr.pg-findings-row li.pg-finding').length,
      tally: Object.fromEntries(
        [...document.querySelectorAll('.pg-tally-table tr[data-figure]')].map((row) => [
          row.dataset['figure'],
          [...row.querySelectorAll('td')].map((cell) => Number.parseInt(cell.textContent ?? '', 10)),
        ]),
      ),
      verdict: document.getElementById('pg-tally-verdict')?.textContent,
      overdue: cells('#pg-overdue'),
      dueSoon: cells('#pg-due-soon'),
      rows: document.querySelectorAll('table.action-plan-table > tbody > tr > th[scope="row"]').length,
      timeline: document.querySelector('#pg-timeline > svg')?.outerHTML,
    };
  });
}

/** Waits until the page has read what it was given, and returns what its live region said. */
async function read(page: Page): Promise<string> {
  await page.waitForFunction(
    () => /^Read .* as |not a readable action plan/.test(document.getElementById('pg-status')?.textContent ?? ''),
    undefined,
    { timeout: 120_000 },
  );
  return (await page.textContent('#pg-status')) ?? '';
}

describe.runIf(chromiumAvailable || mustRun)('the playground in a real browser (headless Chromium)', () => {
  let folder: string;
  let site: string;
  let origin: string;
  let server: Server;
  let browser: Browser;
  const elsewhere: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'playground-'));
    site = join(folder, 'site');
    // The docs site as `npm run docs` builds it: TypeDoc with the site's own configuration, then the playground.
    const app = await Application.bootstrapWithPlugins({ options: join(root, 'docs/typedoc.json'), logLevel: 'Warn' }, [
      new TypeDocReader(),
      new PackageJsonReader(),
      new TSConfigReader(),
    ]);
    const project = await app.convert();
    if (!project) throw new Error('TypeDoc could not read the sources');
    await app.generateDocs(project, site);
    await run(process.execPath, [join(root, 'docs/playground/build.mjs'), '--site', site], { cwd: root });
    ({ server, origin } = await serve(site));
    browser = await playwright.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  /** A new tab on the playground, ready, progress judged as of {@link AS_OF}; every request to another origin noted. */
  async function open(width = 1280): Promise<{ page: Page; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    // Generous: other tests may keep both cores busy.
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      requests.push(url);
      if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) elsewhere.push(url);
    });
    await page.goto(`${origin}/${PAGE}`);
    await page.waitForSelector('html[data-playground="ready"]', { timeout: 60_000 });
    await page.fill('#pg-as-of', AS_OF);
    await page.dispatchEvent('#pg-as-of', 'change');
    return { page, requests };
  }

  const formats: [string, string][] = [
    ['PDF', `${SAMPLE}.pdf`],
    ['Word', `${SAMPLE}.docx`],
    ['OpenDocument', `${SAMPLE}.odt`],
    ['HTML', `${SAMPLE}.html`],
    ['published text', `${SAMPLE}.txt`],
    ['JSON', `${SAMPLE}.json`],
    ['CSV', `${SAMPLE}.csv`],
  ];

  it.each(formats)(
    'reads the bundled plan as %s and shows and downloads what the library computes',
    async (format, name) => {
      const file = join(folder, name);
      if (name.endsWith('.csv')) {
        const json = fromJson(readFileSync(join(root, 'examples/data', `${SAMPLE}.json`), 'utf8'));
        if (!json.ok) throw new Error('the bundled JSON is not read');
        writeFileSync(file, toCsv(json.value));
      } else {
        writeFileSync(file, readFileSync(join(root, 'examples/data', name)));
      }
      const bytes = new Uint8Array(readFileSync(file));
      const want = await expected(bytes, name);
      expect(want.overdue.length).toBeGreaterThan(0);
      expect(want.dueSoon.length).toBeGreaterThan(0);

      const { page, requests } = await open();
      await page.setInputFiles('#pg-file', file);
      const said = await read(page);
      expect(said).toContain(`Read ${name} as ${format}: 7 recommendations`);
      const got = await shown(page);
      expect(got.findings).toEqual(want.findings);
      // Every finding of a built-in rule comes with the rule's fix.
      const rules = new Set<string>(builtInRules.map((rule) => rule.code));
      expect(got.fixes).toBe(want.findings.filter((finding) => rules.has(finding.split(' ')[0] as string)).length);
      expect(got.rows).toBe(want.plan.recommendations.length);
      // Each finding on a recommendation stands below that recommendation's rows.
      expect(got.misplaced).toEqual([]);
      expect(got.beside).toBe(want.findings.filter((finding) => finding.includes(' ["recommendations",')).length);
      expect(got.beside).toBeGreaterThan(0);
      const stated = want.plan.statedTally;
      for (const figure of ['agreed', 'partlyAgreed', 'notAgreed', 'total'] as const) {
        expect(got.tally[figure]).toEqual(
          stated === undefined ? [want.tally[figure]] : [want.tally[figure], stated[figure]],
        );
      }
      expect(got.verdict).toBe(
        stated === undefined ? 'The plan states no tally.' : 'The stated tally matches the rows.',
      );
      expect(got.overdue).toEqual(want.overdue);
      expect(got.dueSoon).toEqual(want.dueSoon);
      // The timeline is the library's picture, with the page's own prefix on its ids, read by the
      // browser as the page reads it.
      const picture = await page.evaluate(
        (svg) => {
          const holder = document.createElement('div');
          holder.innerHTML = svg;
          return holder.firstElementChild?.outerHTML;
        },
        toTimelineSvg(want.plan, { asOf: AS_OF, idPrefix: 'pg-timeline-' }),
      );
      expect(got.timeline).toContain('<desc');
      expect(got.timeline).toBe(picture);

      // Each download, byte for byte what the library writes.
      for (const [kind, extension] of [
        ['json', 'json'],
        ['csv', 'csv'],
        ['markdown', 'md'],
        ['html', 'html'],
        ['svg', 'svg'],
        ['sarif', 'sarif'],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.click(`[data-download="${kind}"]`),
        ]);
        expect(download.suggestedFilename()).toBe(`${SAMPLE}.${extension}`);
        const path = await download.path();
        expect(readFileSync(path).equals(Buffer.from(want.downloads[kind] as string, 'utf8')), kind).toBe(true);
      }
      // pdf.js comes only with a PDF.
      const pdfjs = requests.filter((url) => url.includes('/playground/pdfjs/'));
      expect(pdfjs.length > 0).toBe(format === 'PDF');
      await page.context().close();
    },
    300_000,
  );

  it('reads pasted text and a dropped file', async () => {
    const { page } = await open();
    const text = readFileSync(join(root, 'examples/data', `${SAMPLE}.txt`), 'utf8');
    await page.click('.pg-paste summary');
    await page.fill('#pg-text', text);
    await page.click('#pg-read-text');
    expect(await read(page)).toContain('Read the pasted text as published text: 7 recommendations');
    expect((await shown(page)).findings).toEqual((await expected(text, undefined)).findings);

    // A file dropped on the drop zone.
    const csv = 'ref,recommendation,category\r\n1,Improve safety.,Agreed\r\n';
    await page.evaluate(() => (document.getElementById('pg-status')!.textContent = ''));
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.csv', { type: 'text/csv' }));
      return data;
    }, csv);
    await page.dispatchEvent('#pg-drop', 'drop', { dataTransfer: transfer });
    expect(await read(page)).toContain('Read dropped.csv as CSV: 1 recommendation');
    expect((await shown(page)).findings).toEqual((await expected(csv, 'dropped.csv')).findings);
    await page.context().close();
  }, 180_000);

  it('says of a file that holds no plan what the library says, and shows no plan', async () => {
    const { page } = await open();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await page.setInputFiles('#pg-file', { name: 'photo.png', mimeType: 'image/png', buffer: png });
    const said = await read(page);
    const library = await readActionPlan(new Uint8Array(png), { filename: 'photo.png', title: 'photo' });
    expect(library.ok).toBe(false);
    const messages = library.issues.map((issue) => issue.message);
    expect(messages).toEqual(['Not a plan: a PNG image.']);
    expect(said).toBe(`photo.png is not a readable action plan. ${messages[0]}`);
    expect(await page.textContent('#pg-unread-line')).toBe('photo.png is not a readable action plan.');
    expect(await page.locator('#pg-unread li.pg-finding').allTextContents()).toEqual([
      expect.stringContaining(messages[0] as string),
    ]);
    expect(await page.isHidden('#pg-results')).toBe(true);
    await page.context().close();
  }, 120_000);

  it('judges progress as of today in London unless another day is picked', async () => {
    const before = todayInLondon();
    const context = await browser.newContext();
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    await page.goto(`${origin}/${PAGE}`);
    await page.waitForSelector('html[data-playground="ready"]', { timeout: 60_000 });
    const value = await page.inputValue('#pg-as-of');
    expect([before, todayInLondon()]).toContain(value);
    await context.close();
  }, 120_000);

  it('moves to the new day when midnight passes in London with the page open, unless another day was picked', async () => {
    const context = await browser.newContext();
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    // A minute before midnight in London (summer time), on the page's own clock.
    await page.clock.install({ time: new Date('2026-06-30T22:59:00Z') });
    await page.goto(`${origin}/${PAGE}`);
    await page.waitForSelector('html[data-playground="ready"]', { timeout: 60_000 });
    expect(await page.inputValue('#pg-as-of')).toBe('2026-06-30');
    await page.click('.pg-paste summary');
    await page.fill('#pg-text', readFileSync(join(root, 'examples/data', `${SAMPLE}.txt`), 'utf8'));
    await page.click('#pg-read-text');
    expect(await read(page)).toContain('As of 2026-06-30:');

    // Past midnight: the day picker and the plan's progress follow.
    await page.clock.fastForward(2 * 60 * 1000);
    await page.waitForFunction(() => document.getElementById('pg-status')?.textContent?.includes('As of 2026-07-01:'));
    expect(await page.inputValue('#pg-as-of')).toBe('2026-07-01');

    // The tab shown again on a later day, its timers asleep meanwhile (the page's clock paused, so
    // that no timer fires): the page looks again.
    await page.clock.pauseAt(new Date('2026-06-30T23:05:00Z'));
    await page.clock.setSystemTime(new Date('2026-07-02T08:00:00Z'));
    await page.dispatchEvent('html', 'visibilitychange');
    await page.waitForFunction(() => document.getElementById('pg-status')?.textContent?.includes('As of 2026-07-02:'));
    expect(await page.inputValue('#pg-as-of')).toBe('2026-07-02');

    // A day the reader picked stays through the next midnight.
    await page.fill('#pg-as-of', '2026-01-15');
    await page.dispatchEvent('#pg-as-of', 'change');
    await page.waitForFunction(() => document.getElementById('pg-status')?.textContent?.includes('As of 2026-01-15:'));
    await page.clock.fastForward(24 * 60 * 60 * 1000);
    await page.dispatchEvent('html', 'visibilitychange');
    expect(await page.inputValue('#pg-as-of')).toBe('2026-01-15');
    expect(await read(page)).toContain('As of 2026-01-15:');
    await context.close();
  }, 180_000);

  it('works from the keyboard alone, in landmarks with headings, with no serious or critical axe violation', async () => {
    const { page, requests } = await open();
    // Tabbing from the top of the page reaches the file input, then the bundled plan's button.
    const reached: string[] = [];
    for (let i = 0; i < 200 && !reached.includes('pg-sample'); i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached).toContain('pg-file');
    expect(reached.indexOf('pg-file')).toBeLessThan(reached.indexOf('pg-sample'));
    // The file input opens the file chooser from the keyboard.
    await page.focus('#pg-file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    expect(chooser.isMultiple()).toBe(false);
    // The bundled plan opens with Enter.
    await page.focus('#pg-sample');
    await page.keyboard.press('Enter');
    expect(await read(page)).toContain(`Read ${SAMPLE}.pdf as PDF: 7 recommendations`);
    expect(await page.getAttribute('#pg-status', 'role')).toBe('status');
    const regions = await page.evaluate(() =>
      [...document.querySelectorAll('#pg-results section[aria-labelledby]')]
        .filter((section) => !section.hidden)
        .map((section) => document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent),
    );
    expect(regions).toEqual(['Summary', 'Download', 'Plan and findings', 'Tally', 'Progress', 'Timeline']);

    await page.addScriptTag({
      content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
    });
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run: (
              context: typeof document,
              options: object,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const results = await axe.run(document, { resultTypes: ['violations'] });
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`);
    });
    expect(violations).toEqual([]);
    // The bundled plan came from the site itself.
    expect(requests.filter((url) => url.endsWith(`/playground/examples/${SAMPLE}.pdf`))).toHaveLength(1);
    await page.context().close();
  }, 180_000);

  it('loads no more script than its budget before a file comes, and fits a 400 px window with a plan shown', async () => {
    const { page } = await open(400);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.includes('/playground/') && url.endsWith('.js')),
    );
    expect(scripts.some((url) => url.endsWith('/playground/playground.js'))).toBe(true);
    const weight = scripts.reduce(
      (sum, url) => sum + gzipSync(readFileSync(join(site, new URL(url).pathname))).length,
      0,
    );
    expect(weight).toBeLessThanOrEqual(BUDGET);
    // None of the document readers is loaded yet.
    expect(scripts.filter((url) => /\/from(Docx|Odt|Html|Pdf)-/.test(url))).toEqual([]);
    await page.setInputFiles('#pg-file', join(root, 'examples/data', `${SAMPLE}.docx`));
    await read(page);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.context().close();
  }, 120_000);

  it('asks nothing of another origin', () => {
    expect(elsewhere).toEqual([]);
  });
});
