import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkActionPlan,
  fromCsv,
  fromJson,
  fromPublishedText,
  parseActionPlan,
  parseTargetDate,
  tallyAgreement,
  tallyProgress,
  TargetDateSchema,
  toCsv,
  toJson,
  type ActionPlan,
  type ParseResult,
  type Rule,
} from '../../src/index.js';
import { realPlan, realPlanText } from '../support/realPlan.js';

// A word read from a document or a JSON value and looked up in a plain object finds the
// properties every JavaScript object inherits: "constructor" would name the Object function. Each
// of these words goes in every place where a plan has a word from a closed vocabulary, in every
// reader, and must be read as any other unknown word: never a throw, never a value the schema
// refuses, never a count under an undefined key.

/** The names of properties every object inherits, in the cases a document might write them. */
const INHERITED = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
] as const;

const key = fc
  .constantFrom(...INHERITED)
  .chain((word) =>
    fc.constantFrom(word, word.toLowerCase(), word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)),
  );

/** What a reader gives back must be a plan the schema accepts, whose tallies count only the four figures. */
function expectSound(result: ParseResult<ActionPlan>): void {
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    return;
  }
  const checked = parseActionPlan(result.value);
  expect(checked.ok, JSON.stringify(checked.ok ? [] : checked.issues.slice(0, 3))).toBe(true);
  const tally = tallyAgreement(result.value);
  expect(Object.keys(tally)).toEqual(['agreed', 'partlyAgreed', 'notAgreed', 'total']);
  for (const value of Object.values(tally)) expect(Number.isSafeInteger(value)).toBe(true);
  // A recommendation that states no category (kept with its label) counts in the total only.
  const stated = result.value.recommendations.filter((r) => r.agreement.category !== undefined).length;
  expect(tally.agreed + tally.partlyAgreed + tally.notAgreed).toBe(stated);
  expect(tally.total).toBe(result.value.recommendations.length);
  const progress = tallyProgress(result.value, { asOf: '2026-11-26' });
  for (const value of Object.values(progress.actions)) expect(Number.isSafeInteger(value)).toBe(true);
  expect(Object.keys(progress.recommendations)).toHaveLength(7);
  expect(() => checkActionPlan(result.value, { asOf: '2026-11-26' })).not.toThrow();
}

