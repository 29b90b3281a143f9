import { describe, expect, it } from 'vitest';
import { classifyLine, classifyRow, type Phase } from '../../../src/formats/document/_internal/classify.js';
import { columnsOf, TEMPLATE_COLUMNS } from '../../../src/formats/document/_internal/vocabulary.js';
import type { ModelCell, ModelRow } from '../../../src/formats/document/TableModel.js';
import { modelCell } from '../../../src/formats/document/modelCell.js';

/** A row of plain cells; `^` before a cell's text marks it covered from above, `<` covered from the left. */
function rowOf(texts: readonly string[], flags: { header?: boolean } = {}): ModelRow {
  const cells: ModelCell[] = texts.map((text, i) => {
    const covered = text.startsWith('^') ? 'down' : text === '<' ? 'across' : undefined;
    const plain = covered === 'down' ? text.slice(1) : covered === 'across' ? '' : text;
    return modelCell(plain === '' ? [] : [{ type: 'paragraph', text: plain }], { line: 1, column: i + 1 }, { covered });
  });
  return { cells, location: { line: 1 }, text: texts.join('\t'), ...flags };
}

const never = (): boolean => false;
const always = (): boolean => true;

describe('classifyRow', () => {
  const cases: readonly (readonly [Phase, readonly string[], string, boolean?])[] = [
    // Above the action table.
    [
      'preamble',
      ['1. Rec No', '2. Recommendation', '3. Agreed', '4. Response', '5. Owner', '6. Date'],
      'column-headings',
    ],
    ['preamble', ['Ref', 'Recommendation', 'Accepted?', 'Response'], 'column-headings'],
    ['preamble', ['1', 'Improve safety.', 'Agreed', 'Done.', 'Governor', 'March 2026'], 'recommendation'],
    ['preamble', ['1', 'Improve safety.', 'Maybe', 'Done.'], 'prose'],
    ['preamble', ['Term', 'Definition', 'Additional comment'], 'definitions'],
    ['preamble', ['Partly Agreed', 'Only part of the recommendation is agreed with.'], 'definitions'],
    ['preamble', ['Report published', '20 October 2015'], 'header'],
    ['preamble', ['Some', 'other', 'table'], 'prose'],
    // The action table.
    ['table', ['1. Rec No', '2. Recommendation', '3. Agreed', '4. Response'], 'column-headings'],
    ['table', ['Ref', 'Text', 'Category', 'Reply', 'Lead', 'When'], 'column-headings'],
    ['table', ['5.01', 'Improve.', 'Accepted', ''], 'recommendation'],
    ['table', ['P1', 'Improve.', 'Maybe', ''], 'recommendation'],
    ['table', ['', 'members, and act on it.', '', '<p>more</p>', '', ''], 'continuation'],
    ['table', ['', '', '', '', 'Governor', 'June 2026'], 'continuation'],
    ['table', ['^1', '^Improve.', '^Agreed', '^Done.', '^Governor', 'July 2026'], 'continuation'],
    ['table', ['', 'Recommendations', '', '', '', ''], 'heading'],
    ['table', ['Priority concerns', '<', '<', '<', '<', '<'], 'heading'],
    ['table', ['', "His Majesty's Prison and Probation Service should:", '', ''], 'addressee'],
    ['table', ['The governor should', '<', '<', '<'], 'addressee'],
    ['table', ['--', '--', '--', '--', '--', '--'], 'stray'],
    ['table', ['Recommendations', ''], 'tally-heading', true],
    ['table', ['Agreed', '6'], 'tally'],
    ['table', ['Total', '7'], 'tally'],
    ['preamble', ['Total', '7'], 'prose'],
    ['table', ['Note', 'some text', 'more'], 'not-a-ref'],
  ];
  for (const [phase, texts, kind, nextIsTally = false] of cases) {
    it(`in the ${phase}, reads ${JSON.stringify(texts)} as ${kind}`, () => {
      expect(classifyRow(rowOf(texts), phase, TEMPLATE_COLUMNS, nextIsTally ? always : never).kind).toBe(kind);
    });
  }

  it('reads a header row the source repeats on each page as column headings, whatever its words', () => {
    const row = rowOf(['No.', 'What we were asked', 'Answer', 'What we will do'], { header: true });
    expect(classifyRow(row, 'table', TEMPLATE_COLUMNS, never).kind).toBe('column-headings');
  });

  it('gives the figure and value of a tally row', () => {
    expect(classifyRow(rowOf(['Partly Agreed', '1']), 'tally', TEMPLATE_COLUMNS, never)).toEqual({
      kind: 'tally',
      figure: 'partlyAgreed',
      value: 1,
    });
  });
});

