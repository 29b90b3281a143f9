import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runNode } from '../support/runBuilt.js';

describe('the examples, run against the built package', () => {
  it('are all run by npm run examples', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const scripts = readdirSync(join(root, 'examples')).filter((f) => /\.(?:mjs|cjs)$/.test(f) && f !== 'demo.mjs');
    for (const script of scripts) expect(pkg.scripts.examples).toContain(`examples/${script}`);
  });

  it('quick start: imports, tallies and checks the bundled plan', () => {
    const run = runNode(['examples/quick-start.mjs']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Agreed 6, Partly Agreed 1, Not Agreed 0, Total 7');
    expect(run.stdout).toContain('partly_agreed.reason_missing');
  });

  it('authoring: catches a typo, then finds nothing wrong', () => {
    const run = runNode(['examples/author-plan.mjs']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('With a typo: submitted: Expected a real calendar date');
    expect(run.stdout).toContain('No issues found.');
  });

  it('monitoring: follows revised targets and flags the one without a reason', () => {
    const run = runNode(['examples/monitoring.mjs']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2026-05-01: rec 4 "April 2026" 1 day (Chief Probation Officer)');
    expect(run.stdout).toContain('on-track, against the revised target "December 2026" (plan said "June 2026")');
    expect(run.stdout).toContain('progress update 2 revises the target to "December 2026" without a reason');
  });

  it('export: writes CSV, HTML and Markdown that read back', () => {
    const folder = mkdtempSync(join(tmpdir(), 'action-plan-example-'));
    const run = runNode(['examples/export.mjs', folder]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('plan.csv reads back: yes, 12 actions');
    expect(readFileSync(join(folder, 'plan.html'), 'utf8')).toContain(
      '<caption>Action plan: Serious Further Offence Annual Report 2024-2025</caption>',
    );
  });

  it('CommonJS: require works', () => {
    const run = runNode(['examples/commonjs.cjs']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(
      'require works: Serious Further Offence Annual Report 2024-2025, 7 recommendations (6 agreed)',
    );
  });

  it('demo: the main job shows the summary, the plan read from its documents, tally, rule findings and what is overdue', () => {
    const run = runNode(['examples/demo.mjs', '2026-11-26']);
    expect(run.code).toBe(0);
    for (const [name, format] of [
      ['docx', 'Word        '],
      ['odt', 'OpenDocument'],
      ['html', 'HTML        '],
      ['pdf', 'PDF         '],
    ]) {
      expect(run.stdout).toContain(
        `sfo-annual-report-2024-25.${name}`.padEnd(32) + `${format}  7 recommendations, 12 actions  yes`,
      );
    }
    for (const part of [
      'Imported from the published text: 7 recommendations, 12 actions.',
      'Tally: Agreed 6, Partly Agreed 1, Not Agreed 0, Total 7',
      'partly_agreed.reason_missing',
      'Overdue as of 2026-11-26, most overdue first:',
      'action-plan check',
    ]) {
      expect(run.stdout).toContain(part);
    }
  });
});
