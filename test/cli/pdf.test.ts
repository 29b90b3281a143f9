import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, runNode } from '../support/runBuilt.js';
import { realPlan, realPlanJson } from '../support/realPlan.js';

// pdf.js reads each PDF: a second or more on a busy machine, well within the suite's time limit.

/** The bundled plan as LibreOffice exports it to PDF. */
const PDF = 'test/fixtures/documents/sfo.pdf';
const TEXT = 'examples/data/sfo-annual-report-2024-25.txt';

interface Issue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly location?: { readonly page?: number; readonly line: number };
}

/** The issues `check --format json` gives for one file. */
function checked(path: string): { code: number | null; file: Record<string, unknown>; issues: Issue[] } {
  const run = cli(['check', path, '--format', 'json']);
  const file = JSON.parse(run.stdout).files[0];
  return { code: run.code, file, issues: file.issues };
}

/** The rule findings among issues: what the plan itself gives, wherever it was read from. */
const findings = (issues: readonly Issue[]): unknown[] =>
  issues
    .filter((issue) => !/^(?:import|document|pdf|read)\./.test(issue.code))
    .map((issue) => [issue.code, issue.path]);

describe('the command line on a PDF', () => {
  it('checks a PDF as it checks the published text, each finding at its page and line', () => {
    const pdf = checked(PDF);
    expect(pdf.code).toBe(1);
    expect(pdf.file).toMatchObject({ file: PDF, ok: true, format: 'pdf', title: realPlan().title });
    const rules = pdf.issues.filter((issue) => !issue.code.startsWith('import.'));
    expect(findings(rules)).toEqual(findings(checked(TEXT).issues));
    expect(rules.length).toBeGreaterThan(0);
    for (const issue of rules) {
      expect(issue.location?.page, issue.code).toBeGreaterThanOrEqual(1);
      expect(issue.location?.line, issue.code).toBeGreaterThanOrEqual(1);
    }
  });

  it('says in the text report on which page and line each finding is', () => {
    const run = cli(['check', PDF]);
    expect(run.code).toBe(1);
    const reason = checked(PDF).issues.find((issue) => issue.code === 'partly_agreed.reason_missing');
    const where = reason?.location;
    expect(where?.page).toBe(3);
    expect(run.stdout).toMatch(
      new RegExp(`partly_agreed\\.reason_missing .*\\n {11}at page ${where?.page}, line ${where?.line}\\n`),
    );
  });

  it('converts a PDF to the canonical JSON of the bundled plan', () => {
    const run = cli(['convert', PDF, '--to', 'json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(realPlanJson());
  });

  it('reads a PDF from standard input, told by its bytes', () => {
    const run = cli(['convert', '-', '--to', 'json', '--title', 'Unused'], { input: readFileSync(PDF) });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(realPlanJson());
  });

  it('points each SARIF result at the page: the page in the region’s properties, the page and line in the message', () => {
    const run = cli(['check', PDF, '--format', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.runs[0].artifacts).toEqual([{ location: { uri: PDF } }]);
    const results = log.runs[0].results as {
      ruleId: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; index: number };
          region?: { startLine: number; properties?: { page?: number } };
        };
      }[];
    }[];
    const issues = checked(PDF).issues;
    expect(results.map((result) => result.ruleId)).toEqual(issues.map((issue) => issue.code));
    results.forEach((result, i) => {
      const where = issues[i]?.location;
      const physical = result.locations[0]?.physicalLocation;
      expect(physical?.artifactLocation).toEqual({ uri: PDF, index: 0 });
      if (where?.page === undefined) return;
      expect(physical?.region).toMatchObject({ startLine: where.line, properties: { page: where.page } });
      expect(result.message.text).toMatch(new RegExp(` \\(page ${where.page}, line ${where.line}\\)$`));
    });
    const reason = results.find((result) => result.ruleId === 'partly_agreed.reason_missing');
    expect(reason?.locations[0]?.physicalLocation.region?.properties).toEqual({ page: 3 });
  });

  it('reports a damaged PDF as a file it cannot read, with the PDF reader’s issues', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'action-plan-cli-')), 'damaged.pdf');
    writeFileSync(path, readFileSync(PDF).subarray(0, 2000));
    const run = cli(['check', path]);
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([path, '', `${path} is not a readable action plan (PDF).`]);
    const out = JSON.parse(cli(['check', path, '--format', 'json']).stdout);
    expect(out.files[0]).toMatchObject({ ok: false, format: 'pdf' });
    expect(out.files[0].issues.every((issue: Issue) => issue.code.startsWith('pdf.'))).toBe(true);
  });
});

describe('the command line on a PDF without pdf.js', () => {
  /**
   * The built command in a folder of its own, beside every package it depends on but pdf.js, as
   * where the optional peer dependency `pdfjs-dist` is not installed.
   */
  function withoutPdfJs(): string {
    const folder = mkdtempSync(join(tmpdir(), 'action-plan-no-pdfjs-'));
    copyFileSync(join(root, 'dist/cli.js'), join(folder, 'cli.js'));
    writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
    mkdirSync(join(folder, 'node_modules'));
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const needed = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter(
      (name) => name !== 'pdfjs-dist',
    );
    for (const name of needed) {
      // A scoped package (`@date-fns/tz`) lives in the folder of its scope.
      const link = join(folder, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), link, 'dir');
    }
    return join(folder, 'cli.js');
  }

  it('says in one line that pdf.js is to be installed, and exits as for any file it cannot read', () => {
    const command = withoutPdfJs();
    const line = new RegExp(
      `^Cannot read ${PDF.replaceAll('.', '\\.')}: PDFs are read with pdf\\.js, which could not be loaded \\(.+\\): install it with \`npm install pdfjs-dist@5\` beside action-plan-kit\\.$`,
    );
    const converted = runNode([command, 'convert', PDF, '--to', 'json']);
    expect(converted.code).toBe(2);
    expect(converted.stdout).toBe('');
    const lines = converted.stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]?.replace(/^action-plan: /, '')).toMatch(line);
    expect(lines[1]).toBe('');

    const check = runNode([command, 'check', PDF]);
    expect(check.code).toBe(2);
    expect(check.stdout).not.toContain('is not a readable action plan');
    expect(check.stdout).toMatch(/^ {2}error {4}pdf\.reader_missing {2}Cannot read /m);

    const json = JSON.parse(runNode([command, 'check', PDF, '--format', 'json']).stdout);
    expect(json.files[0]).toMatchObject({ ok: false, format: 'pdf' });
    expect(json.files[0].issues.map((issue: Issue) => issue.code)).toEqual(['pdf.reader_missing']);

    // Every other format is read as before.
    expect(runNode([command, 'convert', TEXT, '--to', 'json']).stdout).toBe(realPlanJson());
  });
});
