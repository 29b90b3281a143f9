import { describe, expect, it } from 'vitest';
import {
  checkActionPlan,
  formatIssues,
  fromCsv,
  fromJson,
  fromPublishedText,
  parseTargetDate,
  toCsv,
  toHtml,
  toJson,
  toMarkdown,
  toSarif,
  type Action,
  type ActionPlan,
  type IsoDate,
  type Recommendation,
} from '../../src/index.js';

/**
 * Far more items than a function takes as arguments (V8 takes some 120,000): a writer or reader
 * that spread one of these arrays into a call would throw `RangeError: Maximum call stack size
 * exceeded`.
 */
const N = 200_000;
const many = <T>(make: (i: number) => T): T[] => Array.from({ length: N }, (_, i) => make(i));

const target = parseTargetDate('March 2026');
const action = (i: number): Action => ({ owner: `Owner ${i}`, target });
const recommendation = (ref: string, extra: Partial<Recommendation> = {}): Recommendation => ({
  ref,
  text: `Recommendation ${ref}.`,
  agreement: { category: 'agreed', label: 'Agreed' },
  response: [{ type: 'paragraph', text: 'Done.' }],
  actions: [action(0)],
  ...extra,
});
const plan = (recommendations: Recommendation[]): ActionPlan => ({
  format: 'action-plan/1',
  title: 'Plan',
  recommendations,
});

/** Valid plans, each with one array of 200,000 items. */
const plans: [string, () => ActionPlan][] = [
  ['200,000 actions in one recommendation', () => plan([recommendation('1', { actions: many(action) })])],
  ['200,000 recommendations', () => plan(many((i) => recommendation(String(i + 1))))],
  [
    '200,000 paragraphs in one response',
    () => plan([recommendation('1', { response: many((i) => ({ type: 'paragraph', text: `Part ${i}.` })) })]),
  ],
  [
    '200,000 items in one list',
    () => plan([recommendation('1', { response: [{ type: 'list', items: many((i) => `Item ${i}`) }] })]),
  ],
  [
    '200,000 updates of one action',
    () =>
      plan([
        recommendation('1', {
          actions: [
            {
              ...action(0),
              updates: many(() => ({ on: '2026-01-01' as IsoDate, status: 'in-progress' as const })),
            },
          ],
        }),
      ]),
  ],
];

describe('every writer and reader on arrays of 200,000 items', () => {
  it.each(plans)('writes and reads back %s', (_, make) => {
    const value = make();
    const json = toJson(value);
    // Compared as text: a deep comparison of such plans takes longer than reading them.
    const back = fromJson(json);
    expect(back.ok && toJson(back.value)).toBe(json);
    expect(toMarkdown(value).startsWith('# Plan')).toBe(true);
    expect(toHtml(value, { standalone: true }).endsWith('</html>\n')).toBe(true);
    const csv = fromCsv(toCsv(value), { title: 'Plan' });
    // CSV keeps every field of these plans but progress updates.
    const sizes = (p: ActionPlan) =>
      p.recommendations
        .flatMap((r) => [r.actions.length, ...r.response.map((b) => (b.type === 'list' ? b.items.length : 1))])
        .join();
    expect(csv.ok && sizes(csv.value)).toBe(sizes(value));
  });

  it('writes 200,000 issues as text and as SARIF, located', () => {
    const value = plan([recommendation('1', { actions: many(() => ({ owner: '', target })) })]);
    const issues = checkActionPlan(value);
    expect(issues.filter((i) => i.code === 'action.owner_missing')).toHaveLength(N);
    const read = fromJson(toJson(value));
    const locate = read.locate;
    expect(formatIssues(issues, { plan: value, locate }).split('\n').length).toBeGreaterThan(N);
    expect(JSON.parse(toSarif(issues, { uri: 'plan.json', locate })).runs[0].results).toHaveLength(issues.length);
  });

  it('reads published text with 200,000 recommendations, owners, continuation rows, paragraphs and list items', () => {
    const head = ['ACTION PLAN: Plan', '1. Rec No\t2\t3\t4\t5\t6'];
    const first = '1\tDo it.\tAgreed\t<p>Done.</p>\tGovernor\tJune 2027';
    const texts: [string, string, (p: ActionPlan) => number][] = [
      [
        'recommendations',
        // Refs "1.1" to "200.1000": a ref has at most four digits in a part.
        [
          ...head,
          ...many(
            (i) => `${Math.floor(i / 1000) + 1}.${(i % 1000) + 1}\tDo it.\tAgreed\t<p>Done.</p>\tGovernor\tJune 2027`,
          ),
        ].join('\n'),
        (p) => p.recommendations.length,
      ],
      [
        'owners and dates in one cell',
        [...head, `1\tDo it.\tAgreed\tDone.\t${'<p>Owner</p>'.repeat(N)}\t${'<p>June 2027</p>'.repeat(N)}`].join('\n'),
        (p) => p.recommendations[0]?.actions.length ?? 0,
      ],
      [
        'continuation rows of owners',
        [...head, first, ...many((i) => `\t\t\t\tOwner ${i}\tJuly 2027`)].join('\n'),
        (p) => (p.recommendations[0]?.actions.length ?? 0) - 1,
      ],
      [
        'continuation rows of list items',
        [...head, first, ...many((i) => `\t\t\t<ul><li>Item ${i}</li></ul>\t\t`)].join('\n'),
        (p) => {
          const list = p.recommendations[0]?.response[1];
          return list?.type === 'list' ? list.items.length : 0;
        },
      ],
      [
        'list items in one cell',
        [...head, `1\tDo it.\tAgreed\t<ul>${'<li>Item</li>'.repeat(N)}</ul>\tGovernor\tJune 2027`].join('\n'),
        (p) => {
          const list = p.recommendations[0]?.response[0];
          return list?.type === 'list' ? list.items.length : 0;
        },
      ],
      [
        'sentences of a list without markers',
        [...head, `1\tDo it.\tAgreed\t<ul>${'An item. '.repeat(N)}</ul>\tGovernor\tJune 2027`].join('\n'),
        (p) => {
          const list = p.recommendations[0]?.response[0];
          return list?.type === 'list' ? list.items.length : 0;
        },
      ],
      [
        'paragraphs in one continuation row',
        [...head, first, `\t\t\t${'<p>Part.</p>'.repeat(N)}\t\t`].join('\n'),
        (p) => (p.recommendations[0]?.response.length ?? 0) - 1,
      ],
    ];
    for (const [name, text, count] of texts) {
      const result = fromPublishedText(text);
      expect(result.ok && count(result.value), name).toBe(N);
    }
  });
});
