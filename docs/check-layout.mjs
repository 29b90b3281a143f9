// Opens every page of the built docs site in headless Chromium at several window widths and fails
// if a page scrolls sideways, or if something in the content column runs out of it (a table or a
// code block must scroll inside its own box instead). With --screenshots it also saves pictures of
// a few pages into docs/images.
//
//   node docs/check-layout.mjs                  check every page at 1280, 800 and 400 px
//   node docs/check-layout.mjs --json           the same, as one JSON document
//   node docs/check-layout.mjs --screenshots    also rewrite the screenshots in docs/images
//
// It needs Chromium (Debian's `chromium` package) and drives it through the DevTools protocol on a
// pipe, so no other dependency is needed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: fileURLToPath(new URL('./site/', import.meta.url)) },
    widths: { type: 'string', default: '1280,800,400' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
    json: { type: 'boolean', default: false },
    screenshots: { type: 'boolean', default: false },
    page: { type: 'string', multiple: true },
    out: { type: 'string' },
    tabs: { type: 'string', default: '2' },
  },
});

/** The pages pictured in docs/images, each at 1280 and 400 px: the home page, a guide, an API page. */
const SCREENSHOTS = [
  ['index.html', 'site-home'],
  ['documents/Getting_started.html', 'site-guide'],
  ['functions/checkActionPlan.html', 'site-api'],
];
const SCREENSHOT_WIDTHS = [1280, 400];
const HEIGHT = 900;

const widths = args.widths.split(',').map(Number);
const pages = readdirSync(args.site, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.split('\\').join('/'))
  .filter((file) => !args.page || args.page.includes(file))
  .sort();
if (pages.length === 0) {
  console.error(`No pages in ${args.site}: run \`npm run docs\` first.`);
  process.exit(1);
}

/** Starts Chromium and returns a function that sends one DevTools command and waits for its answer. */
function startBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'docs-layout-'));
  const browser = spawn(
    args.chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--allow-file-access-from-files',
      // Tabs are checked side by side: none may be throttled for being in the background.
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  browser.stderr.on('data', (chunk) => (stderr += chunk));
  const waiting = new Map();
  const listeners = new Set();
  let nextId = 1;
  let buffer = '';
  browser.stdio[4].on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const { resolve, reject, method } = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });
  const exited = new Promise((resolve) => browser.on('exit', resolve));
  exited.then((code) => {
    for (const { reject } of waiting.values()) reject(new Error(`Chromium exited (${code}): ${stderr.slice(-2000)}`));
  });
  browser.on('error', (error) => {
    console.error(`Cannot start ${args.chromium}: ${error.message}`);
    process.exit(1);
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject, method });
      browser.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + '\0');
    });
  const once = (method, sessionId) =>
    new Promise((resolve) => {
      const listener = (message) => {
        if (message.method === method && message.sessionId === sessionId) {
          listeners.delete(listener);
          resolve(message.params);
        }
      };
      listeners.add(listener);
    });
  const close = async () => {
    await send('Browser.close').catch(() => undefined);
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  return { send, once, close };
}

/**
 * Runs in the page: waits until TypeDoc's script has shown the page and filled the navigation,
 * then measures it.
 */
const MEASURE = String.raw`new Promise((resolve) => {
  const started = performance.now();
  const ready = () =>
    getComputedStyle(document.body).display !== 'none' &&
    (!document.getElementById('tsd-nav-container') ||
      document.getElementById('tsd-nav-container').children.length > 0);
  const describe = (element) =>
    element.tagName.toLowerCase() +
    (element.id ? '#' + element.id : '') +
    (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : '') +
    ' "' + (element.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40) + '"';
  // Reading sizes lays the page out again at the window's current width.
  const measure = () => {
    const root = document.documentElement;
    const column = document.querySelector('.col-content');
    const outside = [];
    if (column) {
      const edge = column.getBoundingClientRect().right + 0.5;
      // An element may be wider than the column only inside a box that scrolls or clips it.
      const walk = (element) => {
        for (const child of element.children) {
          const style = getComputedStyle(child);
          if (style.display === 'none') continue;
          // The edge of the content box: a heading's padding may reach into the column's margin.
          const right =
            child.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
          if (right > edge) {
            outside.push(describe(child) + ' (' + Math.ceil(right - edge) + ' px too wide)');
            continue;
          }
          if (style.overflowX === 'visible') walk(child);
        }
      };
      walk(column);
    }
    resolve({
      title: document.title,
      ready: ready(),
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      outside: outside.slice(0, 5),
    });
  };
  const poll = () => (ready() || performance.now() - started > 20000 ? measure() : setTimeout(poll, 25));
  poll();
})`;

