import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tallyPlans, toCsv, toJson, toMarkdown, type ActionPlan, type IsoDate } from '../../src/index.js';
import { cli } from '../support/runBuilt.js';
import { realPlan } from '../support/realPlan.js';

const TEXT = 'examples/data/sfo-annual-report-2024-25.txt';
const JSON_FILE = 'examples/data/sfo-annual-report-2024-25.json';

/** The bundled plan cut to its first four recommendations and without its tally: no error. */
function cleanPlan(): ActionPlan {
  const { statedTally: _tally, ...plan } = realPlan();
  return { ...plan, title: 'Clean plan', recommendations: plan.recommendations.slice(0, 4) };
}

/** A folder with a clean plan as JSON and as CSV. */
function folder(): { dir: string; clean: string; csv: string } {
  const dir = mkdtempSync(join(tmpdir(), 'action-plan-cli-'));
  const clean = join(dir, 'clean.json');
  const csv = join(dir, 'clean-plan.csv');
  writeFileSync(clean, toJson(cleanPlan()));
  writeFileSync(csv, toCsv(cleanPlan()));
  return { dir, clean, csv };
}

describe('action-plan check with several files', () => {
  it('writes one section per file, headed by its name, and exits with the worst status', () => {
    const { clean } = folder();
    const good = cli(['check', clean]);
    expect(good.code).toBe(0);
    const both = cli(['check', clean, TEXT]);
    expect(both.code).toBe(1);
    const sections = both.stdout.split(`\n${TEXT}\n`);
    expect(sections).toHaveLength(2);
    expect(sections[0]?.startsWith(`${clean}\nClean plan\n\nNo issues found.`)).toBe(true);
    expect(sections[1]).toContain('Recommendation 7 (Partly Agreed)\n  error    partly_agreed.reason_missing');
    expect(both.stdout.trimEnd().split('\n').at(-1)).toBe('In all 2 files: 1 error, 5 warnings, 5 notes.');
    const missing = cli(['check', clean, TEXT, 'no-such-plan.json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('\nno-such-plan.json\n\n');
    expect(missing.stdout.trimEnd().split('\n').at(-1)).toBe(
      'In all 3 files: 2 errors, 5 warnings, 5 notes; 1 file could not be read as a plan.',
    );
  });

  it('writes one JSON document with an entry per file, in the order given', () => {
    const { clean } = folder();
    const run = cli(['check', TEXT, clean, 'no-such-plan.json', '--format', 'json']);
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ errors: 2, warnings: 5, notes: 5, unreadable: 1 });
    expect(out.files.map((f: { file: string; ok: boolean; errors: number }) => [f.file, f.ok, f.errors])).toEqual([
      [TEXT, true, 1],
      [clean, true, 0],
      ['no-such-plan.json', false, 1],
    ]);
    expect(out.files[1].issues).toEqual([]);
  });

  it('writes one SARIF run whose results name each file, their rules indexed in the run', () => {
    const csv = JSON_FILE;
    const run = cli(['check', TEXT, csv, 'no-such-plan.json', '--format', 'sarif']);
    expect(run.code).toBe(2);
    const log = JSON.parse(run.stdout);
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun.artifacts).toEqual([
      { location: { uri: TEXT } },
      { location: { uri: csv } },
      { location: { uri: 'no-such-plan.json' } },
    ]);
    const results = sarifRun.results as {
      ruleId: string;
      ruleIndex: number;
      locations: { physicalLocation: { artifactLocation: { uri: string; index: number } } }[];
    }[];
    const uris = results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set([TEXT, csv, 'no-such-plan.json']));
    // The results of each file come together, in the order the files were given.
    const order = results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.index as number);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const result of results) {
      expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      const location = result.locations[0]?.physicalLocation.artifactLocation;
      expect(sarifRun.artifacts[location?.index as number].location.uri).toBe(location?.uri);
    }
    expect(results.filter((r) => r.ruleId === 'file.unreadable')).toHaveLength(1);
  });
});

