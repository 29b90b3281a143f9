import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { fromCsv, fromJson, fromPublishedText, tallyPlans, toCsv, toJson, type IsoDate } from '../../src/index.js';
import { cli } from '../support/runBuilt.js';
import { realPlan, realPlanJson, realPlanText } from '../support/realPlan.js';

const TEXT = 'examples/data/sfo-annual-report-2024-25.txt';
const JSON_FILE = 'examples/data/sfo-annual-report-2024-25.json';

describe('action-plan check', () => {
  it('exits 1 on the bundled published plan and reports the reason-category error on rec 7', () => {
    const run = cli(['check', TEXT]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Recommendation 7 (Partly Agreed)\n  error    partly_agreed.reason_missing');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 error, 5 warnings, 5 notes');
  });

  it('exits 0 when there is no error', () => {
    const { statedTally: _tally, ...plan } = realPlan();
    const run = cli(['check', '-'], {
      input: JSON.stringify({ ...plan, recommendations: plan.recommendations.slice(0, 4) }),
    });
    expect(run.stdout).toContain('No issues found.');
    expect(run.code).toBe(0);
  });

  it('writes stable JSON, with the progress rules when given --as-of', () => {
    const run = cli(['check', JSON_FILE, '--as-of', '2026-11-26', '--format', 'json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['asOf', 'errors', 'warnings', 'notes', 'unreadable', 'files']);
    expect([out.errors, out.warnings, out.notes, out.unreadable]).toEqual([1, 10, 0, 0]);
    expect(Object.keys(out.files[0])).toEqual([
      'file',
      'ok',
      'format',
      'title',
      'errors',
      'warnings',
      'notes',
      'issues',
    ]);
    expect(out.files[0]).toMatchObject({ file: JSON_FILE, ok: true, format: 'json', errors: 1, warnings: 10 });
    expect(out.files[0].issues.filter((i: { code: string }) => i.code === 'progress.overdue')).toHaveLength(5);
  });

  it('judges due soon with --due-soon-days, as tally does', () => {
    const dueSoon = (args: string[]): number =>
      JSON.parse(
        cli(['check', JSON_FILE, '--as-of', '2026-11-26', '--format', 'json', ...args]).stdout,
      ).files[0].issues.filter((i: { code: string }) => i.code === 'progress.due_soon').length;
    expect(dueSoon([])).toBe(0);
    expect(dueSoon(['--due-soon-days', '40'])).toBe(3);
    const tally = JSON.parse(
      cli(['tally', JSON_FILE, '--as-of', '2026-11-26', '--due-soon-days', '40', '--format', 'json']).stdout,
    );
    expect(tally.files[0].actions.dueSoon).toBe(3);
    expect(tally.combined.actions.dueSoon).toBe(3);
  });

  it('writes SARIF 2.1.0 with --format sarif', () => {
    const run = cli(['check', TEXT, '--format', 'sarif']);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.find((r: { level: string }) => r.level === 'error')).toMatchObject({
      ruleId: 'partly_agreed.reason_missing',
      locations: [{ physicalLocation: { artifactLocation: { uri: TEXT } } }],
    });
  });

  it.each([
    ['published text', TEXT],
    ['canonical JSON', JSON_FILE],
    ['CSV', 'csv'],
  ])('locates every issue in the %s it reads: SARIF regions, text lines and JSON locations', (_, given) => {
    let file = given;
    if (given === 'csv') {
      file = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'plan.csv');
      writeFileSync(file, toCsv(realPlan()));
    }
    const lineCount = readFileSync(file, 'utf8').split(/\r\n|\r|\n/).length;
    const sarif = JSON.parse(cli(['check', file, '--as-of', '2026-11-26', '--format', 'sarif']).stdout);
    const results = sarif.runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { region?: { startLine: number } } }[];
    }[];
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) {
      const line = result.locations[0]?.physicalLocation.region?.startLine;
      expect(line, result.ruleId).toBeGreaterThanOrEqual(1);
      expect(line, result.ruleId).toBeLessThanOrEqual(lineCount);
    }
    const json = JSON.parse(cli(['check', file, '--as-of', '2026-11-26', '--format', 'json']).stdout);
    expect(json.files[0].issues.map((i: { location?: { line: number } }) => i.location?.line)).toEqual(
      results.map((r) => r.locations[0]?.physicalLocation.region?.startLine),
    );
    const text = cli(['check', file, '--as-of', '2026-11-26']).stdout;
    expect(text.match(/, line \d+\n|at line \d+\n/g)).toHaveLength(results.length);
  });

  it('colours severities only on a terminal and never with NO_COLOR', () => {
    expect(cli(['check', TEXT], { env: { NO_COLOR: '' } }).stdout).not.toContain('\u001b[');
  });
});

