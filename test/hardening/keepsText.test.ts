import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCsv, fromPublishedText, parseTargetDate, toCsv, type ActionPlan, type Issue } from '../../src/index.js';

/**
 * The readers never drop text silently: every line of a document either gives the plan what it
 * says, or is named by the location of an issue. Documents are generated line by line, each line
 * knowing what it says, from the kinds of line a published plan has — header lines (repeated, and
 * with other values), recommendation rows (with categories that cannot be read), section and
 * addressee rows, continuation rows, stray rows, text outside the table, and tally lines (repeated,
 * incomplete).
 */

/** A line of a generated document, and how to tell that the plan kept what it says. */
interface Line {
  readonly text: string;
  readonly kept: (plan: ActionPlan, json: string) => boolean;
}

const DATES: readonly [string, string][] = [
  ['09 February 2026', '2026-02-09'],
  ['12th March 2026', '2026-03-12'],
  ['22/05/2019', '2019-05-22'],
];
const FIGURES = [
  ['Agreed', 'agreed'],
  ['Partly Agreed', 'partlyAgreed'],
  ['Not Agreed', 'notAgreed'],
  ['Total', 'total'],
] as const;

const headerLine: fc.Arbitrary<Line> = fc.oneof(
  fc.constantFrom('Plan A', 'Plan B').map((v) => ({
    text: `ACTION PLAN: ${v}`,
    kept: (plan: ActionPlan) => plan.title === v,
  })),
  fc.constantFrom('Report A', 'Report B').map((v) => ({
    text: `A Response to: ${v}`,
    kept: (plan: ActionPlan) => plan.reportTitle === v,
  })),
  fc.constantFrom(...DATES).map(([text, iso]) => ({
    text: `Action Plan Submitted: ${text}`,
    kept: (plan: ActionPlan) => plan.submitted === iso,
  })),
  fc.constantFrom(...DATES).map(([text, iso]) => ({
    text: `Report Published: ${text}`,
    kept: (plan: ActionPlan) => plan.reportPublished === iso,
  })),
);

/** A table line made from a number unique in the document, so that what it says can be found. */
const tableLine: fc.Arbitrary<(k: number) => Line> = fc.oneof(
  fc.constantFrom('Agreed', 'Partly Agreed', 'Not Agreed', 'Accepted', 'Maybe').map((label) => (k: number) => ({
    text: `${k}\tRecommendation #${k}#.\t${label}\t<p>Response #${k}#.</p>\tOwner #${k}#\tJune 2027`,
    kept: (plan: ActionPlan) => plan.recommendations.some((r) => r.ref === String(k)),
  })),
  fc.constant((k: number) => ({
    text: `\tSection #${k}#\t\t\t\t`,
    kept: (plan: ActionPlan) => plan.recommendations.some((r) => r.section === `Section #${k}#`),
  })),
  fc.constant((k: number) => ({
    text: `\tThe prison #${k}# should:\t\t\t\t`,
    kept: (plan: ActionPlan) => plan.recommendations.some((r) => r.addressee === `The prison #${k}# should:`),
  })),
  fc.constant((k: number) => ({
    text: `\tmore #${k}#\t\t<p>continued #${k}#</p>\tOwner #${k}#\tJuly 2027`,
    kept: (_: ActionPlan, json: string) =>
      json.includes(`more #${k}#`) && json.includes(`continued #${k}#`) && json.includes(`"Owner #${k}#"`),
  })),
  fc.constant((k: number) => ({ text: `Note #${k}# between rows`, kept: () => false })),
  fc.constant(() => ({ text: '--\t--\t--\t--\t--\t--', kept: () => false })),
);

const tallyLine: fc.Arbitrary<Line> = fc
  .tuple(fc.constantFrom(...FIGURES), fc.nat({ max: 3 }))
  .map(([[label, figure], n]) => ({
    text: `${label}\t${n}`,
    kept: (plan: ActionPlan) => plan.statedTally?.[figure] === n,
  }));

