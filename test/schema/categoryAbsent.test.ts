import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ActionPlanSchema, fromJson, parseActionPlan, toJson, type ActionPlan } from '../../src/index.js';
import { isActionPlan } from '../../src/schema/isActionPlan.js';
import { realPlanJson } from '../support/realPlan.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const jsonSchema = JSON.parse(
  readFileSync(new URL('../../src/schema/action-plan.schema.json', import.meta.url), 'utf8'),
);

/** A file of the format with one recommendation answered as given. */
const file = (agreement: unknown): string =>
  JSON.stringify({
    format: 'action-plan/1',
    title: 'Progress update',
    recommendations: [
      {
        ref: '4',
        text: 'Review the use of force.',
        agreement,
        response: [{ type: 'paragraph', text: 'A review has started.' }],
        actions: [{ owner: 'Head of Safety', target: { type: 'month', raw: 'March 2027', month: '2027-03' } }],
      },
    ],
  });

/** Every validator's verdict on a JSON text: the fast validator, zod, the JSON Schema, and fromJson. */
function verdicts(text: string): boolean[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const value: unknown = JSON.parse(text);
  return [
    isActionPlan(value),
    ActionPlanSchema.safeParse(value).success,
    ajv.compile(jsonSchema)(value),
    parseActionPlan(value).ok,
    fromJson(text).ok,
  ];
}

describe('an answer that states no category', () => {
  it('leaves every file valid before still valid: the bundled plan, and an answer with a category', () => {
    expect(verdicts(realPlanJson())).toEqual([true, true, true, true, true]);
    expect(verdicts(file({ category: 'agreed', label: 'Agreed' }))).toEqual([true, true, true, true, true]);
    expect(verdicts(file({ category: 'not-agreed' }))).toEqual([true, true, true, true, true]);
  });

  it.each([
    ['no category and a label written in its place', { label: 'Accepted in principle' }],
    ['no category and no label', {}],
  ])('is valid with %s', (_, agreement) => {
    expect(verdicts(file(agreement))).toEqual([true, true, true, true, true]);
  });

  it.each([
    ['a category none of the three', { category: 'accepted-in-principle', label: 'Accepted in principle' }],
    ['a label used as the category', { category: 'Agreed' }],
    ['an empty category', { category: '' }],
    ['a category that is not text', { category: null }],
    ['a field the agreement does not have', { label: 'Noted', note: 'x' }],
  ])('is still refused with %s', (_, agreement) => {
    expect(verdicts(file(agreement))).toEqual([false, false, false, false, false]);
  });

  it('says where an unknown category is and which values are allowed', () => {
    const result = parseActionPlan(JSON.parse(file({ category: 'accepted' })));
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['schema.invalid_value', ['recommendations', 0, 'agreement', 'category']],
    ]);
  });

  it('writes and reads back as it was, with the keys in their order', () => {
    for (const agreement of [{}, { label: 'Accepted in principle' }]) {
      const read = fromJson(file(agreement));
      if (!read.ok) throw new Error('the file was refused');
      const plan: ActionPlan = read.value;
      expect(plan.recommendations[0]?.agreement).toEqual(agreement);
      const text = toJson(plan);
      expect(fromJson(text)).toMatchObject({ ok: true, value: plan });
      expect(text).toContain(
        agreement.label === undefined
          ? '"text": "Review the use of force.",\n      "agreement": {},\n      "response"'
          : '"agreement": {\n        "label": "Accepted in principle"\n      },\n      "response"',
      );
    }
    expect(toJson({ ...JSON.parse(file({ label: 'Noted', category: 'agreed' })) })).toContain(
      '"agreement": {\n        "category": "agreed",\n        "label": "Noted"\n      }',
    );
  });
});