describe('action-plan tally', () => {
  it('counts the plan and compares with its stated tally, as text and as JSON', () => {
    const text = cli(['tally', TEXT]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Partly Agreed          1       1');
    expect(text.stdout).toContain('The stated tally matches the rows.');
    const json = JSON.parse(cli(['tally', JSON_FILE, '--format', 'json', '--as-of', '2026-11-26']).stdout);
    const actions = { completed: 1, withdrawn: 0, overdue: 5, dueSoon: 0, onTrack: 3, openEnded: 3, total: 12 };
    expect(json).toEqual({
      asOf: '2026-11-26',
      files: [
        {
          file: JSON_FILE,
          ok: true,
          format: 'json',
          title: 'Serious Further Offence Annual Report 2024-2025',
          counted: { agreed: 6, partlyAgreed: 1, notAgreed: 0, total: 7 },
          stated: { agreed: 6, partlyAgreed: 1, notAgreed: 0, total: 7 },
          matches: true,
          actions,
        },
      ],
      combined: tallyPlans([realPlan()], { asOf: '2026-11-26' as IsoDate }),
    });
    expect(json.combined).toMatchObject({ plans: 1, actions, acceptanceRate: 1 });
  });
});

describe('action-plan on standard input', () => {
  it('asks for a title for a CSV on standard input, and heads the report with "standard input"', () => {
    const csv = cli(['convert', TEXT, '--to', 'csv']).stdout;
    const untitled = cli(['tally', '-'], { input: csv });
    expect(untitled.code).toBe(2);
    expect(untitled.stderr).toContain('The CSV carries no title: give one with --title.');
    const run = cli(['tally', '-', '--title', 'Plan from a spreadsheet'], { input: csv });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['standard input', 'Plan from a spreadsheet']);
    expect(run.stdout).toContain('The plan states no tally.');
  });
});

describe('action-plan overdue', () => {
  it('lists the 5 overdue actions as of 2026-11-26', () => {
    const run = cli(['overdue', TEXT, '--as-of', '2026-11-26']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5 actions are overdue as of 2026-11-26:');
    expect(run.stdout).toContain(
      '1    March 2026      2026-03-31           240  Deputy Director Public Protection Group',
    );
    const json = JSON.parse(
      cli(['overdue', JSON_FILE, '--as-of', '2026-11-26', '--due-soon-days', '40', '--format', 'json']).stdout,
    );
    expect(json.dueSoonDays).toBe(40);
    const [entry] = json.files;
    expect(entry.overdue.map((a: { ref: string; daysOverdue: number }) => [a.ref, a.daysOverdue])).toEqual([
      ['1', 240],
      ['4', 210],
      ['1', 149],
      ['2', 149],
      ['6', 57],
    ]);
    expect(entry.dueSoon).toHaveLength(3);
    expect(Object.keys(entry.overdue[0])).toEqual([
      'ref',
      'recommendationIndex',
      'actionIndex',
      'owner',
      'target',
      'revised',
      'deadline',
      'daysOverdue',
    ]);
  });

  it('writes each target as canonical JSON writes it, not as its text alone', () => {
    const json = JSON.parse(cli(['overdue', TEXT, '--as-of', '2026-11-26', '--format', 'json']).stdout);
    const canonical = JSON.parse(toJson(realPlan()));
    const late = json.files[0].overdue as { recommendationIndex: number; actionIndex: number; target: unknown }[];
    expect(late.map((a) => a.target)).toEqual(
      late.map((a) => canonical.recommendations[a.recommendationIndex].actions[a.actionIndex].target),
    );
    expect(late[0]?.target).toEqual({ type: 'month', raw: 'March 2026', month: '2026-03' });
  });

  it('keeps --within as another name for --due-soon-days', () => {
    const run = cli(['overdue', JSON_FILE, '--as-of', '2026-11-26', '--within', '40', '--format', 'json']);
    expect(JSON.parse(run.stdout).files[0].dueSoon).toHaveLength(3);
    expect(cli(['overdue', '--help']).stdout).not.toContain('--within');
  });

  it('takes today as a date', () => {
    expect(cli(['overdue', JSON_FILE, '--as-of', 'today']).code).toBe(0);
  });
});

describe('action-plan convert', () => {
  it('writes every format, and what it writes reads back', () => {
    const json = cli(['convert', TEXT, '--to', 'json']);
    expect(json.stdout).toBe(realPlanJson());
    const csv = cli(['convert', TEXT, '--to', 'csv']).stdout;
    const back = fromCsv(csv, { title: realPlan().title });
    expect(back.ok && back.value.recommendations).toHaveLength(7);
    expect(
      cli(['convert', JSON_FILE, '--to', 'md']).stdout.startsWith('# Serious Further Offence Annual Report 2024-2025'),
    ).toBe(true);
    expect(cli(['convert', JSON_FILE, '--to', 'html']).stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(cli(['convert', JSON_FILE, '--to', 'html', '--fragment']).stdout.startsWith('<section')).toBe(true);
    expect(fromJson(cli(['convert', '-', '--to', 'json', '--title', 'Plan'], { input: csv }).stdout).ok).toBe(true);
    expect(fromPublishedText(realPlanText()).ok).toBe(true);
  });

  it('writes to a file with --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'plan.json');
    const run = cli(['convert', TEXT, '--to', 'json', '--out', out]);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out, 'utf8')).toBe(realPlanJson());
  });
});

