import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/index.js';
import { cli } from '../support/runBuilt.js';
import { realPlan, realPlanJson } from '../support/realPlan.js';

const DATA = 'examples/data/sfo-annual-report-2024-25';

/** The findings of `check --format json` on a file, without where they are. */
function findings(path: string): unknown {
  const out = JSON.parse(cli(['check', path, '--format', 'json']).stdout);
  return out.files[0].issues
    .filter((issue: { code: string }) => !issue.code.startsWith('import.') && !issue.code.startsWith('document.'))
    .map((issue: { code: string; path: unknown }) => [issue.code, issue.path]);
}

describe('the command line on documents', () => {
  it.each<[string, string]>([
    [`${DATA}.docx`, 'docx'],
    [`${DATA}.odt`, 'odt'],
    [`${DATA}.html`, 'html'],
  ])('checks %s as it checks the published text, telling its format', (path, format) => {
    const run = cli(['check', path, '--format', 'json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.files[0]).toMatchObject({ file: path, ok: true, format, title: realPlan().title });
    expect(findings(path)).toEqual(findings(`${DATA}.txt`));
  });

  it.each([`${DATA}.docx`, `${DATA}.odt`, `${DATA}.html`])(
    'converts %s to the canonical JSON of the bundled plan',
    (path) => {
      const run = cli(['convert', path, '--to', 'json']);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toBe(realPlanJson());
    },
  );

  it('tallies a Word document, an OpenDocument text and an HTML page together with the text', () => {
    const run = cli(['tally', `${DATA}.docx`, `${DATA}.odt`, `${DATA}.html`, `${DATA}.txt`, '--format', 'json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.files.map((file: { format: string }) => file.format)).toEqual(['docx', 'odt', 'html', 'text']);
    expect(out.combined).toMatchObject({
      plans: 4,
      agreement: { agreed: 24, partlyAgreed: 4, notAgreed: 0, total: 28 },
    });
  });

  it('reads the library’s own HTML page', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'plan.html');
    writeFileSync(path, toHtml(realPlan(), { standalone: true }));
    const run = cli(['convert', path, '--to', 'json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(realPlanJson());
  });

  it('reads a document from standard input, told by its bytes', () => {
    const run = cli(['convert', '-', '--to', 'json'], { input: readFileSync(`${DATA}.odt`) });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(realPlanJson());
  });

  it('reads a document whose name lies by its bytes, and warns', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'plan.pdf');
    copyFileSync(`${DATA}.docx`, path);
    const run = cli(['check', path, '--format', 'json']);
    const out = JSON.parse(run.stdout);
    expect(out.files[0]).toMatchObject({ ok: true, format: 'docx' });
    expect(out.files[0].issues[0]).toMatchObject({
      code: 'read.format_mismatch',
      severity: 'warning',
      params: { given: path, named: 'pdf', found: 'docx' },
    });
  });
});
