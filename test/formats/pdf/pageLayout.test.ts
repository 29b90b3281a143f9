import { describe, expect, it } from 'vitest';
import type { ModelLine, ModelTable, TableModel } from '../../../src/formats/document/TableModel.js';
import {
  pdfTableModel,
  type PageContent,
  type Rule,
  type TextRun,
} from '../../../src/formats/pdf/_internal/pageLayout.js';

// Pages described by hand, as pdf.js would give them: runs of text at their baselines (points
// from the page's top-left corner, font size 10, about 5 points a character) and the rules the
// page draws.

const run = (text: string, x: number, y: number, size = 10): TextRun => ({
  text,
  x,
  y,
  size,
  width: text.length * size * 0.5,
});
const across = (y: number, from: number, to: number): Rule => ({ across: true, at: y, from, to });
const down = (x: number, from: number, to: number): Rule => ({ across: false, at: x, from, to });
const page = (number: number, runs: TextRun[], rules: Rule[] = []): PageContent => ({
  number,
  width: 600,
  height: 800,
  runs,
  rules,
});

/** A grid's rules: rows between the ys, columns between the xs, each border whole. */
function grid(xs: number[], ys: number[]): Rule[] {
  const top = ys[0] as number;
  const bottom = ys[ys.length - 1] as number;
  return [
    ...ys.map((y) => across(y, xs[0] as number, xs[xs.length - 1] as number)),
    ...xs.map((x) => down(x, top, bottom)),
  ];
}

const tables = (model: TableModel): ModelTable[] => model.items.filter((i): i is ModelTable => i.type === 'table');
const lines = (model: TableModel): ModelLine[] => model.items.filter((i): i is ModelLine => i.type === 'line');
const texts = (table: ModelTable | undefined): string[][] =>
  (table?.rows ?? []).map((row) => row.cells.map((cell) => cell.text));

describe('pdfTableModel: tables found by their rules', () => {
  it('places each run in the cell its rules draw around it, top to bottom and left to right', () => {
    const model = pdfTableModel([
      page(
        1,
        [run('Title line', 50, 40), run('A', 55, 115), run('B', 205, 115), run('C', 55, 145), run('D', 205, 145)],
        grid([50, 200, 350], [100, 130, 160]),
      ),
    ]);
    expect(lines(model).map((l) => l.text)).toEqual(['Title line']);
    expect(texts(tables(model)[0])).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    expect(tables(model)[0]?.rows[1]?.cells[1]?.location).toEqual({ page: 1, line: 3, column: 2 });
  });

  it('reads a border missing between two cells as a merged cell: across, or down repeating its text', () => {
    const rules = [
      across(100, 50, 500),
      across(130, 50, 500),
      across(160, 200, 500), // no border under the first column's second cell: it is merged down
      across(190, 50, 500),
      down(50, 100, 190),
      down(200, 100, 190),
      down(350, 130, 190), // no border between the first row's last two cells: merged across
      down(500, 100, 190),
    ];
    const model = pdfTableModel([
      page(
        1,
        [
          run('Heading', 55, 115),
          run('Wide', 205, 115),
          run('Owner', 55, 145),
          run('x', 205, 145),
          run('y', 355, 145),
          run('z', 205, 175),
          run('w', 355, 175),
        ],
        rules,
      ),
    ]);
    const [table] = tables(model);
    expect(table?.rows[0]?.cells.map((c) => [c.text, c.covered])).toEqual([
      ['Heading', undefined],
      ['Wide', undefined],
      ['', 'across'],
    ]);
    expect(table?.rows[2]?.cells.map((c) => [c.text, c.covered])).toEqual([
      ['Owner', 'down'],
      ['z', undefined],
      ['w', undefined],
    ]);
  });

  it('reads a cell’s lines as paragraphs and list items: bullets, lines that continue an item, lines broken by hand', () => {
    const runs = [
      run('First paragraph that goes on', 55, 115),
      run('and on here.', 55, 127),
      run('•', 55, 145),
      run('an item that wraps onto a', 65, 145),
      run('second line', 65, 157),
      run('-', 55, 169),
      run('another item', 65, 169),
      run('Short.', 55, 187),
      // "Next" would have fitted after "Short." on its line: the line was broken by hand.
      run('Next', 55, 199),
    ];
    const [table] = tables(pdfTableModel([page(1, runs, grid([50, 200], [100, 210]))]));
    expect(table?.rows[0]?.cells[0]?.blocks).toEqual([
      { type: 'paragraph', text: 'First paragraph that goes on and on here.' },
      { type: 'list', items: ['an item that wraps onto a second line', 'another item'] },
      { type: 'paragraph', text: 'Short.' },
      { type: 'paragraph', text: 'Next' },
    ]);
  });

  it('joins a superscript to the word it is raised from, and runs split inside a word', () => {
    const runs = [
      run('26', 55, 115),
      run('th', 65, 112, 6),
      run(' March 2026', 71, 115),
      run('Serious Further Of', 55, 40),
      run('fence', 145, 40),
    ];
    const model = pdfTableModel([page(1, runs, grid([50, 200], [100, 130]))]);
    expect(tables(model)[0]?.rows[0]?.cells[0]?.text).toBe('26th March 2026');
    expect(lines(model)[0]?.text).toBe('Serious Further Offence');
  });
});