describe('action-plan problems', () => {
  it.each<[string, string[], RegExp]>([
    ['a missing file', ['tally', 'no-such-plan.json'], /^action-plan: Cannot read no-such-plan\.json: no such file\.$/],
    ['a folder', ['tally', 'examples'], /^action-plan: Cannot read examples: it is a folder\.$/],
    ['no file', ['check'], /^action-plan: missing required argument 'file'$/],
    ['an unknown command', ['lint', TEXT], /^action-plan: unknown command 'lint'/],
    ['an unknown option', ['check', TEXT, '--strict'], /^action-plan: unknown option '--strict'/],
    ['no --as-of', ['overdue', TEXT], /^action-plan: required option '--as-of <date>' not specified$/],
    [
      'an impossible date',
      ['overdue', TEXT, '--as-of', '2026-02-30'],
      /^action-plan: --as-of must be a date written YYYY-MM-DD, or today/,
    ],
    [
      'a bad window',
      ['overdue', TEXT, '--as-of', 'today', '--due-soon-days', 'soon'],
      /^action-plan: --due-soon-days must be a whole number of days/,
    ],
    ['an unknown format', ['check', TEXT, '--format', 'xml'], /^action-plan: --format must be text, json, sarif/],
    [
      'an unknown target format',
      ['convert', TEXT, '--to', 'pdf'],
      /^action-plan: --to must be json, csv, md \(or markdown\), html or svg/,
    ],
    [
      'a target format named like a property of every object',
      ['convert', TEXT, '--to', 'constructor'],
      /^action-plan: --to must be json, csv, md \(or markdown\), html or svg/,
    ],
    [
      'an unwritable output',
      ['convert', TEXT, '--to', 'md', '--out', '/no/such/folder/plan.md'],
      /^action-plan: cannot write \/no\/such\/folder\/plan\.md: no such folder$/,
    ],
    ['standard input twice', ['check', '-', '-'], /^action-plan: standard input \(-\) can be read only once$/],
  ])('exits 2 with one line on stderr for %s', (_, args, message) => {
    const run = cli(args, { input: '{"format": }' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  });

  it('exits 2 with the usage when given no command, 0 for --help and --version', () => {
    expect(cli([]).code).toBe(2);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: action-plan');
    for (const command of ['check', 'tally', 'overdue', 'convert']) {
      const run = cli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: action-plan ${command}`);
    }
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the JSON outputs', () => {
  it('are valid JSON objects for every command that writes JSON', () => {
    const ajv = new Ajv2020();
    const object = ajv.compile({ type: 'object' });
    for (const args of [
      ['check', TEXT, '--format', 'json'],
      ['tally', TEXT, '--format', 'json'],
      ['overdue', TEXT, '--as-of', '2026-01-01', '--format', 'json'],
    ]) {
      expect(object(JSON.parse(cli(args).stdout))).toBe(true);
    }
  });
});
