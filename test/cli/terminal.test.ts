import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTargetDate, toJson, type ActionPlan } from '../../src/index.js';
import { cli, root } from '../support/runBuilt.js';
import { realPlan } from '../support/realPlan.js';

const JSON_FILE = 'examples/data/sfo-annual-report-2024-25.json';

/** A new folder of its own. */
const folder = (): string => mkdtempSync(join(tmpdir(), 'action-plan-terminal-'));

/** C0 controls but the line feed, DEL, C1 controls and the bidirectional controls. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A plan whose texts are those given, with an action overdue as of 2027-01-01. */
function planWith(texts: { title: string; ref: string; owner: string; target: string }): ActionPlan {
  return {
    format: 'action-plan/1',
    title: texts.title,
    recommendations: [
      {
        ref: texts.ref,
        text: 'Improve.',
        agreement: { category: 'partly-agreed', label: 'Partly Agreed' },
        response: [{ type: 'paragraph', text: texts.title }],
        actions: [
          { owner: texts.owner, target: { ...parseTargetDate('March 2026'), raw: texts.target } },
          { owner: texts.owner, target: { type: 'unknown', raw: texts.target } },
        ],
      },
    ],
  };
}

/** Runs the built command with its standard input and output given as open files. */
function runWithFiles(args: readonly string[], stdin: 'ignore' | 'pipe' | number, stdout: 'ignore' | 'pipe' | number) {
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    cwd: root,
    stdio: [stdin, stdout, 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 300_000,
  });
  return { code: result.status, stderr: result.stderr };
}

