import { describe, expect, it } from 'vitest';
import type { ModelTable, TableModel } from '../../../src/formats/document/TableModel.js';
import { odtTableModel } from '../../../src/formats/odt/_internal/odtTableModel.js';
import { odt } from '../docx/documents.js';

function model(bytes: Uint8Array): { model: TableModel; issues: readonly { code: string }[] } {
  const result = odtTableModel(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}
const table = (m: TableModel): ModelTable => m.items.find((i) => i.type === 'table') as ModelTable;
const texts = (t: ModelTable): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));
const cell = (text: string, attributes = ''): string =>
  `<table:table-cell ${attributes}><text:p>${text}</text:p></table:table-cell>`;
const row = (cells: string, attributes = ''): string => `<table:table-row ${attributes}>${cells}</table:table-row>`;
const tableOf = (rows: string): string =>
  `<table:table table:name="T"><table:table-column table:number-columns-repeated="3"/>${rows}</table:table>`;

describe('the table model of an OpenDocument text', () => {
  it('reads headings and paragraphs as lines, and header rows as header rows', () => {
    const { model: m } = model(
      odt(
        `<text:h text:outline-level="2">ACTION PLAN: Example</text:h><text:p>Before</text:p>${tableOf(
          `<table:table-header-rows>${row(cell('1. Rec No') + cell('2. Recommendation'))}</table:table-header-rows>${row(cell('1') + cell('Improve.'))}`,
        )}<text:p>After</text:p>`,
      ),
    );
    expect(
      m.items.map((i) => (i.type === 'line' ? [i.text, i.location.line, i.heading] : ['table', i.location.line])),
    ).toEqual([
      ['ACTION PLAN: Example', 1, 2],
      ['Before', 2, undefined],
      ['table', 3],
      ['After', 5, undefined],
    ]);
    expect(table(m).rows.map((r) => r.header ?? false)).toEqual([true, false]);
  });

  it('resolves spanned and covered cells across and down', () => {
    const { model: m } = model(
      odt(
        tableOf(
          row(
            cell('Section', 'table:number-columns-spanned="3"') +
              '<table:covered-table-cell table:number-columns-repeated="2"/>',
          ) +
            row(cell('1') + cell('Owner A', 'table:number-rows-spanned="2"') + cell('March 2026')) +
            row(cell('') + '<table:covered-table-cell/>' + cell('June 2026')),
        ),
      ),
    );
    const t = table(m);
    expect(texts(t)).toEqual([
      ['Section', '', ''],
      ['1', 'Owner A', 'March 2026'],
      ['', 'Owner A', 'June 2026'],
    ]);
    expect(t.rows.map((r) => r.cells.map((c) => c.covered ?? '-'))).toEqual([
      ['-', 'across', 'across'],
      ['-', '-', '-'],
      ['-', 'down', '-'],
    ]);
    expect(t.rows[2]?.cells.map((c) => c.location.column)).toEqual([1, 2, 3]);
  });

  it('reads lists, line breaks, spaces and tabs in cells', () => {
    const { model: m } = model(
      odt(
        tableOf(
          row(
            `<table:table-cell><text:p>Response.</text:p><text:list><text:list-item><text:p>First</text:p></text:list-item><text:list-item><text:p>Second</text:p><text:list><text:list-item><text:p>Nested</text:p></text:list-item></text:list></text:list-item></text:list></table:table-cell>` +
              cell('Owner A<text:line-break/>Owner B') +
              cell('March<text:s text:c="3"/>2026<text:tab/>‘Q3’'),
          ),
        ),
      ),
    );
    expect(table(m).rows[0]?.cells.map((c) => c.blocks)).toEqual([
      [
        { type: 'paragraph', text: 'Response.' },
        { type: 'list', items: ['First', 'Second', 'Nested'] },
      ],
      [
        { type: 'paragraph', text: 'Owner A' },
        { type: 'paragraph', text: 'Owner B' },
      ],
      [{ type: 'paragraph', text: 'March 2026 ‘Q3’' }],
    ]);
  });

  it('bounds repeated rows and cells: an empty row repeated a million times costs nothing', () => {
    const { model: m } = model(
      odt(
        tableOf(
          row(cell('a') + '<table:table-cell table:number-columns-repeated="16384"/>') +
            row('<table:table-cell table:number-columns-repeated="3"/>', 'table:number-rows-repeated="1048576"') +
            row(cell('b') + cell('c')) +
            row(cell('same'), 'table:number-rows-repeated="5000"'),
        ),
      ),
    );
    const t = table(m);
    expect(t.rows.length).toBe(2 + 1000);
    expect(t.rows[0]?.cells.length).toBe(1);
    expect(t.rows[1]).toEqual(expect.objectContaining({ text: 'b\tc', afterBreak: true, location: { line: 1048578 } }));
    const result = odtTableModel(odt(tableOf(row(cell('same'), 'table:number-rows-repeated="5000"'))));
    expect(result.issues.map((i) => i.code)).toEqual(['document.limit_reached']);
  });

  it('reads tracked changes as the text would print, and says they are pending', () => {
    const result = odtTableModel(
      odt(
        '<text:tracked-changes><text:changed-region text:id="c1"><text:insertion><office:change-info/></text:insertion></text:changed-region><text:changed-region text:id="c2"><text:deletion><office:change-info/><text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
          '<text:p>Before</text:p><text:p>Owner <text:change-start text:change-id="c1"/>kept<text:change-end text:change-id="c1"/><text:change text:change-id="c2"/></text:p>',
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.items.map((i) => i.type === 'line' && i.text)).toEqual(['Before', 'Owner kept']);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'document.tracked_changes',
        params: { insertions: 1, deletions: 1 },
        location: { line: 2 },
      }),
    ]);
  });

  it('puts the text of nested tables into the cell that holds them, however deep', () => {
    let nested = '<text:p>innermost</text:p>';
    for (let k = 0; k < 10_000; k += 1)
      nested = `<table:table>${row(`<table:table-cell>${nested}</table:table-cell>`)}</table:table>`;
    const { model: m } = model(
      odt(tableOf(row(`<table:table-cell><text:p>outer</text:p>${nested}</table:table-cell>` + cell('next')))),
    );
    expect(texts(table(m))).toEqual([['outer innermost', 'next']]);
  }, 60_000);

  it('leaves out comments and the bodies of notes, keeping their marks', () => {
    const { model: m } = model(
      odt(
        '<text:p>Text<office:annotation><text:p>a comment</text:p></office:annotation> more<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>note</text:p></text:note-body></text:note></text:p>',
      ),
    );
    expect(m.items).toEqual([{ type: 'line', text: 'Text more1', location: { line: 1 } }]);
  });
});