const browser = startBrowser();
const results = [];
try {
  /** Checks the given pages in one tab of its own. */
  const lane = async (queue) => {
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank', newWindow: true });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    const send = (method, params) => browser.send(method, params, sessionId);
    await send('Page.enable');
    const measure = async (page, width) => {
      const { result, exceptionDetails } = await send('Runtime.evaluate', {
        expression: MEASURE,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`${page}: ${exceptionDetails.text}`);
      results.push({ page, width, ...result.value });
      const shot = SCREENSHOTS.find(([file]) => file === page);
      if (args.screenshots && shot && SCREENSHOT_WIDTHS.includes(width)) {
        const { data } = await send('Page.captureScreenshot', { format: 'png' });
        const file = fileURLToPath(new URL(`./images/${shot[1]}-${width}.png`, import.meta.url));
        writeFileSync(file, Buffer.from(data, 'base64'));
      }
      if (args.out) {
        const { data } = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
        writeFileSync(join(args.out, `${page.replace(/\W+/g, '-')}-${width}.png`), Buffer.from(data, 'base64'));
      }
    };
    // Each page is loaded once, at the first width, then the window is resized: the page lays
    // itself out again as it would in a window of each width.
    for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
      for (const [i, width] of widths.entries()) {
        await send('Emulation.setDeviceMetricsOverride', {
          width,
          height: HEIGHT,
          deviceScaleFactor: 1,
          mobile: false,
        });
        if (i === 0) {
          // A picture shows the page as a first visit does: no folder of the sidebar left open.
          if (args.screenshots) await send('Runtime.evaluate', { expression: 'try { localStorage.clear() } catch {}' });
          const loaded = browser.once('Page.loadEventFired', sessionId);
          await send('Page.navigate', { url: pathToFileURL(join(args.site, page)).href });
          await Promise.race([
            loaded,
            new Promise((_, reject) =>
              setTimeout(() => reject(new Error(`${page} did not load in 60 s`)), 60_000).unref(),
            ),
          ]);
        }
        await measure(page, width);
      }
    }
  };
  const queue = [...pages];
  // Pictures are taken one tab at a time: another tab could open a folder of the sidebar meanwhile.
  const tabs = args.screenshots ? 1 : Number(args.tabs);
  await Promise.all(Array.from({ length: tabs }, () => lane(queue)));
} finally {
  await browser.close();
}

results.sort((a, b) => a.page.localeCompare(b.page) || b.width - a.width);
const problems = results.flatMap((r) => [
  ...(r.ready ? [] : [`${r.page} at ${r.width} px: the page never showed (TypeDoc's script did not run)`]),
  ...(r.title.trim() === '' ? [`${r.page}: no title`] : []),
  ...(r.scrollWidth > r.clientWidth
    ? [`${r.page} at ${r.width} px: scrolls sideways (${r.scrollWidth} px wide in a ${r.clientWidth} px window)`]
    : []),
  ...r.outside.map((element) => `${r.page} at ${r.width} px: ${element} runs out of the content column`),
]);

if (args.json) {
  console.log(JSON.stringify({ pages: pages.length, widths, problems, results }));
} else if (problems.length > 0) {
  console.error(`${problems.length} layout problems in the docs site:\n${problems.slice(0, 50).join('\n')}`);
} else {
  console.log(`Docs site: ${pages.length} pages at ${widths.join(', ')} px, none scrolls sideways.`);
}
process.exitCode = problems.length > 0 ? 1 : 0;
