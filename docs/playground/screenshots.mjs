// Takes the pictures of the playground in docs/images (playground-1280.png, playground-400.png):
// the built site served on 127.0.0.1, the bundled real plan opened, at 1280 and 400 px wide.
// Run `npm run docs` first; needs Chromium (Debian's `chromium` package).
//
//   node docs/playground/screenshots.mjs [--site docs/site] [--as-of 2026-04-10] [--out docs/images]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { PAGE } from './build.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: join(root, 'docs/site') },
    out: { type: 'string', default: join(root, 'docs/images') },
    // A fixed day, so that the pictures do not change with the calendar.
    'as-of': { type: 'string', default: '2026-04-10' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
  },
});

const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript' };
const server = createServer((request, response) => {
  let file = join(args.site, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(args.site) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: args.chromium, args: ['--no-sandbox'] });
try {
  for (const [width, height] of [
    [1280, 1500],
    [400, 1500],
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`http://127.0.0.1:${server.address().port}/${PAGE}`);
    await page.waitForSelector('html[data-playground="ready"]');
    await page.fill('#pg-as-of', args['as-of']);
    await page.click('#pg-sample');
    await page.waitForFunction(
      () => /^Read .* as /.test(document.getElementById('pg-status')?.textContent ?? ''),
      undefined,
      {
        timeout: 120_000,
      },
    );
    // From the line that says what was read down: the summary, the downloads, the first findings.
    await page.evaluate(() => {
      const top = document.getElementById('pg-status').getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - 60, behavior: 'instant' });
    });
    const file = join(args.out, `playground-${width}.png`);
    await page.screenshot({ path: file });
    console.log(`Wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
