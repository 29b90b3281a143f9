import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/runBuilt.js';

/** A plan file with six schema errors on two lines: the title on line 3, recommendation 1 on line 5. */
const BAD = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'bad.json');
writeFileSync(
  BAD,
  [
    '{',
    '  "format": "action-plan/1",',
    '  "title": 3,',
    '  "recommendations": [',
    '    { "ref": 1 }',
    '  ]',
    '}',
    '',
  ].join('\n'),
);
const CODES = [
  'schema.invalid_type',
  'schema.invalid_type',
  'schema.missing_key',
  'schema.missing_key',
  'schema.missing_key',
  'schema.missing_key',
];
const LINES = [3, 5, 5, 5, 5, 5];

describe('a plan file that cannot be read', () => {
  it('check lists every issue, each with its line, and exits 2', () => {
    const run = cli(['check', BAD]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([BAD, '', `${BAD} is not a readable action plan (JSON).`]);
    expect([...run.stdout.matchAll(/^ {2}error {4}(\S+)/gm)].map((m) => m[1])).toEqual(CODES);
    expect([...run.stdout.matchAll(/, line (\d+)$/gm)].map((m) => Number(m[1]))).toEqual(LINES);
    for (const field of ['text', 'agreement', 'response', 'actions'])
      expect(run.stdout).toContain(`The required field "${field}" is missing`);
    expect(run.stdout).not.toContain('more)');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('6 errors, 0 warnings, 0 notes');
  });

  it('check --format json prints one document with every issue and its location', () => {
    const run = cli(['check', BAD, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ errors: 6, warnings: 0, notes: 0, unreadable: 1 });
    expect(out.files).toHaveLength(1);
    expect(out.files[0]).toMatchObject({ file: BAD, ok: false, format: 'json', errors: 6 });
    expect(out.files[0].issues.map((i: { code: string }) => i.code)).toEqual(CODES);
    expect(out.files[0].issues.map((i: { location: { line: number } }) => i.location.line)).toEqual(LINES);
  });

  it('check --format sarif gives every issue as a result with its region', () => {
    const run = cli(['check', BAD, '--format', 'sarif']);
    expect(run.code).toBe(2);
    const log = JSON.parse(run.stdout);
    const results = log.runs[0].results as {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
    expect(results.map((r) => r.ruleId)).toEqual(CODES);
    expect(results.every((r) => r.level === 'error')).toBe(true);
    expect(results.map((r) => r.locations[0]?.physicalLocation.region.startLine)).toEqual(LINES);
    expect(results.every((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === BAD)).toBe(true);
  });

  it('the other commands list every issue on standard error, and their JSON is one document all the same', () => {
    for (const args of [['tally'], ['overdue', '--as-of', '2026-11-26'], ['convert', '--to', 'md']]) {
      const run = cli([...args.slice(0, 1), BAD, ...args.slice(1)]);
      expect(run.code, args[0]).toBe(2);
      expect(run.stdout, args[0]).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines[0]).toBe(`action-plan: ${BAD} is not a readable action plan (JSON):`);
      expect([...run.stderr.matchAll(/^ {4}error {4}(\S+)/gm)].map((m) => m[1])).toEqual(CODES);
      expect([...run.stderr.matchAll(/, line (\d+)$/gm)].map((m) => Number(m[1]))).toEqual(LINES);
    }
    for (const args of [['tally'], ['overdue', '--as-of', '2026-11-26']]) {
      const run = cli([...args.slice(0, 1), BAD, ...args.slice(1), '--format', 'json']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout);
      expect(out.files).toEqual([{ file: BAD, ok: false, format: 'json', issues: expect.any(Array) }]);
      expect(out.files[0].issues.map((i: { code: string }) => i.code)).toEqual(CODES);
    }
  });

  it('lists every issue of published text that holds no plan, not the first and a count', () => {
    const prose = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'prose.txt');
    writeFileSync(
      prose,
      'A Response to: Nothing much\n\nAction Plan Submitted: 31 February 2026\n\nSome prose that is not a plan.\n',
    );
    const run = cli(['check', prose, '--format', 'json']);
    expect(run.code).toBe(2);
    const [file] = JSON.parse(run.stdout).files;
    expect(file).toMatchObject({ ok: false, format: 'text' });
    expect(file.issues.map((i: { code: string; location?: { line: number } }) => [i.code, i.location?.line])).toEqual([
      ['import.date_unreadable', 3],
      ['import.boilerplate_skipped', 5],
      ['import.not_a_plan', undefined],
    ]);
    const text = cli(['tally', prose]);
    expect(text.stderr.split('\n')[0]).toBe(`action-plan: ${prose} is not a readable action plan (published text):`);
    expect(text.stderr).toContain('"31 February 2026" is not a day');
    expect(text.stderr).toContain('No action plan could be read');
  });

  it('reports a missing file as an issue in the JSON and SARIF of check', () => {
    const json = cli(['check', 'no-such-plan.json', '--format', 'json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({
      file: 'no-such-plan.json',
      ok: false,
      issues: [{ code: 'file.unreadable', severity: 'error', message: 'Cannot read no-such-plan.json: no such file.' }],
    });
    const sarif = JSON.parse(cli(['check', 'no-such-plan.json', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].results).toMatchObject([
      {
        ruleId: 'file.unreadable',
        level: 'error',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'no-such-plan.json' } } }],
      },
    ]);
    const text = cli(['check', 'no-such-plan.json']);
    expect([text.code, text.stderr]).toEqual([2, '']);
    expect(text.stdout).toContain('error    file.unreadable  Cannot read no-such-plan.json: no such file.');
  });
});
