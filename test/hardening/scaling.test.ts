import { describe, expect, it } from 'vitest';
import { fromCsv, fromJson, fromPublishedText, toCsv, toJson } from '../../src/index.js';
import { copiesFor, growth, repeatedPlan, repeatedText } from '../support/scaling.js';

/**
 * The readers cost linear time whatever the shape of their input. Each test reads an input and
 * one four times larger, in the same run, and asserts how much longer the larger takes: about 4
 * for linear cost, 16 for quadratic. The bound of 10 leaves room for a busy two-core machine and
 * for the garbage a larger input makes (reading a list of 40,000 items made 4.9 times as long as
 * of 10,000 on a quiet run, and up to 8.7 times while other work ran); a duration is never
 * asserted.
 */
const LINEAR = 10;

const HEAD = [
  'ACTION PLAN: Plan',
  '1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response\t5. Owner\t6. Target Date',
];
const FIRST = '1\tCarry out\tAgreed\t<p>We will</p><ul><li>First step</li></ul>\tGovernor\tJune 2027';
const rows = (n: number, row: (i: number) => string): string =>
  [...HEAD, FIRST, ...Array.from({ length: n }, (_, i) => row(i))].join('\n');

/**
 * Published texts of n rows or n parts, in the shapes that once cost time for each row that came
 * before. A single cell is measured below a megabyte: from one to a few megabytes the engine's
 * regular expressions slow down per character as the text outgrows the processor's caches (a
 * plain \`replace\` took 30 times as long on 5.2 MB as on 1.3 MB here), which would hide the
 * difference between linear and quadratic cost.
 */
const shapes: [string, (n: number) => string, number?][] = [
  ['continuation rows extending one list', (n) => rows(n, (i) => `\t\t\t<ul><li>Step ${i}</li></ul>\t\t`)],
  [
    'continuation rows extending one paragraph',
    (n) => rows(n, (i) => `\t\t\t<p>the ${i}th part of a sentence cut by a page break</p>\t\t`),
  ],
  ['continuation rows extending the recommendation', (n) => rows(n, (i) => `\tthe ${i}th part of the text\t\t\t\t`)],
  [
    'rows of text alone after a page break',
    (n) => ['', ...rows(n, (i) => `\tthe ${i}th part of the text\t\t\t\t`).split('\n')].join('\n'),
  ],
  ['continuation rows of owners and target dates', (n) => rows(n, (i) => `\t\t\t\tOwner ${i}\tJuly 2027`)],
  [
    'one owner cell and one target cell',
    (n) =>
      rows(0, () => '').replace('Governor\tJune 2027', `${'<p>Owner</p>'.repeat(n)}\t${'<p>June 2027</p>'.repeat(n)}`),
  ],
  [
    'many recommendations',
    (n) =>
      [
        ...HEAD,
        ...Array.from(
          { length: n },
          (_, i) => `${Math.floor(i / 1000) + 1}.${(i % 1000) + 1}\tDo it.\tAgreed\t<p>Done.</p>\tGovernor\tJune 2027`,
        ),
      ].join('\n'),
  ],
  [
    'one huge cell of paragraphs',
    (n) => rows(0, () => '').replace('<p>We will</p>', '<p>A sentence. </p>'.repeat(n)),
    10_000,
  ],
  [
    'one huge list without markers',
    (n) => rows(0, () => '').replace('<p>We will</p>', `<ul>${'An item. '.repeat(n)}</ul>`),
    10_000,
  ],
  ['one huge paragraph', (n) => rows(0, () => '').replace('We will', 'and some more words &amp; '.repeat(n)), 10_000],
];

describe('fromPublishedText costs what each row adds, however the text is split into rows', () => {
  it.each(shapes)('reads %s in linear time: 4 times as many, compared with 5,000 or more', (_, make, n = 5_000) => {
    const ratio = growth((text) => fromPublishedText(text), make(n), make(4 * n), n > 5_000 ? 7 : 3);
    expect(ratio).toBeLessThan(LINEAR);
  });
});

const MB = 1_000_000;
/** Plans of about 1 MB and 4 MB in each format, built from the bundled plan. */
const sized = (format: 'json' | 'csv' | 'text', bytes: number): string => {
  const write = {
    json: (copies: number) => toJson(repeatedPlan(copies)),
    csv: (copies: number) => toCsv(repeatedPlan(copies)),
    text: (copies: number) => repeatedText(copies),
  }[format];
  return write(copiesFor(bytes, (copies) => write(copies).length));
};
/**
 * Each reader, and the engine's own work over the same text that its cost is measured against:
 * from one megabyte up, the engine reads a text that no longer fits the processor's caches more
 * slowly per character (`JSON.parse` of 4 MB took up to 10 times as long as of 1 MB here), and a
 * reader cannot be faster than that.
 */
const readers: [string, 'json' | 'csv' | 'text', (text: string) => { ok: boolean }, (text: string) => unknown][] = [
  ['fromJson', 'json', (text) => fromJson(text), (text) => JSON.parse(text)],
  [
    'fromCsv',
    'csv',
    (text) => fromCsv(text, { title: 'Plan' }),
    (text) => text.split('\r\n').map((line) => line.split(',')),
  ],
  [
    'fromPublishedText',
    'text',
    (text) => fromPublishedText(text),
    (text) => text.split('\n').map((line) => line.split('\t')),
  ],
];

/**
 * How much faster a reader's time grows than the input, or than the engine's work over it where
 * that grows faster: about 1 for a reader of linear cost, and the factor of sizes (4, 10) for one of
 * quadratic cost.
 */
function excessGrowth(
  read: (text: string) => unknown,
  engine: (text: string) => unknown,
  small: string,
  large: string,
  rounds: number,
): number {
  const factor = large.length / small.length;
  // A busy machine can slow one measurement: measured again (up to three times) while it looks
  // superlinear, and the best kept. A reader that truly grows faster than its input fails every time.
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= 2; attempt += 1) {
    best = Math.min(best, growth(read, small, large, rounds) / Math.max(factor, growth(engine, small, large, rounds)));
  }
  return best;
}

describe('every reader on large documents', () => {
  it.each(readers)('%s reads 4 MB in linear time, compared with 1 MB', (_, format, read, engine) => {
    const small = sized(format, MB);
    const large = sized(format, 4 * MB);
    expect(small.length).toBeGreaterThan(0.9 * MB);
    expect(read(large).ok).toBe(true);
    expect(excessGrowth(read, engine, small, large, 3)).toBeLessThan(2.5);
  });

  it.each(readers)('%s reads 10 MB in linear time, compared with 1 MB', (_, format, read, engine) => {
    const small = sized(format, MB);
    const large = sized(format, 10 * MB);
    expect(large.length).toBeGreaterThan(9 * MB);
    expect(read(large).ok).toBe(true);
    expect(excessGrowth(read, engine, small, large, 2)).toBeLessThan(2.5);
  });
});
