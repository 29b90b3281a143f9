// Builds the playground into the docs site, after TypeDoc has written it (`npm run docs`): bundles
// the page's script from the library's sources into one small ES module (the document readers and
// pdf.js's loader in chunks of their own, loaded when a file of their format comes), copies pdf.js's
// browser build with its worker and the bundled real plan beside it, and adds the script and its
// styles to the Playground guide's page.
//
//   node docs/playground/build.mjs [--site docs/site]
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');

/** The page that holds the playground, as TypeDoc writes the guide docs/playground.md. */
export const PAGE = 'documents/Playground.html';

/**
 * The most the script a visit loads before any file is dropped may weigh, gzipped: the page's
 * module and the chunks it imports statically (zod, the checks, the writers and the text readers).
 * The readers of Word, OpenDocument, HTML and PDF, and pdf.js, come only with a file of theirs.
 */
export const BUDGET = 75 * 1024;

/** The bundled real plan, in every format the playground reads. */
const SAMPLES = ['json', 'txt', 'html', 'docx', 'odt', 'pdf'].map((ext) => `sfo-annual-report-2024-25.${ext}`);

/** The library's PDF reader imports pdf.js by this name; the playground gives it its own loader instead. */
const pdfjsForPlayground = {
  name: 'pdfjs-for-playground',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf\.mjs$/ }, () => ({ path: join(here, 'pdfjs.ts') }));
  },
};

/**
 * Builds the playground into a built docs site.
 * @param {string} site The folder TypeDoc wrote the site into.
 * @returns {Promise<{ initial: number, budget: number, files: string[] }>} the gzipped size of the
 * script a visit loads first, its budget, and the files written (relative to the site).
 */
export async function buildPlayground(site) {
  const page = join(site, PAGE);
  if (!existsSync(page)) throw new Error(`No ${PAGE} in ${site}: run TypeDoc first (npm run docs).`);
  const out = join(site, 'playground');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'pdfjs'), { recursive: true });
  mkdirSync(join(out, 'examples'), { recursive: true });

  const result = await build({
    entryPoints: { playground: join(here, 'playground.ts') },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    chunkNames: '[name]-[hash]',
    metafile: true,
    absWorkingDir: root,
    logLevel: 'warning',
    plugins: [pdfjsForPlayground],
  });

  // pdf.js's browser build and its worker, and its licence.
  const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  for (const file of ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs', 'LICENSE']) {
    copyFileSync(join(pdfjs, file), join(out, 'pdfjs', file.replace(/^build\//, '')));
  }
  for (const file of SAMPLES) copyFileSync(join(root, 'examples/data', file), join(out, 'examples', file));
  copyFileSync(join(here, 'playground.css'), join(out, 'playground.css'));

  // The guide's page loads the script and its styles.
  const html = readFileSync(page, 'utf8').replace(/<!-- playground -->.*?<!-- \/playground -->/s, '');
  const tags =
    '<!-- playground --><link rel="stylesheet" href="../playground/playground.css">' +
    '<script type="module" src="../playground/playground.js"></script><!-- /playground -->';
  writeFileSync(page, html.replace('</head>', `${tags}</head>`));

  // What a visit loads first: the entry and every chunk it imports statically, transitively.
  const outputs = result.metafile.outputs;
  const first = new Set();
  const visit = (file) => {
    if (first.has(file)) return;
    first.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint !== undefined);
  visit(entry);
  const initial = [...first].reduce((sum, file) => sum + gzipSync(readFileSync(join(root, file))).length, 0);
  if (initial > BUDGET) {
    throw new Error(
      `The playground's first script is ${initial} bytes gzipped, over its budget of ${BUDGET} bytes (docs/playground/build.mjs).`,
    );
  }
  return {
    initial,
    budget: BUDGET,
    files: Object.keys(outputs).map((file) => relative(site, join(root, file))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { site: { type: 'string', default: join(root, 'docs/site') } } });
  const { initial, budget } = await buildPlayground(values.site);
  console.log(
    `Playground: ${PAGE}, first script ${(initial / 1024).toFixed(1)} kB gzipped (budget ${(budget / 1024).toFixed(0)} kB).`,
  );
}
