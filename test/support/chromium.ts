import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';

/** Debian's Chromium, the browser the tests open pages in. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium runs on this machine. */
export const chromiumAvailable: boolean = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).status === 0;

/** How to open a page. */
export interface DumpDomOptions {
  /** A folder of the test's own: Chromium keeps its profile in it. */
  readonly folder: string;
  /** Milliseconds of page time to let scripts run before the DOM is written. */
  readonly virtualTimeBudget: number;
  /** The window's width and height, if not Chromium's default. */
  readonly windowSize?: readonly [number, number];
  /** The longest the browser may take, in milliseconds. */
  readonly timeout: number;
}

/** Opens a local file in headless Chromium, offline and without a first-run profile, and returns the DOM it ends with. */
export function dumpDom(file: string, options: DumpDomOptions): SpawnSyncReturns<string> {
  return spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(options.folder, 'profile')}`,
      ...(options.windowSize === undefined ? [] : [`--window-size=${options.windowSize.join(',')}`]),
      `--virtual-time-budget=${options.virtualTimeBudget}`,
      '--dump-dom',
      `file://${file}`,
    ],
    { encoding: 'utf8', timeout: options.timeout, maxBuffer: 64 * 1024 * 1024 },
  );
}
