import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, root } from '../support/runBuilt.js';

/** A command shown in the docs with the output shown under it. */
interface ShownRun {
  readonly command: string;
  readonly args: string[];
  readonly input?: string;
  readonly output: string;
}

/** Splits a command line as a shell would, for the simple quoting the docs use. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/**
 * The commands of a page shown as a ```sh block of one `action-plan` line (perhaps fed by `echo`),
 * followed by a ```text block of what it prints.
 */
function shownRuns(path: string): ShownRun[] {
  const page = readFileSync(new URL(path, `file://${root}`), 'utf8');
  const runs: ShownRun[] = [];
  for (const m of page.matchAll(/```sh\n(.+)\n```\n\n```text\n([\s\S]*?)```/g)) {
    const command = m[1] as string;
    const piped = /^echo '([^']*)' \| (action-plan .*)$/.exec(command);
    const line = piped === null ? command : (piped[2] as string);
    if (!line.startsWith('action-plan ')) continue;
    runs.push({
      command,
      args: words(line).slice(1),
      ...(piped === null ? {} : { input: `${piped[1]}\n` }),
      output: m[2] as string,
    });
  }
  return runs;
}

/** Whether every run of lines between `…` lines of the shown output appears in the output, in order. */
function shows(output: string, shown: string): void {
  const parts = shown.split(/^…\n/m);
  if (parts.length === 1) {
    expect(output).toBe(shown);
    return;
  }
  let from = 0;
  for (const [i, part] of parts.entries()) {
    const at = output.indexOf(part, from);
    expect(at, part).toBeGreaterThanOrEqual(from);
    if (i === 0) expect(at).toBe(0);
    from = at + part.length;
  }
  expect(output.endsWith(parts.at(-1) as string)).toBe(true);
}

describe.each(['docs/cli.md', 'README.md'])('the command-line examples of %s', (path) => {
  const runs = shownRuns(path);

  it('are found', () => {
    expect(runs.length).toBeGreaterThan(0);
  });

  it.each(runs.map((run) => [run.command, run] as const))('%s prints what is shown', (_, run) => {
    const result = cli(run.args, run.input === undefined ? {} : { input: run.input });
    shows(result.stdout, run.output);
  });
});
