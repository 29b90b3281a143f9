import { describe, expect, it } from 'vitest';
import { recognise } from '../../../src/formats/document/recognise.js';
import { modelCell } from '../../../src/formats/document/modelCell.js';
import type { ModelCell, ModelItem, ModelRow, TableModel } from '../../../src/formats/document/TableModel.js';
import { parseActionPlan } from '../../../src/index.js';

const OPTIONS = { targetDates: {}, title: undefined };
let nextLine = 0;

/**
 * A row as a document reader builds it; each cell is plain text, `^…` a cell merged down from the
 * row above (repeating its text), `<` a cell merged from the left, and `a|b` two paragraphs.
 */
function row(texts: readonly string[], flags: { header?: boolean; afterBreak?: boolean } = {}): ModelRow {
  nextLine += 1;
  const line = nextLine;
  const cells: ModelCell[] = texts.map((text, i) => {
    const covered = text.startsWith('^') ? 'down' : text === '<' ? 'across' : undefined;
    const plain = covered === 'down' ? text.slice(1) : covered === 'across' ? '' : text;
    const blocks = plain === '' ? [] : plain.split('|').map((p) => ({ type: 'paragraph' as const, text: p }));
    return modelCell(blocks, { line, column: i + 1 }, { covered });
  });
  return { cells, location: { line }, text: texts.join('\t'), ...flags };
}
const line = (text: string, heading?: number): ModelItem => {
  nextLine += 1;
  return { type: 'line', text, location: { line: nextLine }, ...(heading === undefined ? {} : { heading }) };
};
const table = (...rows: ModelRow[]): ModelItem => ({ type: 'table', rows, location: rows[0]?.location ?? { line: 1 } });
const HEADINGS = [
  '1. Rec No',
  '2. Recommendation',
  '3. Agreed/ Partly Agreed/ Not Agreed',
  '4. Response',
  '5. Responsible Owner',
  '6. Target Date',
];

function read(items: ModelItem[]) {
  const model: TableModel = { items };
  const result = recognise(model, OPTIONS);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  expect(parseActionPlan(result.value).ok).toBe(true);
  return result;
}

