import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable as available, dumpDom } from '../../support/chromium.js';
import { documentBytes } from '../../fixtures/documents/documents.js';

// CI installs Chromium (.ci/run): there, a missing browser is a failure, never a skip.
const mustRun = process.env.CI === 'true';
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe.runIf(available || mustRun)('the PDF reader in a real browser (headless Chromium)', () => {
  it('reads the bundled plan from its PDF with pdf.js’s browser build passed as the pdfjs option', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'action-plan-pdf-'));
    const entry = join(folder, 'entry.js');
    writeFileSync(
      entry,
      [
        `import { fromPdf } from ${JSON.stringify(join(root, 'src/pdf.ts'))};`,
        // pdf.js's browser build, and its worker run on the page's own thread (a page opened from
        // a file may start no worker): pdf.js takes the worker's handler from globalThis.pdfjsWorker.
        "import * as pdfjs from 'pdfjs-dist';",
        "import * as worker from 'pdfjs-dist/build/pdf.worker.mjs';",
        'globalThis.pdfjsWorker = worker;',
        'const bytes = Uint8Array.from(atob(' +
          JSON.stringify(Buffer.from(documentBytes('sfo', 'chromium.pdf')).toString('base64')) +
          '), (c) => c.charCodeAt(0));',
        'fromPdf(bytes.buffer, { pdfjs }).then(',
        '  (r) => { document.getElementById("out").textContent = r.ok ? `${r.value.title} | ${r.value.recommendations.length} | ${r.value.recommendations[6].actions[0].owner}` : r.issues.map((i) => i.message).join("; "); },',
        '  (e) => { document.getElementById("out").textContent = `rejected: ${e}`; },',
        ');',
      ].join('\n'),
    );
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      nodePaths: [join(root, 'node_modules')],
      logLevel: 'silent',
    });
    const page = join(folder, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html><body><p id="out"></p><script type="module">${bundle.outputFiles[0]?.text.replace(/<\/script/gi, '<\\/script') ?? ''}</script></body></html>`,
    );
    const run = dumpDom(page, { folder, virtualTimeBudget: 20_000, timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '<p id="out">Serious Further Offence Annual Report 2024-2025 | 7 | Deputy Director Public Protection Group</p>',
    );
  }, 180_000);
});
