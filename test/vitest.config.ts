import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Time zones every date-sensitive test runs under: the library must never read the host's zone. */
const zones = ['UTC', 'Pacific/Apia', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'America/Los_Angeles'];
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
    outputFile: { json: 'test-results/vitest.json' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/model/**', 'src/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95, statements: 95, functions: 95, branches: 90 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: dateSensitive,
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: 'tsconfig.json',
          },
        },
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
