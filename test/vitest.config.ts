import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Time zones every date-sensitive test runs under: the library must never read the host's zone.
 * Pacific/Kiritimati and Pacific/Apia each skipped a whole day (1994-12-31, 2011-12-30);
 * America/Sao_Paulo changed its clocks at midnight; Australia/Lord_Howe moves its clocks by half
 * an hour, and Asia/Kathmandu is 5 h 45 min ahead of UTC.
 */
const zones = [
  'UTC',
  'Pacific/Apia',
  'America/Sao_Paulo',
  'Pacific/Kiritimati',
  'America/Los_Angeles',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
];
/** Tests that run the built package as a user does: the CLI and the examples. */
const builtPackage = ['test/cli/**/*.test.ts', 'test/examples/**/*.test.ts'];
/** Tests whose results could depend on the host's time zone. */
const dateSensitive = [
  'test/dates/**/*.test.ts',
  'test/progress/**/*.test.ts',
  'test/tally/**/*.test.ts',
  'test/rules/**/*.test.ts',
  'test/**/*.tz.test.ts',
];

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    reporters: ['default', 'json'],
    // Time limits only catch a hang: no test may depend on the machine's speed, and the suite must
    // pass on a busy two-core machine (property tests and the TypeScript compiler can take many
    // times longer there than on an idle one).
    testTimeout: 120_000,
    hookTimeout: 300_000,
    outputFile: { json: 'test-results/vitest.json' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The CLI is tested by running the built command as a process, which coverage cannot see.
      exclude: ['src/model/**', 'src/index.ts', 'src/cli/**'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95, statements: 95, functions: 95, branches: 90 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...dateSensitive, ...builtPackage],
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: 'tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: { name: 'built', include: builtPackage, globalSetup: ['test/support/build.ts'] },
      },
      ...zones.map((zone) => ({
        extends: true as const,
        test: {
          name: `tz:${zone}`,
          include: dateSensitive,
          env: { TZ: zone },
        },
      })),
    ],
  },
});
