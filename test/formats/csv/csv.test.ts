import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkActionPlan, fromCsv, parseTargetDate, toCsv, type ActionPlan, type Block } from '../../../src/index.js';
import { readRecords } from '../../../src/formats/csv/_internal/rfc4180.js';
import { actionPlan } from '../../support/arbitraries.js';
import { HOSTILE, hostilePlan } from '../../support/hostile.js';
import { realPlan } from '../../support/realPlan.js';

/** What a plan keeps through CSV: the documented round-trip fields. */
function csvView(plan: ActionPlan): ActionPlan {
  const present = <T extends object>(value: T): T =>
    Object.fromEntries(
      Object.entries(value).filter(
        ([key, v]) => !(['description', 'section', 'addressee', 'label'].includes(key) && v === ''),
      ),
    ) as T;
  return {
    format: 'action-plan/1',
    title: plan.title,
    recommendations: plan.recommendations.map(({ assessments: _a, reasons, ...r }) => ({
      ...present(r),
      ...(reasons === undefined || reasons.length === 0 ? {} : { reasons }),
      agreement: present(r.agreement),
      actions: r.actions.map(({ updates: _u, ...a }) => present(a)),
    })),
  };
}

/**
 * Plans inside the documented domain: no line breaks in response texts, no paragraph starting "- ",
 * no empty blocks (a paragraph of white space alone is in it).
 */
const csvPlan = actionPlan.map((plan) => ({
  ...plan,
  recommendations: plan.recommendations.map((r) => ({
    ...r,
    response: r.response
      .map((b): Block =>
        b.type === 'paragraph'
          ? { type: 'paragraph', text: b.text.replace(/[\r\n]/g, ' ').replace(/^- /, '-') }
          : { type: 'list', items: b.items.map((i) => i.replace(/[\r\n]/g, ' ')) },
      )
      .filter((b) => (b.type === 'paragraph' ? b.text !== '' : b.items.length > 0)),
  })),
}));