describe('classifyLine', () => {
  const line = (text: string, heading?: number) => ({
    type: 'line' as const,
    text,
    location: { line: 1 },
    ...(heading === undefined ? {} : { heading }),
  });
  const cases: readonly (readonly [Phase, string, string, boolean?, number?])[] = [
    ['preamble', 'ACTION PLAN: Inspection of HMP Example', 'header'],
    ['preamble', 'Action Plan Submitted: 12th February 2020', 'header'],
    ['preamble', 'Report Published 20 October 2015', 'header'],
    ['preamble', 'Inspectorate: HM Inspectorate of Probation', 'header'],
    ['preamble', 'Page 3 of 12', 'banner'],
    ['preamble', 'OFFICIAL', 'banner'],
    ['preamble', 'HM Prison & Probation Service', 'prose'],
    ['preamble', 'Total 7', 'prose'],
    ['table', 'Total 7', 'tally'],
    ['table', 'Recommendations', 'tally-heading', true],
    ['table', 'Recommendations', 'prose'],
    ['table', 'Priority concerns', 'heading', false, 2],
    ['table', 'The governor should:', 'addressee', false, 3],
    ['table', 'A paragraph below the table.', 'prose'],
  ];
  for (const [phase, text, kind, nextIsTally = false, heading] of cases) {
    it(`in the ${phase}, reads ${JSON.stringify(text)} as ${kind}`, () => {
      expect(classifyLine(line(text, heading), phase, nextIsTally ? always : never).kind).toBe(kind);
    });
  }

  it('reads a line the reader found at the top or foot of several pages as a page banner', () => {
    expect(classifyLine({ ...line('HMP Example action plan'), repeated: true }, 'table', never).kind).toBe('banner');
    expect(classifyLine(line('HMP Example action plan'), 'table', never).kind).toBe('prose');
  });

  it('reads every field of a whole header written on one line', () => {
    expect(
      classifyLine(
        line('Action Plan: HMP Liverpool A response to the HMCIP Inspection Report Published 19th January 2018'),
        'preamble',
        never,
      ),
    ).toEqual({
      kind: 'header',
      field: 'title',
      value: 'HMP Liverpool',
      more: [
        { field: 'reportTitle', value: 'the HMCIP Inspection Report' },
        { field: 'reportPublished', value: '19th January 2018' },
      ],
    });
  });

  it('reads a report title after "Response to", and not in a sentence', () => {
    expect(classifyLine(line('Response to an inspection of asylum casework'), 'preamble', never)).toEqual({
      kind: 'header',
      field: 'reportTitle',
      value: 'an inspection of asylum casework',
    });
    expect(classifyLine(line('In response to the report, HMPPS will act.'), 'preamble', never).kind).toBe('prose');
  });

  it('gives the field and the value a header line names, dates before titles', () => {
    expect(classifyLine(line('Action Plan Submitted: 9 March 2026'), 'preamble', never)).toEqual({
      kind: 'header',
      field: 'submitted',
      value: '9 March 2026',
    });
  });
});

describe('columnsOf', () => {
  it('keeps the template order for the template headings', () => {
    expect(
      columnsOf([
        '1. Rec No',
        '2. Recommendation',
        '3. Agreed/ Partly Agreed/ Not Agreed',
        '4. Response Action Taken/Planned',
        '5. Responsible Owner',
        '6. Target Date',
      ]),
    ).toEqual(TEMPLATE_COLUMNS);
  });

  it('finds the fields of headings in another order', () => {
    expect(columnsOf(['Ref', 'Recommendation', 'Response', 'Accepted / Rejected', 'Target date', 'Lead'])).toEqual({
      ref: 0,
      text: 1,
      response: 2,
      category: 3,
      target: 4,
      owner: 5,
    });
  });

  it('keeps the template order when the headings do not name a recommendation, a category and a response', () => {
    expect(columnsOf(['Ref', 'Item', 'Status', 'Notes'])).toEqual(TEMPLATE_COLUMNS);
  });
});
