import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionPlanJsonSchemaText } from '../../src/schema/_internal/actionPlanJsonSchema.js';
import { actionPlan } from '../support/arbitraries.js';
import { realPlan } from '../support/realPlan.js';

const committedUrl = new URL('../../src/schema/action-plan.schema.json', import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

function compile() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(committedUrl, 'utf8')));
}

describe('the JSON Schema of action-plan/1', () => {
  it('matches the zod schemas (run `npm run schema` and review the diff when it does not)', () => {
    expect(readFileSync(committedUrl, 'utf8')).toBe(actionPlanJsonSchemaText());
  });

  it('accepts the bundled real plan', () => {
    const validate = compile();
    expect(validate(realPlan()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts every valid plan', () => {
    const validate = compile();
    fc.assert(
      fc.property(actionPlan, (plan) => {
        expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it.each<[string, (plan: any) => void]>([
    [
      'an impossible date',
      (p) => {
        p.submitted = '2026-02-30';
      },
    ],
    [
      'a month 13',
      (p) => {
        p.recommendations[0].actions[0].target.month = '2026-13';
      },
    ],
    [
      'an unknown field',
      (p) => {
        p.colour = 'red';
      },
    ],
    [
      'an unknown category',
      (p) => {
        p.recommendations[0].agreement.category = 'accepted';
      },
    ],
    [
      'a target with no raw text',
      (p) => {
        delete p.recommendations[0].actions[0].target.raw;
      },
    ],
    [
      'a negative tally count',
      (p) => {
        p.statedTally.agreed = -1;
      },
    ],
    [
      'an empty title',
      (p) => {
        p.title = '';
      },
    ],
    [
      'a title of white space only',
      (p) => {
        p.title = ' \t\n\u00a0';
      },
    ],
    [
      'another format version',
      (p) => {
        p.format = 'action-plan/2';
      },
    ],
  ])('rejects %s, as the zod schemas do', (_, change) => {
    const plan = structuredClone(realPlan()) as any;
    change(plan);
    expect(compile()(plan)).toBe(false);
  });
});
