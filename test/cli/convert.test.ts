import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv, toHtml, toJson, toMarkdown } from '../../src/index.js';
import { cli } from '../support/runBuilt.js';
import { realPlan } from '../support/realPlan.js';

const JSON_FILE = 'examples/data/sfo-annual-report-2024-25.json';

describe('action-plan convert --out', () => {
  it.each<[string, string]>([
    ['plan.json', toJson(realPlan())],
    ['plan.csv', toCsv(realPlan())],
    ['plan.md', toMarkdown(realPlan())],
    ['plan.markdown', toMarkdown(realPlan())],
    ['plan.html', toHtml(realPlan(), { standalone: true })],
    ['plan.HTM', toHtml(realPlan(), { standalone: true })],
  ])('tells the format from the extension of %s when --to is not given', (name, expected) => {
    const out = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), name);
    const run = cli(['convert', JSON_FILE, '--out', out]);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('takes markdown beside md, and --to over the extension', () => {
    expect(cli(['convert', JSON_FILE, '--to', 'markdown']).stdout).toBe(toMarkdown(realPlan()));
    const out = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'plan.txt');
    expect(cli(['convert', JSON_FILE, '--to', 'csv', '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(toCsv(realPlan()));
  });

  it('writes an HTML fragment with --fragment', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'plan.html');
    expect(cli(['convert', JSON_FILE, '--out', out, '--fragment']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(toHtml(realPlan(), { standalone: false }));
  });

  it.each<[string, string[], RegExp]>([
    [
      'an extension it cannot tell',
      ['convert', JSON_FILE, '--out', 'plan.txt'],
      /^action-plan: cannot tell the format from the extension \.txt of --out: give --to json, csv, md, html or svg$/,
    ],
    [
      'an --out with no extension',
      ['convert', JSON_FILE, '--out', 'plan'],
      /^action-plan: cannot tell the format from --out plan, which has no extension: give --to json, csv, md, html or svg$/,
    ],
    [
      'neither --to nor --out',
      ['convert', JSON_FILE],
      /^action-plan: say what to write: --to json, csv, md, html or svg, or --out with one of those extensions$/,
    ],
    [
      '--fragment for Markdown',
      ['convert', JSON_FILE, '--to', 'md', '--fragment'],
      /^action-plan: --fragment applies only to HTML output/,
    ],
    [
      '--fragment for a .json --out',
      ['convert', JSON_FILE, '--out', 'plan.json', '--fragment'],
      /^action-plan: --fragment applies only to HTML output/,
    ],
  ])('refuses %s, in one line, with exit code 2', (_, args, message) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  });
});

describe('action-plan --title', () => {
  const csv = toCsv(realPlan());

  it('titles a CSV plan, which carries no title', () => {
    const run = cli(['convert', '-', '--to', 'md', '--title', 'SFO Annual Report'], { input: csv });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('# SFO Annual Report');
    const tally = cli(['tally', '-', '--title', 'SFO Annual Report'], { input: csv });
    expect(tally.stdout.split('\n').slice(0, 2)).toEqual(['standard input', 'SFO Annual Report']);
  });

  it('titles a CSV file by its name without --title', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'sfo-2024-25.csv');
    writeFileSync(file, csv);
    expect(JSON.parse(cli(['convert', file, '--to', 'json']).stdout).title).toBe('sfo-2024-25');
  });

  it('leaves the title of a plan that has one', () => {
    const run = cli(['convert', JSON_FILE, '--to', 'md', '--title', 'Another title']);
    expect(run.stdout.split('\n')[0]).toBe('# Serious Further Offence Annual Report 2024-2025');
  });

  it('is listed in the help of every command that reads files', () => {
    for (const command of ['check', 'tally', 'overdue', 'convert']) {
      expect(cli([command, '--help']).stdout, command).toContain('--title <text>');
    }
  });
});