describe('pdfTableModel: pages', () => {
  const headings = ['1. Rec No', '2. Recommendation', '3. Agreed', '4. Response', '5. Owner', '6. Target Date'];
  const xs = [40, 100, 200, 260, 420, 500, 560];
  /** A page of the action table: the headings' row, then rows of cells, each 30 points high. */
  const tablePage = (number: number, rows: string[][], extra: TextRun[] = []): PageContent => {
    const all = [headings, ...rows];
    const ys = all.map((_, i) => 100 + i * 30);
    ys.push(100 + all.length * 30);
    const runs = all.flatMap((cells, r) =>
      cells.map((text, c) => run(text, (xs[c] as number) + 3, 115 + r * 30, 8)).filter((t) => t.text !== ''),
    );
    return page(number, [...runs, ...extra], grid(xs, ys));
  };

  it('joins a table continued on the next page, its repeated headings marked as header rows and the row after the break marked', () => {
    const model = pdfTableModel([
      tablePage(1, [['1', 'Do this.', 'Agreed', 'Yes.', 'Governor', 'May 2026']], [run('Page 1 of 2', 280, 780)]),
      tablePage(2, [['2', 'Do that.', 'Agreed', 'Yes.', 'Governor', 'June 2026']], [run('Page 2 of 2', 280, 780)]),
    ]);
    const [table, ...others] = tables(model);
    expect(others).toEqual([]);
    expect(table?.rows.map((row) => [row.cells[0]?.text, row.header === true, row.afterBreak === true])).toEqual([
      ['1. Rec No', true, false],
      ['1', false, false],
      ['1. Rec No', true, false],
      ['2', false, true],
    ]);
    expect(lines(model).map((l) => [l.text, l.repeated])).toEqual([
      ['Page 1 of 2', true],
      ['Page 2 of 2', true],
    ]);
  });

  it('marks a line that the top margin of several pages repeats as a running header, and keeps a line that stands once', () => {
    const model = pdfTableModel([
      page(1, [run('OFFICIAL - SENSITIVE', 250, 30), run('Introduction', 50, 300)]),
      page(2, [run('OFFICIAL - SENSITIVE', 250, 30), run('More text', 50, 300)]),
    ]);
    expect(lines(model).map((l) => [l.text, l.repeated === true, l.location.page])).toEqual([
      ['OFFICIAL - SENSITIVE', true, 1],
      ['Introduction', false, 1],
      ['OFFICIAL - SENSITIVE', true, 2],
      ['More text', false, 2],
    ]);
  });

  it('finds a table drawn without rules by its column headings, and its rows by the first column', () => {
    const page1 = tablePage(1, [
      ['1', 'Do this.', 'Agreed', 'Yes.', 'Governor', 'May 2026'],
      ['2', 'Do that.', 'Agreed', 'No.', 'Director', 'June 2026'],
    ]);
    const model = pdfTableModel([{ ...page1, rules: [] }]);
    expect(texts(tables(model)[0])).toEqual([
      headings,
      ['1', 'Do this.', 'Agreed', 'Yes.', 'Governor', 'May 2026'],
      ['2', 'Do that.', 'Agreed', 'No.', 'Director', 'June 2026'],
    ]);
  });

  it('reads text with no table and no headings as lines, a paragraph’s lines joined', () => {
    const model = pdfTableModel([
      page(1, [run('Dear colleague, thank you', 50, 100), run('for your letter.', 50, 112), run('Yours,', 50, 140)]),
    ]);
    expect(tables(model)).toEqual([]);
    expect(lines(model).map((l) => l.text)).toEqual(['Dear colleague, thank you for your letter.', 'Yours,']);
  });
});
