import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/cli/convert.js';
import { toHtml } from '../../src/index.js';
import { toTimelineSvg } from '../../src/svg.js';
import { cli } from '../support/runBuilt.js';
import { realPlan } from '../support/realPlan.js';

const JSON_FILE = 'examples/data/sfo-annual-report-2024-25.json';

describe('action-plan convert --to svg', () => {
  it('writes the timeline picture as of --as-of', async () => {
    const result = await convert([JSON_FILE], { to: 'svg', asOf: '2026-06-15' });
    expect(result).toEqual({ stdout: toTimelineSvg(realPlan(), { asOf: '2026-06-15' }), stderr: '', code: 0 });
    const dueSoon = await convert([JSON_FILE], { to: 'svg', asOf: '2026-06-15', dueSoonDays: '90' });
    expect(dueSoon.stdout).toBe(toTimelineSvg(realPlan(), { asOf: '2026-06-15', dueSoonDays: 90 }));
  });

  it('tells the format from an .svg --out, and adds the picture to HTML with --as-of', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'action-plan-cli-'));
    const out = join(folder, 'plan.svg');
    expect((await convert([JSON_FILE], { out, asOf: '2026-06-15' })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(toTimelineSvg(realPlan(), { asOf: '2026-06-15' }));
    const page = await convert([JSON_FILE], { to: 'html', asOf: '2026-06-15' });
    expect(page.stdout).toBe(
      toHtml(realPlan(), { standalone: true, timeline: toTimelineSvg(realPlan(), { asOf: '2026-06-15' }) }),
    );
  });

  it.each<[string, Parameters<typeof convert>[1], string]>([
    ['without --as-of', { to: 'svg' }, '--to svg draws progress as of a date: give --as-of (YYYY-MM-DD or today)'],
    ['with a bad --as-of', { to: 'svg', asOf: '15/6/2026' }, '--as-of must be a date written YYYY-MM-DD'],
    ['with --as-of for CSV', { to: 'csv', asOf: '2026-06-15' }, '--as-of applies only to the timeline picture'],
  ])('refuses %s', async (_, options, message) => {
    await expect(convert([JSON_FILE], options)).rejects.toThrow(message);
  });

  it('says what --out with .svg needs, from the command line', () => {
    const run = cli(['convert', JSON_FILE, '--out', join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'plan.svg')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--to svg draws progress as of a date: give --as-of/);
  });
});
