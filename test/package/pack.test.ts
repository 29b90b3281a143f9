import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

/** What a fresh clone does not have: installed and built files, and the outputs of earlier runs. */
const NOT_IN_A_CLONE = /^(?:node_modules|dist|\.git|docs[\\/]site|test-results|coverage)(?:[\\/]|$)|\.tgz$/;

/**
 * The paths `npm pack` puts in the tarball of a fresh clone (no `dist/` yet), its scripts run as on
 * a publish. The clone is a copy of the working tree without what the build and installs make;
 * it uses this checkout's installed dependencies.
 */
function packFreshClone(): string[] {
  const clone = mkdtempSync(join(tmpdir(), 'action-plan-pack-'));
  cpSync(root, clone, {
    recursive: true,
    filter: (source) => !NOT_IN_A_CLONE.test(relative(root, source)),
  });
  expect(existsSync(join(clone, 'dist'))).toBe(false);
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const run = spawnSync('npm', ['pack', '--dry-run', '--json'], {
    cwd: clone,
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.status, run.stderr).toBe(0);
  // `npm pack --json` prints one JSON document: the build before it must print nothing there.
  const [packed] = JSON.parse(run.stdout) as { files: { path: string }[] }[];
  return (packed?.files ?? []).map((file) => file.path.split(sep).join('/'));
}

describe('the packed package', () => {
  it('builds before packing, so a pack or a publish from a fresh clone carries dist/', () => {
    expect((pkg.scripts as Record<string, string>).prepack).toMatch(/\btsup\b/);
    const files = packFreshClone();
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/cli.js',
      'dist/action-plan.schema.json',
    ]) {
      expect(files, file).toContain(file);
    }
    // Every module of the ES build, for bundlers that keep only what an app imports.
    expect(files).toContain('dist/formats/csv/fromCsv.js');
    // Nothing of the sources, the tests, the docs or the examples.
    expect(files.filter((file) => !file.startsWith('dist/'))).toEqual(
      ['LICENSE', 'README.md', 'package.json']
        .concat(existsSync(join(root, 'CHANGELOG.md')) ? ['CHANGELOG.md'] : [])
        .sort(),
    );
    expect(files.filter((file) => /^(?:src|test|docs|examples)\//.test(file))).toEqual([]);
  }, 660_000);

  it('has a README whose links work on the registry page too: absolute, or within the page', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)|<(https?:[^>\s]+)>/g)].map((m) => m[1] ?? m[2] ?? '');
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.filter((target) => !/^(?:https:\/\/|#)/.test(target))).toEqual([]);
    // The guides are pages of the published docs site (docs/check-links.mjs checks them in the built site).
    expect(targets.filter((target) => target.startsWith(pkg.homepage as string)).length).toBeGreaterThan(5);
  });

  it('names its repository, home page and issue tracker for the registry page', () => {
    expect(pkg).toMatchObject({
      repository: { type: 'git', url: 'git+https://github.com/action-plan-kit/action-plan-kit.git' },
      homepage: 'https://action-plan-kit.github.io/action-plan-kit/',
      bugs: { url: 'https://github.com/action-plan-kit/action-plan-kit/issues' },
    });
  });
});
