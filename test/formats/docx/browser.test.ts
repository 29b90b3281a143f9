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

describe.runIf(available || mustRun)('the Word and OpenDocument readers in a real browser (headless Chromium)', () => {
  it('read the bundled plan from a .docx and an .odt file, bundled for the browser', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'action-plan-office-'));
    const base64 = (kind: 'docx' | 'odt'): string => Buffer.from(documentBytes('sfo', kind)).toString('base64');
    const entry = join(folder, 'entry.js');
    writeFileSync(
      entry,
      [
        `import { fromDocx } from ${JSON.stringify(join(root, 'src/docx.ts'))};`,
        `import { fromOdt } from ${JSON.stringify(join(root, 'src/odt.ts'))};`,
        'const bytes = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));',
        `const docx = fromDocx(bytes(${JSON.stringify(base64('docx'))}));`,
        `const odt = fromOdt(bytes(${JSON.stringify(base64('odt'))}).buffer);`,
        'const say = (r) => (r.ok ? `${r.value.title} | ${r.value.recommendations.length}` : r.issues.map((i) => i.message).join("; "));',
        'document.getElementById("docx").textContent = say(docx);',
        'document.getElementById("odt").textContent = say(odt);',
      ].join('\n'),
    );
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
    });
    const page = join(folder, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html><body><p id="docx"></p><p id="odt"></p><script>${bundle.outputFiles[0]?.text ?? ''}</script></body></html>`,
    );
    const run = dumpDom(page, { folder, virtualTimeBudget: 3000, timeout: 60_000 });
    expect(run.status).toBe(0);
    const title = 'Serious Further Offence Annual Report 2024-2025 | 7';
    expect(run.stdout).toContain(`<p id="docx">${title}</p>`);
    expect(run.stdout).toContain(`<p id="odt">${title}</p>`);
  }, 120_000);
});