describe('action-plan tally with several files', () => {
  it('tallies each plan, then all of them together as tallyPlans does', () => {
    const { clean, csv } = folder();
    const run = cli(['tally', TEXT, clean, csv, '--as-of', '2026-11-26', '--format', 'json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.files.map((f: { file: string; title: string }) => [f.file, f.title])).toEqual([
      [TEXT, 'Serious Further Offence Annual Report 2024-2025'],
      [clean, 'Clean plan'],
      [csv, 'clean-plan'],
    ]);
    expect(out.combined).toEqual(tallyPlans([realPlan(), cleanPlan(), cleanPlan()], { asOf: '2026-11-26' as IsoDate }));
    expect(out.combined.agreement).toEqual({ agreed: 14, partlyAgreed: 1, notAgreed: 0, total: 15 });

    const text = cli(['tally', TEXT, clean, 'no-such-plan.json']);
    expect(text.code).toBe(2);
    expect(text.stderr).toBe('action-plan: Cannot read no-such-plan.json: no such file.\n');
    expect(text.stdout).toContain(`${TEXT}\nSerious Further Offence Annual Report 2024-2025\n\nRecommendations`);
    expect(text.stdout).toContain(`${clean}\nClean plan\n\nRecommendations`);
    expect(text.stdout).toContain('All 2 plans (of 3 files)\n');
    expect(text.stdout).toMatch(/\nTotal {12,}11\n/);
    expect(text.stdout).toContain(
      'Accepted (agreed or partly agreed): 100% (11 of the 11 recommendations that state a category).',
    );
  });

  it('leaves the action counts out of the combined tally without --as-of', () => {
    const out = JSON.parse(cli(['tally', TEXT, JSON_FILE, '--format', 'json']).stdout);
    expect(out.combined).toEqual({
      plans: 2,
      agreement: { agreed: 12, partlyAgreed: 2, notAgreed: 0, total: 14 },
      acceptanceRate: 1,
    });
  });
});

describe('action-plan overdue with several files', () => {
  it('lists what is overdue in each plan, in a section of its own', () => {
    const { clean } = folder();
    const run = cli(['overdue', TEXT, clean, '--as-of', '2026-11-26']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${TEXT}\nSerious Further Offence Annual Report 2024-2025\n\n5 actions are overdue`);
    expect(run.stdout).toContain(`${clean}\nClean plan\n\n4 actions are overdue`);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('In all 2 plans: 9 actions overdue as of 2026-11-26.');
    const json = JSON.parse(cli(['overdue', TEXT, clean, '--as-of', '2026-11-26', '--format', 'json']).stdout);
    expect(json.files.map((f: { file: string; overdue: unknown[] }) => [f.file, f.overdue.length])).toEqual([
      [TEXT, 5],
      [clean, 4],
    ]);
  });
});

describe('action-plan convert with several files', () => {
  it('writes each plan beside its file, with the extension of the format', () => {
    const { dir, clean, csv } = folder();
    const run = cli(['convert', clean, csv, '--to', 'markdown']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(`${clean} -> ${join(dir, 'clean.md')}\n${csv} -> ${join(dir, 'clean-plan.md')}\n`);
    expect(readFileSync(join(dir, 'clean.md'), 'utf8')).toBe(toMarkdown(cleanPlan()));
    expect(readFileSync(join(dir, 'clean-plan.md'), 'utf8').startsWith('# clean-plan\n')).toBe(true);
  });

  it('never writes over a file it reads, and goes on with the others', () => {
    const { dir, clean, csv } = folder();
    const run = cli(['convert', clean, csv, '--to', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`action-plan: ${clean} is already JSON: not written over\n`);
    expect(readFileSync(clean, 'utf8')).toBe(toJson(cleanPlan()));
    expect(existsSync(join(dir, 'clean-plan.json'))).toBe(true);
  });

  it.each<[string, string[], RegExp]>([
    [
      '--out with several files',
      ['convert', TEXT, JSON_FILE, '--out', 'plans.md'],
      /^action-plan: --out names one file, and several plans were given: leave --out out to write each plan beside its file$/,
    ],
    [
      'standard input among several files',
      ['convert', TEXT, '-', '--to', 'md'],
      /^action-plan: standard input \(-\) cannot be converted with other files/,
    ],
    [
      '--title with several files',
      ['tally', TEXT, JSON_FILE, '--title', 'Plan'],
      /^action-plan: --title names one plan: give it with one file$/,
    ],
  ])('refuses %s, in one line, and writes nothing', (_, args, message) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(existsSync('plans.md')).toBe(false);
  });
});
