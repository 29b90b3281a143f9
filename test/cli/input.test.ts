import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules, toCsv } from '../../src/index.js';
import { cli } from '../support/runBuilt.js';
import { realPlan, realPlanText } from '../support/realPlan.js';

const TEXT = 'examples/data/sfo-annual-report-2024-25.txt';

/** Writes bytes to a new file of that name in a folder of its own, and gives its path. */
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), name);
  writeFileSync(path, bytes);
  return path;
}

const zip = (...names: string[]): Buffer =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), ...names.map((n) => Buffer.from(`${n}\0\0\0`))]);

describe('a binary file', () => {
  it.each<[string, Uint8Array, string]>([
    ['plan.zip', zip('notes.txt', 'photo.jpg'), ' (a ZIP archive that is not a Word or OpenDocument file)'],
    ['plan.xlsx', zip('[Content_Types].xml', 'xl/workbook.xml'), ' (an Excel workbook (.xlsx))'],
    ['plan.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), ' (a PNG image)'],
    ['plan.dat', Buffer.from([0x00, 0x13, 0x88, 0x02, 0xff, 0x00, 0x41, 0x7f, 0x00, 0x00, 0x03]), ''],
  ])('%s is said to be binary, naming what it looks like, in one line', (name, bytes, kind) => {
    const path = file(name, bytes);
    const run = cli(['tally', path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      new RegExp(
        `^action-plan: ${path.replace(/[.]/g, '\\.')} looks like a binary file${kind.replace(/[().]/g, '\\$&')}, not a plan in JSON, CSV, text, HTML, Word, OpenDocument or PDF[.:]`,
      ),
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    const json = JSON.parse(cli(['check', path, '--format', 'json']).stdout);
    expect(json.files[0]).toMatchObject({ ok: false, issues: [{ code: 'file.binary', severity: 'error' }] });
    expect(json.files[0].issues[0].params.kind).toBe(kind === '' ? undefined : kind.slice(2, -1));
  });

  it('tells what to do instead with a document it recognises', () => {
    const run = cli(['check', file('plan.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))]);
    expect(run.stdout).toContain(
      'not a plan in JSON, CSV, text, HTML, Word, OpenDocument or PDF: save the plan as a Word (.docx) or OpenDocument (.odt) document, or as CSV, without a password.',
    );
  });

  it('reads a file that starts as a PDF as a PDF, and gives the PDF reader’s issues when it is none', () => {
    const out = JSON.parse(cli(['check', file('plan.pdf', '%PDF-1.4\n\0\0'), '--format', 'json']).stdout);
    expect(out.files[0]).toMatchObject({ ok: false, format: 'pdf' });
    expect(out.files[0].issues.length).toBeGreaterThan(0);
    expect(out.files[0].issues.every((issue: { code: string }) => issue.code.startsWith('pdf.'))).toBe(true);
  });
});

describe('text in other encodings', () => {
  const text = realPlanText();
  const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();
  it.each<[string, Buffer]>([
    [
      'UTF-16 little endian with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    ],
    ['UTF-16 big endian with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ['UTF-16 little endian without one', Buffer.from(text, 'utf16le')],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
  ])('reads %s as it reads UTF-8', (_, bytes) => {
    const path = file('plan.txt', bytes);
    const expected = cli(['check', TEXT, '--format', 'json']);
    const run = cli(['check', path, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).files[0].issues).toEqual(JSON.parse(expected.stdout).files[0].issues);
  });

  it('reads UTF-16 CSV', () => {
    const csv = toCsv(realPlan());
    const run = cli([
      'tally',
      file('plan.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')])),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Partly Agreed          1');
  });

  it('names text that is not UTF-8 rather than reading it with wrong letters', () => {
    const path = file(
      'plan.csv',
      Buffer.from('ref,recommendation,category\r\n1,Improve caf\u00e9 hygiene \u00a3,Agreed\r\n', 'latin1'),
    );
    const run = cli(['tally', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `action-plan: ${path} is not UTF-8 text (it may be Windows-1252 or Latin-1): save it with the encoding UTF-8, then try again.\n`,
    );
  });
});

describe('CSV split by semicolons', () => {
  it('is named, with what to do', () => {
    const csv = toCsv(realPlan()).replaceAll(',', ';');
    for (const name of ['plan.csv', 'plan.txt']) {
      const path = file(name, csv);
      const run = cli(['tally', path]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `action-plan: ${path} uses ';' between fields; save it with commas (CSV, comma-separated), then try again.\n`,
      );
      const json = JSON.parse(cli(['check', path, '--format', 'json']).stdout);
      expect(json.files[0]).toMatchObject({
        ok: false,
        format: 'csv',
        issues: [{ code: 'file.semicolon_separated', location: { line: 1 } }],
      });
    }
  });

  it('is not confused with CSV whose text holds semicolons', () => {
    expect(cli(['tally', file('plan.csv', toCsv(realPlan()))]).code).toBe(0);
  });
});

describe('action-plan check --explain', () => {
  it("shows under each finding of a rule the rule's description and fix, and where the rules are explained", () => {
    const run = cli(['check', TEXT, '--explain']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const findings = lines
      .map((line, i) => [/^ {2}(?:error|warning|info) +(\S+) {2}/.exec(line)?.[1], i] as const)
      .filter(([code]) => code !== undefined && builtInRules.some((rule) => rule.code === code));
    expect(findings.length).toBe(6);
    for (const [code, i] of findings) {
      const rule = builtInRules.find((r) => r.code === code);
      // The finding's own lines (where it is, evidence), then the rule's description and fix.
      let next = i + 1;
      while (lines[next]?.startsWith('           ') && !lines[next]?.startsWith('           rule: ')) next += 1;
      expect(lines[next], code).toBe(`           rule: ${rule?.description}`);
      expect(lines[next + 1], code).toBe(`           fix:  ${rule?.fix}`);
    }
    expect(run.stdout).toContain('/documents/Rules_and_codes.html');
    const plain = cli(['check', TEXT]).stdout;
    expect(plain).not.toContain('rule: ');
    expect(plain).not.toContain('/documents/Rules_and_codes.html');
  });

  it('leaves the findings of reading a file as they are', () => {
    const run = cli(['check', TEXT, '--explain']);
    const skipped = run.stdout.split('\n').findIndex((line) => line.includes('import.boilerplate_skipped'));
    expect(run.stdout.split('\n')[skipped + 2]).not.toMatch(/rule: /);
  });
});
