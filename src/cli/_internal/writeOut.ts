import { forTerminal } from './terminal.js';

/** Why a write failed, in a few words, from its error code. */
function reasonOf(error: { code?: unknown }): string {
  switch (error.code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EIO':
      return 'an input/output error';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return typeof error.code === 'string' ? `the write failed (${error.code})` : 'the write failed';
  }
}

/**
 * Writes what a command prints, and ends it well when standard output cannot take it. A reader
 * that closes the pipe early (`action-plan convert plan.json --to json | head -c1`) only wants no
 * more: the rest is dropped quietly, and the command ends with the exit code of what it found, as
 * Unix tools do. Any other failure to write (a full disk, `/dev/full`) is said in one line on
 * standard error, and the command exits 2. A failure to write to standard error itself is ignored:
 * there is nowhere left to say it.
 */
export function writeOut(stdout: string, stderr: string, code: number): void {
  let failed = false;
  process.stdout.on('error', (error: { code?: unknown }) => {
    if (failed) return;
    failed = true;
    if (error.code === 'EPIPE') {
      process.exitCode = code;
      return;
    }
    process.exitCode = 2;
    process.stderr.write(`action-plan: cannot write to standard output: ${reasonOf(error)}\n`);
  });
  process.stderr.on('error', () => undefined);
  if (stdout !== '') process.stdout.write(stdout);
  // What goes to standard error is always meant for a terminal.
  if (stderr !== '') process.stderr.write(forTerminal(stderr));
}