describe('toCsv', () => {
  it('writes the bundled plan as reviewed (golden file)', async () => {
    await expect(toCsv(realPlan())).toMatchFileSnapshot('../../golden/sfo-annual-report-2024-25.csv');
  });

  it('writes one row per action and a row for a recommendation without actions', () => {
    const plan = {
      ...realPlan(),
      recommendations: [
        ...realPlan().recommendations,
        { ref: '8', text: 'T', agreement: { category: 'not-agreed' as const }, response: [], actions: [] },
      ],
    };
    const lines = toCsv(plan).trimEnd().split('\r\n');
    expect(lines.length).toBe(1 + 12 + 1); // the header, the 12 actions, the row of recommendation 8
    expect(lines.at(-1)).toBe('8,,,,T,not-agreed,,,,,,,,,');
  });

  it('never starts a cell with a formula character, and quotes what it must', () => {
    const csv = toCsv(hostilePlan());
    const parsed = readRecords(csv);
    if ('error' in parsed) throw new Error(parsed.error.detail);
    const [header, ...rows] = parsed.records;
    expect(header?.fields.length).toBe(15);
    for (const row of rows) {
      expect(row.fields).toHaveLength(15);
      for (const field of row.fields) {
        expect(field).not.toMatch(
          /^[\s\u0000\u200b-\u200d\u2060]*[=+\-@\t\r\u0000\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66]/,
        );
      }
    }
  });

  it.each<[string, string, boolean]>([
    ['a leading space', ' =1+1', true],
    ['a no-break space', '\u00a0=1+1', true],
    ['an ideographic space (U+3000)', '\u3000=1+1', true],
    ['a line feed', '\n=1+1', true],
    ['a NUL', '\u0000=1+1', true],
    ['a NUL alone', '\u0000x', true],
    ['a byte order mark', '\ufeff=1+1', true],
    ['a zero-width space', '\u200b=1+1', true],
    ['several of them', ' \u200b\n\u00a0+1', true],
    ['a full-width equals sign', '\uff1dSUM(A1)', true],
    ['a full-width plus sign', '\uff0b1', true],
    ['a full-width hyphen-minus', '\uff0d1', true],
    ['a full-width commercial at', '\uff20SUM(A1)', true],
    ['a small equals sign (U+FE66)', '\ufe66SUM(A1)', true],
    ['a small plus and hyphen-minus', '\ufe62\ufe631', true],
    ['an apostrophe already', "' =1", true],
    ['a minus sign (U+2212), which starts no formula', '\u22121', false],
    ['white space before text', '  Head of Safety', false],
    ['a line feed before text', '\nHead', false],
  ])('neutralises a cell that starts a formula after %s, and reads it back', (_, text, neutralised) => {
    const plan: ActionPlan = {
      format: 'action-plan/1',
      title: 'Plan',
      recommendations: [
        {
          ref: '1',
          text,
          agreement: { category: 'agreed' },
          response: [],
          actions: [{ owner: text, target: parseTargetDate('March 2026') }],
        },
      ],
    };
    const parsed = readRecords(toCsv(plan));
    if ('error' in parsed) throw new Error(parsed.error.detail);
    const row = parsed.records[1]?.fields ?? [];
    expect(row[4]).toBe(neutralised ? `'${text}` : text);
    expect(row[10]).toBe(neutralised ? `'${text}` : text);
    const back = fromCsv(toCsv(plan), { title: 'Plan' });
    expect(back.ok && [back.value.recommendations[0]?.text, back.value.recommendations[0]?.actions[0]?.owner]).toEqual([
      text,
      text,
    ]);
  });

  it('neutralises every formula sign after any run of characters a spreadsheet skips, and reads it back', () => {
    const skipped = fc.constantFrom(' ', '\n', '\u00a0', '\u3000', '\u2007', '\ufeff', '\u200b', '\u2060');
    const sign = fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\u0000',
      '\uff1d',
      '\uff0b',
      '\uff0d',
      '\uff20',
      '\ufe66',
    );
    fc.assert(
      fc.property(
        fc.nat(2),
        fc.array(skipped, { maxLength: 4 }),
        sign,
        fc.string({ maxLength: 8 }),
        (quotes, before, s, after) => {
          const text = `${"'".repeat(quotes)}${before.join('')}${s}${after}`;
          const plan: ActionPlan = {
            format: 'action-plan/1',
            title: 'Plan',
            recommendations: [{ ref: '1', text, agreement: { category: 'agreed' }, response: [], actions: [] }],
          };
          const parsed = readRecords(toCsv(plan));
          if ('error' in parsed) throw new Error(parsed.error.detail);
          expect(parsed.records[1]?.fields[4]?.startsWith("'")).toBe(true);
          const back = fromCsv(toCsv(plan), { title: 'Plan' });
          expect(back.ok && back.value.recommendations[0]?.text).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('starts with a byte order mark when asked', () => {
    expect(toCsv(realPlan(), { bom: true }).startsWith('\ufeffref,')).toBe(true);
    expect(toCsv(realPlan()).startsWith('ref,')).toBe(true);
  });
});

describe('fromCsv', () => {
  it('reads back the bundled plan: every documented field', () => {
    const plan = realPlan();
    expect(fromCsv(toCsv(plan), { title: plan.title })).toEqual({
      ok: true,
      value: csvView(plan),
      issues: [],
      locate: expect.any(Function),
    });
  });

  it('reads back every plan in the documented domain', () => {
    fc.assert(
      fc.property(csvPlan, (plan) => {
        // A recommendation that states no category reads back as it was, with a note saying so.
        const notes = plan.recommendations
          .filter((r) => r.agreement.category === undefined)
          .map((r) =>
            expect.objectContaining({
              code: 'csv.category_missing',
              severity: 'info',
              params: expect.objectContaining({ ref: r.ref }),
            }),
          );
        expect(fromCsv(toCsv(plan), { title: plan.title })).toEqual({
          ok: true,
          value: csvView(plan),
          issues: notes,
          locate: expect.any(Function),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reads back hostile text exactly, formulas included', () => {
    const plan = hostilePlan();
    const back = fromCsv(toCsv(plan), { title: plan.title });
    expect(back.ok && back.value.recommendations.map((r) => [r.text, r.actions[0]?.owner])).toEqual(
      plan.recommendations.map((r) => [r.text, r.actions[0]?.owner]),
    );
    const cells = back.ok ? back.value.recommendations.map((r) => r.text) : [];
    expect(cells).toContain(HOSTILE[7]);
    expect(cells).toContain(HOSTILE[11]);
  });

  it('reads a hand-made sheet: columns in any order, labels as categories, dates from their text', () => {
    const csv =
      'Category,Ref,Recommendation,Owner,Target\nPartially Accepted,P1,Improve food,Catering Manager,Spring 2027\nPartially Accepted,P1,Improve food,Head of Residence,TBC\nRejected,P2,Build a wing,,\n';
    const result = fromCsv(csv, { title: 'HMP Example' });
    expect(result.ok && result.value.recommendations).toEqual([
      {
        ref: 'P1',
        text: 'Improve food',
        agreement: { category: 'partly-agreed', label: 'Partially Accepted' },
        response: [],
        actions: [
          { owner: 'Catering Manager', target: parseTargetDate('Spring 2027') },
          { owner: 'Head of Residence', target: parseTargetDate('TBC') },
        ],
      },
      {
        ref: 'P2',
        text: 'Build a wing',
        agreement: { category: 'not-agreed', label: 'Rejected' },
        response: [],
        actions: [],
      },
    ]);
  });

  it('keeps a label given in the category column when the label column is empty', () => {
    const result = fromCsv(
      'ref,recommendation,category,category_label\n1,Do it,Partially Accepted,\n2,Do that,agreed,\n',
      { title: 'Plan' },
    );
    expect(result.ok && result.value.recommendations.map((r) => r.agreement)).toEqual([
      { category: 'partly-agreed', label: 'Partially Accepted' },
      { category: 'agreed' },
    ]);
  });

  it.each<[string, string, string, Record<string, unknown>]>([
    ['an unclosed quote', 'ref,recommendation,category\n1,"open,agreed\n', 'csv.syntax_error', { line: 2, column: 3 }],
    [
      'a quote inside a field',
      'ref,recommendation,category\n1,a"b,agreed\n',
      'csv.syntax_error',
      { line: 2, column: 4 },
    ],
    [
      'text after a closing quote',
      'ref,recommendation,category\n1,"a"b,agreed\n',
      'csv.syntax_error',
      { line: 2, column: 6 },
    ],
    ['a missing column', 'ref,category\n1,agreed\n', 'csv.missing_column', { column: 'recommendation' }],
    ['an empty text', '', 'csv.missing_column', { column: 'ref' }],
  ])('refuses %s', (_, csv, code, params) => {
    const result = fromCsv(csv, { title: 'Plan' });
    expect(result.ok).toBe(false);
    expect(result.issues.at(-1)).toMatchObject({ code, severity: 'error', params });
  });

  it.each<[string, { title?: string } | undefined]>([
    ['no options', undefined],
    ['no title option', {}],
    ['an empty title', { title: '' }],
    ['a title of white space only', { title: ' \t\u00a0' }],
  ])('refuses a CSV read with %s: a plan always has a title', (_, options) => {
    const result = fromCsv('ref,recommendation,category\n1,Do it,agreed\n', options);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'csv.title_missing',
        severity: 'error',
        path: ['title'],
        message: 'The CSV carries no title: pass options.title.',
        params: {},
      },
    ]);
  });

  it('reports the missing title beside the other problems of the text', () => {
    expect(fromCsv('ref,category\n1,agreed\n').issues.map((i) => i.code)).toEqual([
      'csv.missing_column',
      'csv.title_missing',
    ]);
    expect(fromCsv('ref,recommendation,category\n1,"open\n').issues.map((i) => i.code)).toEqual([
      'csv.syntax_error',
      'csv.title_missing',
    ]);
    expect(fromCsv('ref,recommendation,category,colour\n1,Do it,agreed,red\n').issues.map((i) => i.code)).toEqual([
      'csv.unknown_column',
      'csv.title_missing',
    ]);
  });

  it('keeps the title option as written', () => {
    const result = fromCsv('ref,recommendation,category\n1,Do it,agreed\n', { title: ' HMP Example ' });
    expect(result.ok && result.value.title).toBe(' HMP Example ');
  });

  it('reports, with line numbers, values it cannot use, and keeps the rest', () => {
    const csv = [
      'ref,recommendation,category,kind,reasons,action,owner,target,target_reading,colour',
      '1,Do it,maybe,,,1,Governor,June 2027,month 2027-06,red',
      '1,Do it,maybe,,,2,Governor,July 2027,month 2027-07,red',
      '2,Do that,agreed,sort-of,policy; money,x,Governor,June 2027,month 2027-13,blue',
      '2,Do that differently,agreed,,policy,2,Governor,July 2027,,blue,extra',
    ].join('\n');
    const result = fromCsv(csv, { title: 'Plan' });
    expect(result.ok).toBe(true);
    expect(
      result.issues.map((i) => [
        i.code,
        i.severity,
        (i.params as { line?: number }).line,
        (i.params as { column?: string }).column,
      ]),
    ).toEqual([
      ['csv.unknown_column', 'warning', undefined, 'colour'],
      ['csv.category_unrecognised', 'warning', 2, undefined],
      ['csv.invalid_value', 'warning', 4, 'kind'],
      ['csv.invalid_value', 'warning', 4, 'reasons'],
      ['csv.invalid_value', 'warning', 4, 'action'],
      ['csv.invalid_value', 'warning', 4, 'target_reading'],
      ['csv.field_count', 'warning', 5, undefined],
      ['csv.inconsistent_row', 'warning', 5, 'kind'],
      ['csv.inconsistent_row', 'warning', 5, 'recommendation'],
      ['csv.inconsistent_row', 'warning', 5, 'reasons'],
    ]);
    expect(result.issues[1]).toMatchObject({
      params: { line: 2, ref: '1', label: 'maybe' },
      location: { line: 2 },
      message: expect.stringContaining('recommendation 1 has the category "maybe"'),
    });
    const plan = result.ok ? result.value : undefined;
    expect(
      plan?.recommendations.map((r) => [r.ref, r.agreement, r.reasons, r.actions.map((a) => a.target.raw)]),
    ).toEqual([
      ['1', { label: 'maybe' }, undefined, ['June 2027', 'July 2027']],
      ['2', { category: 'agreed' }, ['policy'], ['June 2027', 'July 2027']],
    ]);
    expect(plan?.recommendations[1]?.actions[0]?.target).toEqual(parseTargetDate('June 2027'));
  });

  it('keeps a recommendation whose category is empty or not understood, with what its label cell holds', () => {
    const text = [
      'ref,recommendation,category,category_label,owner,target',
      '1,Improve.,,,Governor,March 2027',
      '1,Improve.,,,Head of Safety,April 2027',
      '2,Improve.,,Accepted in principle,Governor,March 2027',
      '3,Improve.,Accepted in principle,,Governor,March 2027',
      '4,Improve.,maybe,Noted,Governor,March 2027',
      '5,Improve.,Agreed,,Governor,March 2027',
      '',
    ].join('\r\n');
    const result = fromCsv(text, { title: 'Plan' });
    expect(result.ok && result.value.recommendations.map((r) => [r.ref, r.agreement, r.actions.length])).toEqual([
      ['1', {}, 2],
      ['2', { label: 'Accepted in principle' }, 1],
      ['3', { label: 'Accepted in principle' }, 1],
      ['4', { label: 'Noted' }, 1],
      ['5', { category: 'agreed', label: 'Agreed' }, 1],
    ]);
    expect(result.issues.map((i) => [i.code, i.severity, i.location, i.message])).toEqual([
      [
        'csv.category_missing',
        'info',
        { line: 2, column: 12 },
        'Line 2: recommendation 1 states no category; it was read with none.',
      ],
      [
        'csv.category_missing',
        'info',
        { line: 4, column: 12 },
        'Line 4: recommendation 2 states no category (its label is "Accepted in principle"); it was read with none.',
      ],
      [
        'csv.category_unrecognised',
        'warning',
        { line: 5, column: 12 },
        'Line 5: recommendation 3 has the category "Accepted in principle", which is not agreed, partly-agreed or not-agreed, nor a label such as Accepted; the recommendation was read with no category.',
      ],
      [
        'csv.category_unrecognised',
        'warning',
        { line: 6, column: 12 },
        expect.stringContaining('recommendation 4 has the category "maybe"'),
      ],
    ]);
    expect(
      result.ok &&
        checkActionPlan(result.value)
          .filter((i) => i.code === 'recommendation.category_missing')
          .map((i) => [i.code, i.path]),
    ).toEqual([0, 1, 2, 3].map((r) => ['recommendation.category_missing', ['recommendations', r, 'agreement']]));
    if (result.ok) expect(result.locate(['recommendations', 2, 'agreement'])).toEqual({ line: 5, column: 12 });
  });

  it('writes an answer that states no category with an empty category cell, and reads it back', () => {
    const base = realPlan();
    const plan: ActionPlan = {
      ...base,
      recommendations: base.recommendations.map((r, i) =>
        i === 0 ? { ...r, agreement: {} } : i === 1 ? { ...r, agreement: { label: 'Accepted in principle' } } : r,
      ),
    };
    const csv = toCsv(plan);
    const parsed = readRecords(csv);
    if ('error' in parsed) throw new Error(parsed.error.detail);
    expect(parsed.records.slice(0, 4).map((r) => [r.fields[0], r.fields[5], r.fields[6]])).toEqual([
      ['ref', 'category', 'category_label'],
      ['1', '', ''],
      ['1', '', ''],
      ['2', '', 'Accepted in principle'],
    ]);
    const back = fromCsv(csv, { title: plan.title });
    expect(back.ok && back.value.recommendations.map((r) => r.agreement)).toEqual(
      plan.recommendations.map((r) => r.agreement),
    );
    expect(back.issues.map((i) => [i.code, i.severity])).toEqual([
      ['csv.category_missing', 'info'],
      ['csv.category_missing', 'info'],
    ]);
  });

  it('reads back a paragraph of white space alone, and an empty response as none', () => {
    for (const response of [
      [{ type: 'paragraph', text: ' ' }],
      [{ type: 'paragraph', text: '\t \u00a0' }],
      [
        { type: 'paragraph', text: ' ' },
        { type: 'paragraph', text: 'Then.' },
        { type: 'paragraph', text: '  ' },
      ],
      [{ type: 'list', items: [' '] }],
      [],
    ] as Block[][]) {
      const plan = { ...realPlan(), recommendations: [{ ...realPlan().recommendations[0]!, response }] };
      const back = fromCsv(toCsv(plan), { title: plan.title });
      expect(back.ok && back.value.recommendations[0]?.response).toEqual(response);
    }
  });

  it('reports a reading or a deadline on a row with no action, and a category beside another label', () => {
    const text = [
      'ref,recommendation,category,category_label,owner,target,target_reading,deadline',
      '1,Improve.,agreed,,,,month 2026-03,',
      '2,Improve.,agreed,,,,,2026-03-31',
      '3,Improve.,Accepted,Agreed,Governor,March 2026,,',
      '',
    ].join('\r\n');
    const result = fromCsv(text, { title: 'Plan' });
    expect(result.ok && result.value.recommendations.map((r) => [r.actions.length, r.agreement])).toEqual([
      [0, { category: 'agreed' }],
      [0, { category: 'agreed' }],
      [1, { category: 'agreed', label: 'Agreed' }],
    ]);
    expect(result.issues.map((i) => [i.code, i.severity, i.location, i.params])).toEqual([
      [
        'csv.value_ignored',
        'warning',
        { line: 2, column: 22 },
        expect.objectContaining({ line: 2, column: 'target_reading', value: 'month 2026-03' }),
      ],
      ['csv.value_ignored', 'warning', { line: 3, column: 23 }, expect.objectContaining({ column: 'deadline' })],
      ['csv.value_ignored', 'warning', { line: 4, column: 12 }, expect.objectContaining({ value: 'Accepted' })],
    ]);
    expect(result.issues[0]?.message).toBe(
      'Line 2: the target_reading "month 2026-03" was not read (the row has no action: no owner, target or description).',
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc
            .array(fc.constantFrom('"', ',', '\n', '\r', 'ref', 'recommendation', 'category', 'agreed', '1', 'x'))
            .map((a) => a.join('')),
        ),
        (text) => {
          const result = fromCsv(text);
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('fromCsv locations', () => {
  /** The text from a location to the end of its line. */
  const at = (text: string, location: { line: number; column?: number } | undefined): string =>
    (text.split(/\r\n|\r|\n/)[(location?.line ?? 0) - 1] ?? '').slice((location?.column ?? 1) - 1);

  it('locates every recommendation, action and field of a CSV it wrote', () => {
    const plan = realPlan();
    const text = toCsv(plan);
    const result = fromCsv(text, { title: plan.title });
    expect(result.ok).toBe(true);
    plan.recommendations.forEach((recommendation, r) => {
      expect(at(text, result.locate(['recommendations', r]))).toMatch(new RegExp(`^${recommendation.ref},`));
      expect(at(text, result.locate(['recommendations', r, 'agreement', 'category']))).toMatch(
        /^(?:agreed|partly-agreed|not-agreed),/,
      );
      recommendation.actions.forEach((action, a) => {
        const owner = at(text, result.locate(['recommendations', r, 'actions', a, 'owner']));
        expect(owner.replace(/^"/, '').startsWith(action.owner)).toBe(true);
        const target = at(text, result.locate(['recommendations', r, 'actions', a, 'target', 'raw']));
        expect(target.replace(/^"/, '').startsWith(action.target.raw)).toBe(true);
      });
    });
    expect(result.locate(['title'])).toBeUndefined();
    expect(result.locate(['recommendations', 99])).toBeUndefined();
  });

  it('gives each issue the line and column of the field it is about', () => {
    const text = [
      'ref,recommendation,category,kind,colour',
      '1,Do it,maybe,,red',
      '2,"Do\nthat",agreed,sort-of,blue,extra',
    ].join('\n');
    const result = fromCsv(text, { title: 'P' });
    expect(result.issues.map((i) => [i.code, i.location])).toEqual([
      ['csv.unknown_column', { line: 1, column: 34 }],
      ['csv.category_unrecognised', { line: 2, column: 9 }],
      ['csv.field_count', { line: 4, column: 27 }],
      ['csv.invalid_value', { line: 4, column: 14 }],
    ]);
    expect(at(text, result.issues[3]?.location)).toBe('sort-of,blue,extra');
  });

  it('locates a syntax error and a missing column', () => {
    expect(fromCsv('ref,recommendation,category\n1,"open,agreed\n').issues[0]?.location).toEqual({
      line: 2,
      column: 3,
    });
    expect(fromCsv('\n\nref,category\n1,agreed\n').issues[0]?.location).toEqual({ line: 3 });
  });
});
