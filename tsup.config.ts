import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { actionPlanJsonSchemaText } from './src/schema/_internal/actionPlanJsonSchema.js';

export default defineConfig({
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
});
