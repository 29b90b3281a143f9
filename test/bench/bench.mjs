// npm run bench: the library's speed against bare JSON.parse, on this machine. Not part of the
// test run; the figures go into docs/performance.md.
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  checkActionPlan,
  findOverdue,
  fromJson,
  fromPublishedText,
  tallyAgreement,
  toCsv,
  toHtml,
} from 'action-plan-kit';
import { fromHtml } from 'action-plan-kit/html';
import { fromDocx } from 'action-plan-kit/docx';
import { fromOdt } from 'action-plan-kit/odt';
import { fromPdf } from 'action-plan-kit/pdf';
import { readFileSync } from 'node:fs';
import { plan, publishedText } from './corpus.mjs';
import { docxOf, odtOf } from './officeDocuments.mjs';

const PLANS = Number(process.env.BENCH_PLANS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const asOf = '2026-11-26';

const jsonCorpus = (count) => Array.from({ length: count }, (_, n) => JSON.stringify(plan(n), null, 2));
const textCorpus = (count) => Array.from({ length: count }, (_, n) => publishedText(n));

/**
 * Times tasks in interleaved rounds, after one warm-up round: each round runs every task once, so
 * that a task and bare JSON.parse are timed close together, and a busy machine slows both alike.
 * Returns each task's median time and the median of its per-round ratio to the first task.
 */
function timeTogether(tasks) {
  for (const task of Object.values(tasks)) task();
  const times = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, task] of Object.entries(tasks)) {
      // Start each run with the garbage of the last one collected (npm run bench passes --expose-gc),
      // so that a run does not pay for its predecessor.
      globalThis.gc?.();
      const start = performance.now();
      task();
      times[name].push(performance.now() - start);
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const [base] = Object.keys(tasks);
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => [
      name,
      { ms: median(list), ratio: median(list.map((ms, round) => ms / times[base][round])) },
    ]),
  );
}

/** The median time of a task over the rounds, after one warm-up round. */
function time(task) {
  return timeTogether({ task }).task.ms;
}

let sink = 0;
const tasks = {
  'JSON.parse': (texts) => () => {
    for (const text of texts) sink += JSON.parse(text).recommendations.length;
  },
  fromJson: (texts) => () => {
    for (const text of texts) {
      const result = fromJson(text);
      if (!result.ok) throw new Error('corpus plan not valid');
      sink += result.value.recommendations.length;
    }
  },
  'full pipeline': (texts) => () => {
    for (const text of texts) {
      const result = fromJson(text);
      if (!result.ok) throw new Error('corpus plan not valid');
      sink +=
        checkActionPlan(result.value, { asOf }).length +
        tallyAgreement(result.value).total +
        findOverdue(result.value, { asOf }).length;
    }
  },
};

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const mb = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(
  `Corpus: ${PLANS} plans of 35 recommendations (${((mb(jsonCorpus(10)) * PLANS) / 10) | 0} MB of JSON); median of ${ROUNDS} interleaved rounds.\n`,
);

const results = {};
for (const scale of [1, 4]) {
  const texts = jsonCorpus(PLANS * scale);
  const timed = timeTogether(Object.fromEntries(Object.entries(tasks).map(([name, make]) => [name, make(texts)])));
  for (const [name, result] of Object.entries(timed)) results[`${name} ×${scale}`] = result;
}
// toCsv writes the plans of the 1× corpus, parsed beforehand, timed in the same rounds as
// JSON.parse of the same corpus.
{
  const texts = jsonCorpus(PLANS);
  const plans = texts.map((text) => JSON.parse(text));
  const timed = timeTogether({
    'JSON.parse': tasks['JSON.parse'](texts),
    toCsv: () => {
      for (const parsed of plans) sink += toCsv(parsed).length;
    },
  });
  results['toCsv ×1'] = timed.toCsv;
}
const rows = Object.keys(tasks).map((name) => {
  const one = results[`${name} ×1`];
  const four = results[`${name} ×4`];
  return [name, fmt(one.ms), `${one.ratio.toFixed(2)}×`, fmt(four.ms), `${(four.ms / one.ms).toFixed(2)}×`];
});
rows.push(['toCsv', fmt(results['toCsv ×1'].ms), `${results['toCsv ×1'].ratio.toFixed(2)}×`, '–', '–']);
const header = ['task', '1× corpus', 'ratio to JSON.parse', '4× corpus', 'growth 1×→4×'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));