describe('words that are names of inherited properties', () => {
  it('are unknown in every place of a target date', () => {
    const places = [
      (w: string) => w,
      (w: string) => `${w} 2026`,
      (w: string) => `1 ${w} 2026`,
      (w: string) => `${w} 1, 2026`,
      (w: string) => `By ${w} 2026`,
      (w: string) => `${w} 2026/27`,
      (w: string) => `Q3 ${w}`,
      (w: string) => `${w} Q3`,
      (w: string) => `${w} 2026-27`,
      (w: string) => `Completed (${w})`,
    ];
    fc.assert(
      fc.property(key, fc.constantFrom(...places), fc.boolean(), (word, place, dayFirst) => {
        const raw = place(word);
        const target = parseTargetDate(raw, { dayFirst });
        expect(TargetDateSchema.safeParse(target).success).toBe(true);
        expect(target.raw).toBe(raw);
        if (target.type !== 'status') expect(target.type).toBe('unknown');
      }),
      { numRuns: 500 },
    );
  });

  it('read from published text give issues or a plan the schema accepts', () => {
    const text = realPlanText();
    const lines = text.split('\n');
    const row = lines.findIndex((line) => line.startsWith('1\t'));
    /** Puts a word in a cell of the first recommendation's row. */
    const inCell = (cell: number) => (word: string) => {
      const copy = [...lines];
      const cells = (copy[row] as string).split('\t');
      cells[cell] = word;
      copy[row] = cells.join('\t');
      return copy.join('\n');
    };
    const places: ((word: string) => string)[] = [
      inCell(2), // the category
      (w) => inCell(2)(`${w} Agreed`),
      (w) => inCell(2)(`Partly ${w}`),
      inCell(0), // the ref
      inCell(4), // the owner
      inCell(5), // the target date
      (w) => inCell(5)(`<p>${w} 2026</p> <p>${w}</p>`),
      (w) => inCell(3)(`<p>A &${w}; reference</p>`),
      (w) => text.replace('\nAgreed\t6\n', `\n${w}\t6\n`), // a line of the closing tally
      (w) => text.replace('\nTotal\t7', `\n${w}\t7`),
      (w) => text.replace('\tRecommendations\t', `\t${w}\t`), // a section heading
      (w) => text.replace('\nTerm\tDefinition', `\n${w}\tDefinition`),
      (w) => text.replace('Action Plan Submitted: 09 February 2026', `Action Plan Submitted: ${w} 2026`),
    ];
    fc.assert(
      fc.property(key, fc.constantFrom(...places), (word, place) => {
        expectSound(fromPublishedText(place(word)));
      }),
      { numRuns: 150 },
    );
  });

  it('keep a character reference of such a name as written', () => {
    const names = '&valueOf; &toString; &VALUEOF; &constructor; &__proto__;';
    const result = fromPublishedText(realPlanText().replace('HMPPS recognise', `HMPPS ${names} recognise`));
    expect(result.ok && JSON.stringify(result.value)).toContain(`HMPPS ${names} recognise`);
  });

  it('read from CSV give issues or a plan the schema accepts', () => {
    const csv = toCsv(realPlan());
    const [head, first, ...rest] = csv.split('\r\n');
    const columns = (head as string).split(',');
    // The first row of the written plan has no line breaks in its cells but the response's.
    const simple =
      'ref,kind,section,addressee,recommendation,category,category_label,reasons,response,action,owner,description,target,target_reading,deadline';
    expect(head).toBe(simple);
    const row = (cells: Partial<Record<string, string>>) =>
      `${simple}\r\n${columns.map((c) => cells[c] ?? '').join(',')}\r\n`;
    const base = {
      ref: '1',
      kind: 'recommendation',
      recommendation: 'Improve.',
      category: 'agreed',
      response: 'We will.',
      action: '1',
      owner: 'Chief Probation Officer',
      target: 'March 2026',
      target_reading: 'month 2026-03',
    };
    const places: ((w: string) => string)[] = [
      (w) => row({ ...base, category: w }),
      (w) => row({ ...base, category: `${w} agreed` }),
      (w) => row({ ...base, category_label: w }),
      (w) => row({ ...base, category: '', category_label: w }),
      (w) => row({ ...base, kind: w }),
      (w) => row({ ...base, reasons: w }),
      (w) => row({ ...base, reasons: `policy;${w}` }),
      (w) => row({ ...base, target: w, target_reading: '' }),
      (w) => row({ ...base, target_reading: w }),
      (w) => row({ ...base, target_reading: `status ${w}` }),
      (w) => row({ ...base, target_reading: `month ${w}` }),
      (w) => row({ ...base, target_reading: `${w} 2026-01-01/2026-03-31` }),
      (w) => row({ ...base, target_reading: `day ${w}` }),
      (w) => row({ ...base, action: w }),
      (w) => `${simple},${w}\r\n${columns.map((c) => (base as Record<string, string>)[c] ?? '').join(',')},x\r\n`,
    ];
    expect(first).toBeDefined();
    expect(rest.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(key, fc.constantFrom(...places), (word, place) => {
        expectSound(fromCsv(place(word), { title: 'Plan' }));
      }),
      { numRuns: 200 },
    );
  });

  it('read from JSON give issues or a plan the schema accepts', () => {
    const json = JSON.parse(toJson(realPlan())) as Record<string, any>;
    json.recommendations[0].actions[0].updates = [
      { on: '2026-01-01', status: 'in-progress', revisedTarget: { type: 'month', raw: 'May 2026', month: '2026-05' } },
    ];
    json.recommendations[0].assessments = [{ on: '2026-06-01', scale: 'achievement', judgement: 'achieved' }];
    json.recommendations[0].reasons = ['policy'];
    json.recommendations[0].kind = 'recommendation';
    type Place = (plan: Record<string, any>, word: string) => void;
    const places: Place[] = [
      (p, w) => (p.recommendations[0].agreement.category = w),
      (p, w) => (p.recommendations[0].kind = w),
      (p, w) => (p.recommendations[0].reasons = [w]),
      (p, w) => (p.recommendations[0].response[0].type = w),
      (p, w) => (p.recommendations[0].actions[0].target.type = w),
      (p, w) => (p.recommendations[0].actions[0].target = { type: 'status', raw: w, status: w }),
      (p, w) =>
        (p.recommendations[0].actions[0].target = {
          type: 'period',
          raw: w,
          unit: w,
          start: '2026-01-01',
          end: '2026-03-31',
        }),
      (p, w) => (p.recommendations[0].actions[0].updates[0].status = w),
      (p, w) => (p.recommendations[0].actions[0].updates[0].revisedTarget.type = w),
      (p, w) => (p.recommendations[0].assessments[0].judgement = w),
      (p, w) => (p.recommendations[0].assessments[0].scale = w),
      (p, w) => (p.statedTally = { agreed: 6, partlyAgreed: 1, notAgreed: 0, total: 7, [w]: 1 }),
      (p, w) => (p.format = w),
      (p, w) => (p.recommendations[0].agreement[w] = 'agreed'),
      (p, w) => (p.recommendations[0].actions[0][w] = 'x'),
      (p, w) => (p[w] = {}),
    ];
    fc.assert(
      fc.property(key, fc.constantFrom(...places), (word, place) => {
        const plan = structuredClone(json);
        place(plan, word);
        // JSON.parse makes "__proto__" an own key, as it does every other.
        const text = JSON.stringify(plan);
        const read = fromJson(text);
        expectSound(read);
        expectSound(parseActionPlan(JSON.parse(text)));
        expect(read.ok).toBe(parseActionPlan(JSON.parse(text)).ok);
      }),
      { numRuns: 300 },
    );
  });

  it('as keys of rule settings, and codes of rules of callers, are read as any other code', () => {
    const plan = realPlan();
    fc.assert(
      fc.property(key, (word) => {
        const settings = JSON.parse(`{${JSON.stringify(word)}: "off"}`) as Record<string, 'off'>;
        expect(() => checkActionPlan(plan, { rules: settings })).toThrow(RangeError);
        const rule: Rule<string, Record<string, never>> = {
          code: word,
          severity: 'info',
          description: 'Finds the plan.',
          fix: 'None.',
          message: () => 'found',
          check: () => [{ path: [], params: {} }],
        };
        const found = (options: object) =>
          checkActionPlan(plan, { extraRules: [rule], ...options }).filter((i) => i.code === word);
        expect(found({}).map((i) => i.severity)).toEqual(['info']);
        expect(found({ rules: {} }).map((i) => i.severity)).toEqual(['info']);
        expect(found({ rules: settings })).toEqual([]);
        expect(found({ rules: JSON.parse(`{${JSON.stringify(word)}: "error"}`) }).map((i) => i.severity)).toEqual([
          'error',
        ]);
      }),
      { numRuns: 100 },
    );
  });
});
