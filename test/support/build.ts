import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the package once before the tests that run it as users do (the CLI, the examples). */
export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../../node_modules/tsup/dist/cli-default.js', import.meta.url)), '--silent'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