// The importer, timed in the same rounds as JSON.parse of the same plans as JSON: its MB/s is the
// target, and the ratio says how it compares on a machine whose speed moves between runs.
const texts = textCorpus(Math.max(50, PLANS / 10));
const sameAsJson = jsonCorpus(texts.length);
const imported = timeTogether({
  'JSON.parse': tasks['JSON.parse'](sameAsJson),
  fromPublishedText: () => {
    for (const text of texts) {
      const result = fromPublishedText(text);
      if (!result.ok) throw new Error('corpus text not readable');
      sink += result.value.recommendations.length;
    }
  },
});
const importMs = imported.fromPublishedText.ms;
const parseMBps = mb(sameAsJson) / (imported['JSON.parse'].ms / 1000);
console.log(
  `\nfromPublishedText: ${texts.length} documents, ${mb(texts).toFixed(1)} MB in ${fmt(importMs)}: ${(mb(texts) / (importMs / 1000)).toFixed(1)} MB/s` +
    ` (${imported.fromPublishedText.ratio.toFixed(2)}× JSON.parse of the same plans as JSON, ${mb(sameAsJson).toFixed(1)} MB, which ran at ${parseMBps.toFixed(0)} MB/s)`,
);

// HTML: pages written by toHtml, each recommendation a row per action (about 2 rows each).
const pages = Array.from({ length: Math.max(20, PLANS / 20) }, (_, n) => toHtml(plan(n), { standalone: true }));
const htmlRows = pages.reduce((n, page) => n + page.split('<tr').length - 1, 0);
const htmlMs = time(() => {
  for (const page of pages) {
    const result = fromHtml(page);
    if (!result.ok) throw new Error('corpus page not readable');
    sink += result.value.recommendations.length;
  }
});
const htmlRowsPerSecond = htmlRows / (htmlMs / 1000);
console.log(
  `fromHtml: ${pages.length} pages, ${htmlRows} table rows, ${mb(pages).toFixed(1)} MB in ${fmt(htmlMs)}: ${Math.round(htmlRowsPerSecond)} rows/s, ${(mb(pages) / (htmlMs / 1000)).toFixed(1)} MB/s`,
);
// Word and OpenDocument: one large document each, the corpus plans' recommendations as its rows.
const office = {};
{
  const plans = Array.from({ length: Math.max(20, Math.round(PLANS * 0.6)) }, (_, n) => plan(n));
  for (const [name, make, read] of [
    ['fromDocx', docxOf, fromDocx],
    ['fromOdt', odtOf, fromOdt],
  ]) {
    const { bytes, rows } = make(plans);
    const ms = time(() => {
      const result = read(bytes);
      if (!result.ok) throw new Error(`${name}: the benchmark document is not readable`);
      sink += result.value.recommendations.length;
    });
    office[name] = rows / (ms / 1000);
    console.log(
      `${name}: ${rows} table rows, ${(bytes.length / 1e6).toFixed(1)} MB zipped, in ${fmt(ms)}: ${Math.round(office[name])} rows/s`,
    );
  }
}

// PDF: the bundled plan's PDF as LibreOffice exports it, read whole (pdf.js included) again and
// again; pages a second.
let pdfPagesPerSecond = 0;
{
  const bytes = new Uint8Array(readFileSync(new URL('../fixtures/documents/sfo.pdf', import.meta.url)));
  const first = await fromPdf(bytes);
  if (!first.ok) throw new Error("fromPdf: the bundled plan's PDF is not readable");
  const pages = 4;
  const times = [];
  for (let round = 0; round < Math.max(5, ROUNDS * 2); round += 1) {
    const start = performance.now();
    const result = await fromPdf(bytes);
    times.push(performance.now() - start);
    sink += result.ok ? result.value.recommendations.length : 0;
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  pdfPagesPerSecond = pages / (ms / 1000);
  console.log(
    `fromPdf: the bundled plan's PDF (${pages} pages, LibreOffice) in ${fmt(ms)}: ${Math.round(pdfPagesPerSecond)} pages/s`,
  );
}

const targets = [
  ['fromJson within 1.3× JSON.parse', results['fromJson ×1'].ratio <= 1.3],
  ['full pipeline within 2.0× JSON.parse', results['full pipeline ×1'].ratio <= 2.0],
  ['toCsv within 3× JSON.parse', results['toCsv ×1'].ratio <= 3],
  [
    'growth linear (4× the plans within 4.4× the time)',
    Object.keys(tasks).every((n) => results[`${n} ×4`].ms / results[`${n} ×1`].ms <= 4.4),
  ],
  ['importer at 50 MB/s or more', mb(texts) / (importMs / 1000) >= 50],
  ['fromHtml at 20,000 table rows a second or more', htmlRowsPerSecond >= 20_000],
  ['fromDocx at 20,000 table rows a second or more', office.fromDocx >= 20_000],
  ['fromOdt at 20,000 table rows a second or more', office.fromOdt >= 20_000],
  ['fromPdf at 20 pages a second or more (pdf.js included)', pdfPagesPerSecond >= 20],
];
console.log('');
for (const [target, met] of targets) console.log(`${met ? 'met    ' : 'NOT MET'}  ${target}`);
if (sink === 0) console.log('(nothing was computed)');
