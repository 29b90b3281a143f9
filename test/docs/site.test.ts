import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  Application,
  PackageJsonReader,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
  type ProjectReflection,
} from 'typedoc';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** A new empty folder, removed when the test ends. */
function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** The topics of the reference, in the order of the site's sidebar. */
const TOPICS = ['Guides', 'Model', 'Validation', 'Dates', 'Progress', 'Tallies', 'Rules', 'Issues', 'Formats'];

const CHROMIUM = '/usr/bin/chromium';
const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).status === 0;
// CI installs Chromium (.ci/run): there, a missing browser is a failure, never a skip.
const mustRun = process.env.CI === 'true';

interface LayoutReport {
  readonly pages: number;
  readonly widths: readonly number[];
  readonly problems: readonly string[];
}

/** Runs docs/check-layout.mjs on a built site, as `npm run docs` users can. */
async function checkLayout(site: string, widths = '1280,800,400'): Promise<LayoutReport> {
  const { stdout } = await run(
    process.execPath,
    [join(root, 'docs/check-layout.mjs'), '--site', site, '--widths', widths, '--json'],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return JSON.parse(stdout) as LayoutReport;
}

describe('the docs site', () => {
  let app: Application;
  let project: ProjectReflection;

  beforeAll(async () => {
    // The site's own configuration; command-line arguments (vitest's) are not read.
    app = await Application.bootstrapWithPlugins({ options: join(root, 'docs/typedoc.json'), logLevel: 'Warn' }, [
      new TypeDocReader(),
      new PackageJsonReader(),
      new TSConfigReader(),
    ]);
    const converted = await app.convert();
    if (!converted) throw new Error('TypeDoc could not read the sources');
    project = converted;
  });

  it('files every export and every guide under one of the topics, in the sidebar order', () => {
    expect(project.categories?.map((category) => category.title)).toEqual(TOPICS);
    const listed = project.categories?.flatMap((category) => category.children.map((child) => child.name)) ?? [];
    const everything = project.childrenIncludingDocuments?.map((child) => child.name) ?? [];
    expect(everything.length).toBeGreaterThan(100);
    // Each once: an export with no @category would fall into "Other", one with two would be listed twice.
    expect([...listed].sort()).toEqual([...everything].sort());
  });

  it('lists the functions first in each topic', () => {
    for (const category of project.categories ?? []) {
      const kinds = category.children.map((child) => child.kind === ReflectionKind.Function);
      expect(kinds, category.title).toEqual([...kinds].sort((a, b) => Number(b) - Number(a)));
    }
    const functions = project.categories
      ?.flatMap((category) => category.children)
      .filter((child) => child.kind === ReflectionKind.Function);
    expect(functions?.length).toBeGreaterThan(15);
  });

  it('shows the topics in the sidebar', () => {
    expect(app.options.getValue('navigation').includeCategories).toBe(true);
  });

  describe.runIf(chromium || mustRun)('in headless Chromium', () => {
    it('has no page that scrolls sideways or runs out of its column at 1280, 800 and 400 px', async () => {
      const site = join(temporaryFolder('docs-site-'), 'site');
      await app.generateDocs(project, site);
      const report = await checkLayout(site);
      expect(report.pages).toBeGreaterThan(100);
      expect(report.widths).toEqual([1280, 800, 400]);
      expect(report.problems).toEqual([]);
    }, 600_000);

    it('finds a page too wide for a narrow window, and one with no title', async () => {
      const site = temporaryFolder('docs-wide-');
      mkdirSync(join(site, 'documents'));
      const page = (title: string, body: string): string =>
        `<!DOCTYPE html><html><head><title>${title}</title></head><body><div class="col-content">${body}</div></body></html>`;
      // Too wide at any width: one long word in a table.
      writeFileSync(
        join(site, 'documents', 'table.html'),
        page('Table', `<table><tr><td>${'wide_'.repeat(100)}</td></tr></table>`),
      );
      // Too wide only for a narrow window.
      writeFileSync(join(site, 'documents', 'box.html'), page('Box', '<div style="width: 600px">Box</div>'));
      writeFileSync(join(site, 'untitled.html'), page('', '<p>Text</p>'));
      const report = await checkLayout(site, '1280,400');
      expect(report.problems).toEqual([
        expect.stringMatching(/^documents\/box\.html at 400 px: scrolls sideways \(\d+ px wide in a \d+ px window\)$/),
        expect.stringMatching(
          /^documents\/box\.html at 400 px: div "Box" \(\d+ px too wide\) runs out of the content column$/,
        ),
        expect.stringMatching(/^documents\/table\.html at 1280 px: scrolls sideways/),
        expect.stringMatching(/^documents\/table\.html at 1280 px: table "wide_wide_.*" \(\d+ px too wide\) runs out/),
        expect.stringMatching(/^documents\/table\.html at 400 px: scrolls sideways/),
        expect.stringMatching(/^documents\/table\.html at 400 px: table "wide_wide_.*" \(\d+ px too wide\) runs out/),
        'untitled.html: no title',
        'untitled.html: no title',
      ]);
    }, 300_000);
  });
});
