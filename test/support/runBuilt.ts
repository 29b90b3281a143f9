import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a process printed and how it ended. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a Node script of the built package, as a user would, with colour off unless asked. */
export function runNode(
  args: readonly string[],
  options: { input?: string | Uint8Array; env?: Record<string, string> } = {},
): Run {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    // Only against a hang: a busy machine may be many times slower than an idle one.
    timeout: 300_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the built `action-plan` command. */
export function cli(
  args: readonly string[],
  options: { input?: string | Uint8Array; env?: Record<string, string> } = {},
): Run {
  return runNode(['dist/cli.js', ...args], options);
}