describe('recognise', () => {
  it('reads one recommendation whose cells are merged down over several action rows, once, with every action', () => {
    const { value, issues } = read([
      line('ACTION PLAN: Inspection of HMP Example'),
      table(
        row(HEADINGS, { header: true }),
        row(['1', 'Improve safety.', 'Agreed', 'A review.', 'Governor', 'March 2026']),
        row(['^1', '^Improve safety.', '^Agreed', '^A review.', '^Governor', 'June 2026']),
        row(['^1', '^Improve safety.', '^Agreed', '^A review.', 'Head of Safety', 'September 2026']),
        row([
          '2',
          'Train staff.',
          'Partly Agreed',
          'Some training, for affordability reasons.',
          'Head of Learning',
          'Q3 2026',
        ]),
      ),
    ]);
    expect(
      value.recommendations.map((r) => [r.ref, r.text, r.response, r.actions.map((a) => [a.owner, a.target.raw])]),
    ).toEqual([
      [
        '1',
        'Improve safety.',
        [{ type: 'paragraph', text: 'A review.' }],
        [
          ['Governor', 'March 2026'],
          ['Governor', 'June 2026'],
          ['Head of Safety', 'September 2026'],
        ],
      ],
      [
        '2',
        'Train staff.',
        [{ type: 'paragraph', text: 'Some training, for affordability reasons.' }],
        [['Head of Learning', 'Q3 2026']],
      ],
    ]);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('lists no action twice when the owner and target cells are both merged down', () => {
    const { value } = read([
      line('ACTION PLAN: Example'),
      table(
        row(HEADINGS),
        row(['1', 'Improve safety.', 'Agreed', 'First part.', 'Governor', 'March 2026']),
        row(['^1', '^Improve safety.', '^Agreed', 'Second part.', '^Governor', '^March 2026']),
      ),
    ]);
    expect(value.recommendations[0]?.actions).toHaveLength(1);
    expect(value.recommendations[0]?.response).toEqual([
      { type: 'paragraph', text: 'First part.' },
      { type: 'paragraph', text: 'Second part.' },
    ]);
  });

  it('reads section and addressee rows merged across the table, and headings between tables', () => {
    const { value } = read([
      line('ACTION PLAN: Example'),
      table(
        row(HEADINGS),
        row(['Recommendations', '<', '<', '<', '<', '<']),
        row(['The governor should:', '<', '<', '<', '<', '<']),
        row(['1', 'Improve safety.', 'Agreed', 'A review.', 'Governor', 'March 2026']),
      ),
      line('Priority concerns', 2),
      table(row(HEADINGS, { header: true }), row(['P1', 'Fix the roof.', 'Agreed', 'Repairs.', 'Estates', 'May 2026'])),
    ]);
    expect(value.recommendations.map((r) => [r.ref, r.section, r.addressee, r.kind])).toEqual([
      ['1', 'Recommendations', 'The governor should:', 'recommendation'],
      ['P1', 'Priority concerns', undefined, 'priority-concern'],
    ]);
  });

  it('reads the columns in the order the headings give them', () => {
    const { value, locate } = read([
      line('ACTION PLAN: Example'),
      table(
        row(['Ref', 'Recommendation', 'Response', 'Accepted / Rejected', 'Target date', 'Lead']),
        row(['1', 'Improve safety.', 'A review.', 'Accepted', 'March 2026', 'Governor']),
      ),
    ]);
    const rec = value.recommendations[0];
    expect([rec?.agreement, rec?.response, rec?.actions[0]?.owner, rec?.actions[0]?.target.raw]).toEqual([
      { category: 'agreed', label: 'Accepted' },
      [{ type: 'paragraph', text: 'A review.' }],
      'Governor',
      'March 2026',
    ]);
    expect(locate(['recommendations', 0, 'actions', 0, 'owner'])).toMatchObject({ column: 6 });
    expect(locate(['recommendations', 0, 'agreement'])).toMatchObject({ column: 4 });
  });

  it('reads a tally given in a table of its own after a heading line', () => {
    const { value, issues } = read([
      line('ACTION PLAN: Example'),
      table(row(HEADINGS), row(['1', 'Improve safety.', 'Agreed', 'A review.', 'Governor', 'March 2026'])),
      line('Recommendations'),
      table(row(['Agreed', '1']), row(['Partly Agreed', '0']), row(['Not Agreed', '0']), row(['Total', '1'])),
    ]);
    expect(value.statedTally).toEqual({ agreed: 1, partlyAgreed: 0, notAgreed: 0, total: 1 });
    expect(issues.map((i) => [i.code, i.params])).toContainEqual([
      'import.boilerplate_skipped',
      expect.objectContaining({ what: 'tally heading' }),
    ]);
  });

  it('skips empty rows without a word, and joins a row after a break to the text it continues', () => {
    const { value, issues } = read([
      line('ACTION PLAN: Example'),
      table(
        row(HEADINGS),
        row(['1', 'Improve safety on the', 'Agreed', 'A review', 'Governor', 'March 2026']),
        row(['', '', '', '', '', '']),
        row(['', 'wings.', '', 'of the wings.', '', ''], { afterBreak: true }),
      ),
    ]);
    expect(value.recommendations[0]?.text).toBe('Improve safety on the wings.');
    expect(value.recommendations[0]?.response).toEqual([{ type: 'paragraph', text: 'A review of the wings.' }]);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('keeps the text of cells outside the columns in an issue at their row', () => {
    const { issues } = read([
      line('ACTION PLAN: Example'),
      table(row(HEADINGS), row(['1', 'Improve.', 'Agreed', 'A review.', 'Governor', 'March 2026', 'A note'])),
    ]);
    expect(issues.find((i) => i.code === 'import.extra_cells')?.params).toEqual({ line: nextLine, cells: ['A note'] });
  });

  it('answers not a plan for a model with no action table', () => {
    const result = recognise({ items: [line('Just a letter.'), table(row(['a', 'b']))] }, OPTIONS);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain('import.not_a_plan');
  });
});

describe('recognise on rows whose cells were told apart by their words', () => {
  it('reports each such recommendation for a check, with its lines', () => {
    const head = row(HEADINGS);
    const inferred: ModelRow = {
      ...row(['1', 'Improve.', 'Agreed', 'Done.', 'Governor', 'March 2026']),
      location: { line: 90, endLine: 95 },
      inferredCells: true,
    };
    const result = recognise({ items: [line('ACTION PLAN: Plan'), table(head, inferred)] }, OPTIONS);
    expect(result.ok && result.value.recommendations.length).toBe(1);
    const issue = result.issues.find((i) => i.code === 'import.cells_inferred');
    expect(issue?.severity).toBe('info');
    expect(issue?.params).toEqual({ line: 90, endLine: 95, ref: '1' });
    expect(issue?.location).toEqual({ line: 90, endLine: 95 });
  });
});
