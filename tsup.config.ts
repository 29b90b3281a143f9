import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { actionPlanJsonSchemaText } from './src/schema/_internal/actionPlanJsonSchema.js';

const library = ['src/**/*.ts', '!src/cli/**', '!src/schema/_internal/actionPlanJsonSchema.ts'];

export default defineConfig([
  {
    // The library as ES modules, one file per source module: with `sideEffects: false`, a
    // bundler keeps only the modules an app imports (the size budgets rely on it).
    entry: library,
    outDir: 'dist',
    format: ['esm'],
    bundle: false,
    dts: {
      entry: {
        index: 'src/index.ts',
        html: 'src/html.ts',
        read: 'src/read.ts',
        docx: 'src/docx.ts',
        odt: 'src/odt.ts',
        pdf: 'src/pdf.ts',
        svg: 'src/svg.ts',
      },
    },
    tsconfig: 'src/tsconfig.json',
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
    clean: true,
    splitting: false,
    async onSuccess() {
      // The JSON Schema is generated from the zod schemas on every build, never written by hand.
      await writeFile('dist/action-plan.schema.json', actionPlanJsonSchemaText());
    },
  },
  {
    // The library for require(): one CommonJS file per entry.
    entry: {
      index: 'src/index.ts',
      html: 'src/html.ts',
      read: 'src/read.ts',
      docx: 'src/docx.ts',
      odt: 'src/odt.ts',
      pdf: 'src/pdf.ts',
      svg: 'src/svg.ts',
    },
    format: ['cjs'],
    dts: {
      entry: {
        index: 'src/index.ts',
        html: 'src/html.ts',
        read: 'src/read.ts',
        docx: 'src/docx.ts',
        odt: 'src/odt.ts',
        pdf: 'src/pdf.ts',
        svg: 'src/svg.ts',
      },
    },
    tsconfig: 'src/tsconfig.json',
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
    clean: false,
    splitting: false,
    external: ['zod', 'pdfjs-dist'],
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
    external: ['zod'],
  },
]);
