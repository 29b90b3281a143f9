import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromCsv,
  fromJson,
  fromPublishedText,
  parseActionPlan,
  parseTargetDate,
  toCsv,
  toJson,
  type ParseResult,
} from '../../src/index.js';
import { realPlan, realPlanJson, realPlanText } from '../support/realPlan.js';

/** Every reader, each given a text. */
const readers: [string, (text: string) => ParseResult<unknown>][] = [
  ['fromJson', (text) => fromJson(text)],
  ['fromCsv', (text) => fromCsv(text)],
  ['fromPublishedText', (text) => fromPublishedText(text)],
  ['parseActionPlan', (text) => parseActionPlan(text)],
];

const MB = 1_000_000;
const hostileTexts: [string, string][] = [
  ['NUL bytes', '\u0000'.repeat(1000)],
  ['lone surrogates', '\ud800\udfff\udc00'.repeat(1000)],
  ['a byte order mark alone', '\ufeff'],
  ['mixed line endings', 'a\r\nb\rc\nd\u2028e'],
  ['a megabyte of one character', 'x'.repeat(MB)],
  ['a megabyte of tabs', '\t'.repeat(MB)],
  ['a megabyte of quotes', '"'.repeat(MB)],
  ['a megabyte of opening brackets', '['.repeat(MB)],
  ['a megabyte of tags', '<p>'.repeat(MB / 3)],
  ['a megabyte of ampersands', '&amp'.repeat(MB / 4)],
];

describe('every reader on hostile text', () => {
  for (const [name, read] of readers) {
    it.each(hostileTexts)(`${name} answers %s with issues, never a throw`, (_, text) => {
      const result = read(text);
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
    });
  }

  it.each(hostileTexts)('parseTargetDate reads %s as unknown', (_, text) => {
    expect(parseTargetDate(text)).toMatchObject({ type: 'unknown', raw: text });
  });
});

describe('every reader on the real plan with damaged line endings and marks', () => {
  it('reads the published text and the JSON with CRLF, lone CR and a byte order mark', () => {
    for (const ending of ['\r\n', '\r']) {
      const text = fromPublishedText(`\ufeff${realPlanText().replace(/\n/g, ending)}`);
      expect(text.ok && text.value).toEqual(realPlan());
      const json = fromJson(`\ufeff${realPlanJson().replace(/\n/g, ending)}`);
      expect(json.ok && json.value).toEqual(realPlan());
    }
  });

  it('keeps NUL bytes and lone surrogates inside cells as text, never losing them', () => {
    const text = realPlanText().replace(
      'Devise and implement an approach',
      'Devise\u0000 and \ud800 implement an approach',
    );
    const result = fromPublishedText(text);
    expect(result.ok && result.value.recommendations[0]?.text.startsWith('Devise\u0000 and \ud800 implement')).toBe(
      true,
    );
    const csv = toCsv(result.ok ? result.value : realPlan());
    const back = fromCsv(csv, { title: 'Plan' });
    expect(back.ok && back.value.recommendations[0]?.text.startsWith('Devise\u0000 and \ud800 implement')).toBe(true);
    const json = fromJson(toJson(result.ok ? result.value : realPlan()));
    expect(json.ok && json.value.recommendations[0]?.text.startsWith('Devise\u0000 and \ud800 implement')).toBe(true);
  });

  it('reports every one of many rows it cannot place, each with its line', () => {
    // A heading-like row looks ahead to the next line; tens of thousands of them must each be read once.
    const rows = Array.from({ length: 20_000 }, (_, i) => `Heading ${i}\t`);
    const result = fromPublishedText(['1. Rec No\t2\t3\t4\t5\t6', ...rows].join('\n'));
    const skipped = result.issues.filter((issue) => issue.code === 'import.line_skipped');
    expect(skipped).toHaveLength(20_000);
    expect(skipped[19_999]?.params).toMatchObject({ line: 20_001, text: 'Heading 19999\t' });
  });

  it('reads a cell of 200,000 paragraphs continuing a row, and a list of 200,000 items without markers', () => {
    // Far more blocks or items than a function can take as arguments.
    const head = [
      'ACTION PLAN: Inspection of HMP Example',
      '1. Rec No\t2\t3\t4\t5\t6',
      '1\tDo it.\tAgreed\t<p>Done.</p>\tGovernor\tJune 2027',
    ];
    const paragraphs = fromPublishedText([...head, `\tmore\t\t${'<p>x</p>'.repeat(200_000)}\t\t`].join('\n'));
    expect(paragraphs.ok && paragraphs.value.recommendations[0]?.response).toHaveLength(200_001);
    const unmarked = fromPublishedText([...head, `\t\t\t<ul>${'An item. '.repeat(200_000)}</ul>\t\t`].join('\n'));
    expect(unmarked.ok && unmarked.value.recommendations[0]?.response[1]).toMatchObject({ type: 'list' });
    const list = unmarked.ok ? unmarked.value.recommendations[0]?.response[1] : undefined;
    expect(list?.type === 'list' && list.items).toHaveLength(200_000);
  });

  it('reads a huge cell whole', () => {
    const huge = 'word '.repeat(200_000).trim();
    const result = fromPublishedText(realPlanText().replace('Devise and implement an approach', huge));
    expect(result.ok && result.value.recommendations[0]?.text.length).toBeGreaterThan(huge.length);
  });
});

