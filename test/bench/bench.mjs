// npm run bench: the library's speed against bare JSON.parse, on this machine. Not part of the
// test run; the figures go into docs/performance.md.
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { checkActionPlan, findOverdue, fromJson, fromPublishedText, tallyAgreement, toCsv } from 'action-plan-kit';
import { plan, publishedText } from './corpus.mjs';

const PLANS = Number(process.env.BENCH_PLANS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const asOf = '2026-11-26';

const jsonCorpus = (count) => Array.from({ length: count }, (_, n) => JSON.stringify(plan(n), null, 2));
const textCorpus = (count) => Array.from({ length: count }, (_, n) => publishedText(n));

/** The median time of a task over the rounds, after one warm-up round. */
function time(task) {
  task();
  const times = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // Start each round with the garbage of the last one collected (npm run bench passes --expose-gc),
    // so that a round does not pay for its predecessor.
    globalThis.gc?.();
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
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
  `Corpus: ${PLANS} plans of 35 recommendations (${((mb(jsonCorpus(10)) * PLANS) / 10) | 0} MB of JSON); median of ${ROUNDS} rounds.\n`,
);

const results = {};
for (const scale of [1, 4]) {
  const texts = jsonCorpus(PLANS * scale);
  for (const [name, make] of Object.entries(tasks)) results[`${name} ×${scale}`] = time(make(texts));
}
// toCsv writes the plans of the 1× corpus, parsed beforehand: its time is set against JSON.parse
// of the same corpus.
{
  const plans = jsonCorpus(PLANS).map((text) => JSON.parse(text));
  results['toCsv ×1'] = time(() => {
    for (const plan of plans) sink += toCsv(plan).length;
  });
}
const base = results['JSON.parse ×1'];
const rows = Object.keys(tasks).map((name) => {
  const one = results[`${name} ×1`];
  const four = results[`${name} ×4`];
  return [name, fmt(one), `${(one / base).toFixed(2)}×`, fmt(four), `${(four / one).toFixed(2)}×`];
});
rows.push(['toCsv', fmt(results['toCsv ×1']), `${(results['toCsv ×1'] / base).toFixed(2)}×`, '–', '–']);
const header = ['task', '1× corpus', 'ratio to JSON.parse', '4× corpus', 'growth 1×→4×'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));

const texts = textCorpus(Math.max(50, PLANS / 10));
const importMs = time(() => {
  for (const text of texts) {
    const result = fromPublishedText(text);
    if (!result.ok) throw new Error('corpus text not readable');
    sink += result.value.recommendations.length;
  }
});
console.log(
  `\nfromPublishedText: ${texts.length} documents, ${mb(texts).toFixed(1)} MB in ${fmt(importMs)}: ${(mb(texts) / (importMs / 1000)).toFixed(1)} MB/s`,
);

const targets = [
  ['fromJson within 1.5× JSON.parse', results['fromJson ×1'] / base <= 1.5],
  ['full pipeline within 2.5× JSON.parse', results['full pipeline ×1'] / base <= 2.5],
  ['toCsv within 3× JSON.parse', results['toCsv ×1'] / base <= 3],
  [
    'growth linear (4× the plans within 4.4× the time)',
    Object.keys(tasks).every((n) => results[`${n} ×4`] / results[`${n} ×1`] <= 4.4),
  ],
  ['importer at 50 MB/s or more', mb(texts) / (importMs / 1000) >= 50],
];
console.log('');
for (const [target, met] of targets) console.log(`${met ? 'met    ' : 'NOT MET'}  ${target}`);
if (sink === 0) console.log('(nothing was computed)');
