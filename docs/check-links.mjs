// Checks the built docs site for broken links: every relative href and src must name a file of
// the site, and every #fragment an id on the page it points to. Links to the published site itself
// (the package's homepage, as the README writes them so that they work on the registry's page)
// are checked against the built site the same way. Run by `npm run docs`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL('./site/', import.meta.url));
const { homepage } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const ids = new Map();
const idsOf = (file) => {
  if (!ids.has(file)) {
    const html = readFileSync(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1])));
  }
  return ids.get(file);
};

const broken = [];
for (const page of pages) {
  const file = join(site, page);
  const html = readFileSync(file, 'utf8');
  for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const published = value.startsWith(homepage);
    if (!published && (/^(?:[a-z]+:|\/\/)/i.test(value) || value === '' || value === '#')) continue;
    const [path, fragment] = (published ? value.slice(homepage.length) : value).split('#');
    const target = published
      ? join(site, decodeURI(path) || 'index.html')
      : path === ''
        ? file
        : resolve(dirname(file), decodeURI(path));
    if (!existsSync(target)) broken.push(`${page}: ${attr}="${value}" (no file ${relative(site, target)})`);
    else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
      broken.push(`${page}: ${attr}="${value}" (no #${fragment} in ${relative(site, target)})`);
    }
  }
}
if (broken.length > 0) {
  console.error(`${broken.length} broken links in the docs site:\n${broken.slice(0, 50).join('\n')}`);
  process.exit(1);
}
console.log(`Docs site: ${pages.length} pages, no broken links.`);
