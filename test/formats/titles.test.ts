import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCsv, fromJson, fromPublishedText, parseActionPlan, toCsv, type ActionPlan } from '../../src/index.js';
import { actionPlan, blankTitle } from '../support/arbitraries.js';
import { realPlanText } from '../support/realPlan.js';

/** Any title option a caller may pass: none, a blank one, or some text. */
const titleOption = fc.option(fc.oneof(blankTitle, fc.string({ unit: 'binary', maxLength: 12 })), {
  nil: undefined,
});

/** What every reader promises: a plan it returns is one that validation accepts, titled. */
function expectValid(result: { ok: boolean; value?: ActionPlan }): void {
  if (!result.ok) return;
  expect(parseActionPlan(result.value).ok).toBe(true);
  expect(result.value?.title).toMatch(/\S/);
}

/** The bundled plan's published text with its title lines blanked or removed. */
const untitledText = fc.constantFrom('remove', 'blank', 'spaces').map((how) =>
  realPlanText()
    .split('\n')
    .map((line) =>
      /^(?:ACTION PLAN|A Response to)\s*:/i.test(line)
        ? how === 'remove'
          ? ''
          : how === 'blank'
            ? line.replace(/:.*/, ':')
            : line.replace(/:.*/, ':  \t ')
        : line,
    )
    .join('\n'),
);

describe('a plan read from any format always has a title', () => {
  it('fromJson refuses a plan whose title is empty or white space, at its title', () => {
    fc.assert(
      fc.property(actionPlan, blankTitle, (plan, title) => {
        const result = fromJson(JSON.stringify({ ...plan, title }));
        expect(result.ok).toBe(false);
        expect(result.issues).toContainEqual(expect.objectContaining({ code: 'schema.empty_text', path: ['title'] }));
      }),
      { numRuns: 100 },
    );
  });

  it('fromCsv refuses any CSV read without a title, and any plan it returns is valid', () => {
    fc.assert(
      fc.property(actionPlan, titleOption, (plan, title) => {
        const result = fromCsv(toCsv(plan), title === undefined ? undefined : { title });
        expectValid(result);
        if (title === undefined || !/\S/.test(title)) {
          expect(result.ok).toBe(false);
          expect(result.issues.at(-1)?.code).toBe('csv.title_missing');
        }
      }),
      { numRuns: 100 },
    );
  });

  it('fromPublishedText refuses a text with no title unless given one, and any plan it returns is valid', () => {
    fc.assert(
      fc.property(untitledText, titleOption, (text, title) => {
        const result = fromPublishedText(text, title === undefined ? undefined : { title });
        expectValid(result);
        if (title === undefined || !/\S/.test(title)) {
          expect(result.ok).toBe(false);
          expect(result.issues.at(-1)?.code).toBe('import.title_missing');
        } else {
          expect(result.ok && result.value.title).toBe(title);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('no reader returns a plan that validation refuses, on any text and any title option', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            'ref,recommendation,category\n',
            '1,Do it,agreed\n',
            'ACTION PLAN:',
            'A Response to: ',
            ' ',
            '\t',
            '\n',
            '1. Rec No\t2. Recommendation\t3. Agreed\t4. Response\t5. Owner\t6. Target Date\n',
            '1\tDo it.\tAgreed\t<p>We will.</p>\tGovernor\tJune 2027\n',
            '{"format":"action-plan/1","title":"',
            '","recommendations":[]}',
          ),
          { maxLength: 8 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(texts, titleOption, (text, title) => {
        const options = title === undefined ? undefined : { title };
        expectValid(fromJson(text));
        expectValid(fromCsv(text, options));
        expectValid(fromPublishedText(text, options));
      }),
      { numRuns: 1000 },
    );
  });
});