describe('prototype pollution through every input', () => {
  const polluted = (): boolean =>
    (({}) as Record<string, unknown>).polluted !== undefined ||
    Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted');

  it('cannot come through JSON keys', () => {
    fromJson(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "format": "action-plan/1", "title": "t", "recommendations": [{"__proto__": {"polluted": true}}]}',
    );
    parseActionPlan(JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(polluted()).toBe(false);
  });

  it('cannot come through CSV column names or values', () => {
    const result = fromCsv(
      '__proto__,constructor,ref,recommendation,category,prototype\n"{""polluted"":true}",x,1,t,agreed,y\n',
      { title: 'Plan' },
    );
    expect(result.issues.map((i) => i.code)).toEqual([
      'csv.unknown_column',
      'csv.unknown_column',
      'csv.unknown_column',
    ]);
    expect(result.ok && Object.keys(result.value.recommendations[0] ?? {})).not.toContain('__proto__');
    expect(polluted()).toBe(false);
  });

  it('cannot come through published text labels, refs or tally lines', () => {
    const text = [
      'ACTION PLAN: __proto__',
      '1. Rec No\t2\t3\t4\t5\t6',
      '__proto__\tx\tAgreed\ty\tz\tw',
      '1\t__proto__\tconstructor\tprototype\t__proto__\t__proto__',
      '__proto__\t1',
      'constructor\t2',
      'Total\t1',
    ].join('\n');
    const result = fromPublishedText(text);
    expect(result.ok).toBe(true);
    expect(polluted()).toBe(false);
  });
});

/** One edit of a text: characters or whole lines inserted, deleted or replaced. */
type Mutation =
  | {
      readonly kind: 'insert' | 'replace';
      readonly unit: 'character' | 'line';
      readonly at: number;
      readonly text: string;
    }
  | { readonly kind: 'delete'; readonly unit: 'character' | 'line'; readonly at: number; readonly length: number };

/** Text that means something to one of the readers, beside any text at all. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(
    '\t',
    '\n',
    '\r\n',
    ',',
    '"',
    '{',
    '}',
    '[',
    ']',
    ':',
    '<p>',
    '</p>',
    '<ul>',
    '<li>',
    '</ul>',
    '&amp;',
    '&#0;',
    '--',
    '1',
    '5.01',
    'Agreed',
    'Partly Agreed',
    'Not Agreed',
    'Constructor',
    '__proto__',
    'Total\t7',
    'Agreed\t9',
    'ACTION PLAN: Other',
    'A Response to: Other',
    'Submitted: 1 March 2026',
    'Published: 30 February 2026',
    '"recommendations": []',
    '"actions": [{}]',
    'month 2026-13',
    'status later',
    'day 0999-03-31',
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('insert' as const, 'replace' as const),
    unit: fc.constantFrom('character' as const, 'line' as const),
    at: fc.nat(),
    text: piece,
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    unit: fc.constantFrom('character' as const, 'line' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
);

/** Applies an edit; positions wrap around the text, so every edit lands somewhere in it. */
function mutate(text: string, m: Mutation): string {
  if (m.unit === 'line') {
    const lines = text.split('\n');
    const at = m.at % (lines.length + 1);
    if (m.kind === 'delete') lines.splice(at, Math.min(m.length, 3));
    else lines.splice(at, m.kind === 'insert' ? 0 : 1, m.text);
    return lines.join('\n');
  }
  const at = m.at % (text.length + 1);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  return text.slice(0, at) + m.text + text.slice(m.kind === 'insert' ? at : at + m.text.length);
}

describe('every reader on the bundled plan mutated', () => {
  /** The bundled plan in each format a reader reads, and that reader. */
  const formats: [string, string, (text: string) => ParseResult<unknown>][] = [
    ['canonical JSON', realPlanJson(), (text) => fromJson(text)],
    ['published text', realPlanText(), (text) => fromPublishedText(text)],
    ['CSV', toCsv(realPlan()), (text) => fromCsv(text, { title: 'Plan' })],
  ];

  it.each(formats)(
    'reads the %s with characters and lines inserted, deleted or replaced: never a throw, and a plan only when valid',
    (_, source, read) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
          const text = mutations.reduce(mutate, source);
          const result = read(text);
          if (result.ok) expect(parseActionPlan(result.value).issues).toEqual([]);
          else expect(result.issues.length).toBeGreaterThan(0);
        }),
        { numRuns: 400 },
      );
    },
  );
});