const HEAD: Line = {
  text: '1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response\t5. Owner\t6. Target Date',
  kept: () => true,
};

const document = fc
  .tuple(
    fc.array(headerLine, { maxLength: 6 }),
    fc.array(tableLine, { minLength: 1, maxLength: 12 }),
    fc.array(tallyLine, { maxLength: 6 }),
  )
  .map(([header, table, tally]) => [...header, HEAD, ...table.map((make, i) => make(i + 1)), ...tally]);

/** Whether an issue's location names a line. */
const names = (issues: readonly Issue[], line: number): boolean =>
  issues.some(
    (i) => i.location !== undefined && i.location.line <= line && line <= (i.location.endLine ?? i.location.line),
  );

describe('the readers never drop text silently', () => {
  it('fromPublishedText keeps what every line says, or names the line in an issue', () => {
    fc.assert(
      fc.property(document, (lines) => {
        const result = fromPublishedText(lines.map((l) => l.text).join('\n'), { title: 'Fallback' });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const json = JSON.stringify(result.value);
        const dropped = lines
          .map((line, i) => ({ line: i + 1, text: line.text, kept: line.kept(result.value, json) }))
          .filter(({ line, kept }) => !kept && !names(result.issues, line));
        expect(dropped).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('fromCsv reads every field of every row, or names its line in an issue', () => {
    // Plans of plain words written as CSV, with one field of one row changed to another word, or
    // emptied: the field is read (its text is in the plan) or an issue names its line.
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const simplePlan = fc
      .array(
        fc.record({
          text: word,
          category: fc.constantFrom('agreed' as const, 'partly-agreed' as const, 'not-agreed' as const),
          response: fc.array(word, { maxLength: 1 }),
          actions: fc.array(fc.tuple(word, fc.constantFrom('March 2026', 'Q3 2026', 'Completed', '')), {
            maxLength: 3,
          }),
        }),
        { minLength: 1, maxLength: 4 },
      )
      .map((recommendations): ActionPlan => ({
        format: 'action-plan/1',
        title: 'Plan',
        recommendations: recommendations.map((r, i) => ({
          ref: String(i + 1),
          text: r.text,
          agreement: { category: r.category },
          response: r.response.map((text) => ({ type: 'paragraph' as const, text })),
          actions: r.actions.map(([owner, target]) => ({ owner, target: parseTargetDate(target) })),
        })),
      }));
    const edit = fc.record({
      plan: simplePlan,
      row: fc.nat(),
      column: fc.nat({ max: 13 }),
      value: fc.oneof(word, fc.constant(''), fc.constantFrom('month 2026-03', 'unknown', 'Accepted', '2')),
    });
    fc.assert(
      fc.property(edit, ({ plan, row: r, column, value }) => {
        const lines = toCsv(plan).split('\r\n');
        // A row of the plan: one line each, as no field holds a line break (a response has one
        // paragraph at most); the deadline (the last
        // column) is written, never read.
        const row = 1 + (r % (lines.length - 2));
        const fields = (lines[row] as string).split(',');
        expect(fields).toHaveLength(15);
        const before = fields[column] as string;
        fields[column] = value;
        lines[row] = fields.join(',');
        const result = fromCsv(lines.join('\r\n'), { title: 'Plan' });
        expect(result.ok).toBe(true);
        if (!result.ok || value === '' || value === before) return;
        const json = JSON.stringify(result.value);
        // The action column's number is the action's place, read as the order of the rows; a
        // target_reading is read into the target's fields.
        const reading = /^(\w+) (\S+)$/.exec(value);
        const read =
          column === 13
            ? value === 'unknown'
              ? json.includes('"type":"unknown"')
              : reading !== null && json.includes(`"${reading[1]}":"${reading[2]}"`)
            : json.includes(`"${value}`) || column === 9;
        expect(read || names(result.issues, row + 1), `${column}: ${value}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