describe('control characters in a plan, on the terminal', () => {
  const hostile = {
    title: 'Plan\u001b[1A\u001b[2K\u001b]0;owned\u0007',
    ref: '1\u009b2J\u202e',
    owner: 'Head\u001b]8;;https://example.com\u0007of\nSafety',
    target: 'March\r2026\u007f',
  };

  it('are shown escaped in every text report, and a line break in a value ends no line', () => {
    const dir = folder();
    const path = join(dir, 'plan\u001b[31m.json');
    writeFileSync(path, toJson(planWith(hostile)));
    for (const args of [
      ['check', path, '--explain'],
      ['check', path, '--as-of', '2027-01-01'],
      ['tally', path, '--as-of', '2027-01-01'],
      ['overdue', path, '--as-of', '2027-01-01', '--due-soon-days', '30'],
    ]) {
      const run = cli(args);
      expect(run.stdout + run.stderr, args.join(' ')).not.toMatch(UNSAFE);
      expect(run.stdout, args.join(' ')).toContain('plan\\x1b[31m.json');
    }
    const check = cli(['check', path]);
    expect(check.stdout).toContain('Plan\\x1b[1A\\x1b[2K\\x1b]0;owned\\x07');
    expect(check.stdout).toContain('Recommendation 1\\x9b2J\\u202e (Partly Agreed)');
    expect(check.stdout).toContain(
      'at action 2: Head\\x1b]8;;https://example.com\\x07of\\nSafety, "March\\r2026\\x7f", line ',
    );
    const overdue = cli(['overdue', path, '--as-of', '2027-01-01']);
    expect(overdue.stdout).toContain('1\\x9b2J\\u202e  March\\r2026\\x7f');
  });

  it('are left to JSON, which escapes them, and to convert, which writes the document itself', () => {
    const dir = folder();
    const path = join(dir, 'plan.json');
    writeFileSync(path, toJson(planWith(hostile)));
    const json = cli(['check', path, '--format', 'json']);
    expect((JSON.parse(json.stdout) as { files: [{ title: string }] }).files[0].title).toBe(hostile.title);
    expect(cli(['convert', path, '--to', 'json']).stdout).toBe(toJson(planWith(hostile)));
  });

  it('are escaped in one-line errors, where a line break cannot cut the message short', () => {
    const missing = cli(['tally', 'no\nsuch\u001b[2Kplan.json']);
    expect(missing.stderr).toBe('action-plan: Cannot read no\\nsuch\\x1b[2Kplan.json: no such file.\n');
    const format = cli(['check', JSON_FILE, '--format', 'x\ny\u001b]0;t\u0007']);
    expect(format.stderr).toBe('action-plan: --format must be text, json, sarif (received x\\ny\\x1b]0;t\\x07)\n');
    const option = cli(['check', JSON_FILE, '--x\u001b[2K']);
    expect(option.stderr.trimEnd().split('\n')[0]).toBe("action-plan: unknown option '--x\\x1b[2K'");
  });

  it('never reach the text output, whatever the titles, owners, refs, targets and file names', () => {
    const dir = folder();
    let n = 0;
    fc.assert(
      fc.property(
        fc.record({
          title: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((t) => /\S/.test(t)),
          ref: fc.string({ unit: 'binary', maxLength: 10 }),
          owner: fc.string({ unit: 'binary', maxLength: 20 }),
          target: fc.string({ unit: 'binary', maxLength: 20 }),
          name: fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/[\u0000/]/g, '')),
        }),
        (texts) => {
          n += 1;
          const path = join(dir, `${n}-${texts.name}.json`);
          writeFileSync(path, toJson(planWith(texts)));
          for (const args of [
            ['check', path, '--as-of', '2027-01-01'],
            ['overdue', path, '--as-of', '2027-01-01', '--due-soon-days', '400'],
          ]) {
            const run = cli(args);
            expect(run.stdout + run.stderr).not.toMatch(UNSAFE);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('writing to standard output', () => {
  it('stops quietly when the reader closes the pipe early, ending with the exit code of the command', async () => {
    const dir = folder();
    const big = join(dir, 'big.json');
    const plan = realPlan();
    const many = Array.from({ length: 400 }, (_, i) =>
      plan.recommendations.map((r) => ({ ...r, ref: `${i}.${r.ref}` })),
    );
    writeFileSync(big, toJson({ ...plan, recommendations: many.flat(), statedTally: undefined } as never));
    const child = spawn(process.execPath, ['dist/cli.js', 'convert', big, '--to', 'json'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Read one chunk, then close the pipe, as `| head -c1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says in one line when the output cannot be written, and exits 2', () => {
    if (!existsSync('/dev/full')) return;
    const out = openSync('/dev/full', 'w');
    try {
      const run = runWithFiles(['convert', JSON_FILE, '--to', 'json'], 'ignore', out);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('action-plan: cannot write to standard output: no space left on the device\n');
    } finally {
      closeSync(out);
    }
  });
});

describe('the size of an input', () => {
  const refused = (name: string): string =>
    `${name} is larger than 64 MB, the most the command reads: it is not read (a plan is far smaller; check that this is the right file).`;

  it('refuses a file larger than 64 MB without reading it', () => {
    const path = join(folder(), 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, 64 * 1024 * 1024 + 1); // sparse: nothing is written
    const run = cli(['tally', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`action-plan: ${refused(path)}\n`);
  });

  it('refuses a device that never ends, such as /dev/zero, after 64 MB', () => {
    if (!existsSync('/dev/zero')) return;
    const run = cli(['check', '/dev/zero', '--format', 'json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { files: [{ issues: [{ code: string; message: string }] }] };
    expect(report.files[0].issues).toMatchObject([{ code: 'file.too_large', message: refused('/dev/zero') }]);
  });

  it('refuses standard input larger than 64 MB, from a file or a stream', () => {
    const path = join(folder(), 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 64 * 1024 * 1024 + 1);
    const input = openSync(path, 'r');
    try {
      const run = runWithFiles(['tally', '-'], input, 'pipe');
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`action-plan: ${refused('standard input')}\n`);
    } finally {
      closeSync(input);
    }
    if (!existsSync('/dev/zero')) return;
    const stream = spawnSync('sh', ['-c', `head -c 70000000 /dev/zero | "${process.execPath}" dist/cli.js tally -`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(stream.status).toBe(2);
    expect(stream.stderr).toBe(`action-plan: ${refused('standard input')}\n`);
  });

  it('still reads a plan on standard input, whole', () => {
    const run = cli(['tally', '-'], { input: toJson(realPlan()) });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['standard input', realPlan().title]);
  });
});

describe('action-plan with no command', () => {
  it('prints a line of usage and where to read more, and exits 2', () => {
    const run = cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'Usage: action-plan check|tally|overdue|convert FILE... [options]',
      "Run 'action-plan --help' for the commands, or 'action-plan COMMAND --help' for one.",
    ]);
  });
});
