import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { actionPlanJsonSchemaText } from './src/schema/_internal/actionPlanJsonSchema.js';

export default defineConfig([
  {
    // The library: pure, for Node and browsers, ESM and CommonJS with types for both.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'src/tsconfig.json',
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: false,
    external: ['zod', 'date-fns', '@date-fns/utc'],
    async onSuccess() {
      // The JSON Schema is generated from the zod schemas on every build, never written by hand.
      await writeFile('dist/action-plan.schema.json', actionPlanJsonSchemaText());
    },
  },
  {
    // The command-line tool: a separate entry for Node, the only place with Node APIs.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    tsconfig: 'src/cli/tsconfig.json',
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    clean: false,
    splitting: false,
    external: ['zod', 'date-fns', '@date-fns/utc', 'commander'],
  },
]);
