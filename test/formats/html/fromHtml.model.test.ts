import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelCell, ModelItem, ModelTable, TableModel } from '../../../src/formats/document/TableModel.js';
import { htmlTableModel } from '../../../src/formats/html/_internal/htmlTableModel.js';
import { decodeReferences } from '../../../src/formats/html/_internal/references.js';
import { attributeOf, scanHtml } from '../../../src/formats/html/_internal/scanHtml.js';

const model = (html: string): TableModel => htmlTableModel(html).model;
const tables = (html: string): ModelTable[] =>
  model(html).items.filter((item): item is ModelTable => item.type === 'table');
const lines = (html: string): string[] =>
  model(html).items.flatMap((item) => (item.type === 'line' ? [item.text] : []));
/** A table's cells as short strings: `text`, `^text` for covered down, `<` for covered across. */
const grid = (table: ModelTable | undefined): string[][] =>
  (table?.rows ?? []).map((row) =>
    row.cells.map((cell: ModelCell) =>
      cell.covered === 'across' ? '<' : cell.covered === 'down' ? `^${cell.text}` : cell.text,
    ),
  );
const first = (html: string): ModelTable | undefined => tables(html)[0];

describe('character references', () => {
  it('decodes named references, those office suites write among them', () => {
    expect(decodeReferences('&amp; &lt; &gt; &quot; &apos; &nbsp; &copy; &euro; &pound; &hellip;')).toBe(
      '& < > " \' \u00a0 © € £ …',
    );
    expect(decodeReferences('&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;&bull;&middot;&eacute;&Uuml;&szlig;')).toBe(
      '–—‘’“”•·éÜß',
    );
    expect(decodeReferences('&alpha;&Omega;&sigmaf;&rarr;&le;&trade;&shy;')).toBe('αΩς→≤™\u00ad');
  });

  it('decodes numeric references, decimal and hexadecimal, as HTML does', () => {
    expect(decodeReferences('&#8217; &#x2019; &#X1F600; &#39;')).toBe("’ ’ 😀 '");
    // References to C1 controls stand for the Windows-1252 characters, as in every browser.
    expect(decodeReferences('&#146;&#150;&#128;')).toBe('’–€');
    // No character, a surrogate, or beyond Unicode: the replacement character.
    expect(decodeReferences('&#0;&#xD800;&#x110000;&#99999999999999;')).toBe('\ufffd'.repeat(4));
    // The semicolon may be missing.
    expect(decodeReferences('&#65x')).toBe('Ax');
  });

  it('decodes a legacy name without its semicolon and leaves unknown names as written', () => {
    expect(decodeReferences('&copy 2024 &amp2 &notit;')).toBe('© 2024 &2 ¬it;');
    expect(decodeReferences('&unknown; &hellip &; & x')).toBe('&unknown; &hellip &; & x');
  });
});

describe('the tokenizer', () => {
  const events = (html: string): string[] => {
    const out: string[] = [];
    scanHtml(html, {
      text: (start, end) => out.push(`"${html.slice(start, end)}"`),
      open: (name) => out.push(`<${name}>`),
      close: (name) => out.push(`</${name}>`),
    });
    return out;
  };

  it('skips comments, doctypes, Word conditional markup, and the content of scripts and styles', () => {
    expect(
      events(
        '<!DOCTYPE html><!-- a <td> comment --><?xml x?><![if !supportLists]>a<![endif]>' +
          '<script>if (a < b) document.write("<td>")</script><STYLE>td{}</style >b',
      ),
    ).toEqual(['"a"', '<script>', '</script>', '<style>', '</style>', '"b"']);
    expect(events('<!--><!--->x<!-- never closed <td>')).toEqual(['"x"']);
  });

  it('reads a "<" that starts no tag as text, and drops a tag cut off by the end', () => {
    expect(events('a < b <3 </ > c <td class="x')).toEqual(['"a < b <3 "', '" c "']);
    expect(events('<p title="a > b" class=\'c\'>d</P>')).toEqual(['<p>', '"d"', '</p>']);
  });

  it('reads the content of a textarea as text, and an unclosed script to the end', () => {
    expect(events('<textarea><td>x</textarea>y<script>z')).toEqual([
      '<textarea>',
      '"<td>x"',
      '</textarea>',
      '"y"',
      '<script>',
    ]);
  });

  it('reads attributes quoted, unquoted and bare, the first of a name winning', () => {
    const html = '<td nowrap data-x="colspan=9" COLSPAN=3 rowspan = \'2\' colspan="7">';
    const end = html.length - 1;
    expect(attributeOf(html, 0, end, 'colspan')).toBe('3');
    expect(attributeOf(html, 0, end, 'rowspan')).toBe('2');
    expect(attributeOf(html, 0, end, 'nowrap')).toBe('');
    expect(attributeOf(html, 0, end, 'style')).toBeUndefined();
  });
});

describe('HTML into the table model', () => {
  it('reads th and td cells, and marks thead rows as header rows', () => {
    const table = first(
      '<table><thead><tr><th>Rec No</th><th>Recommendation</th></tr></thead>' +
        '<tbody><tr><th scope="row">1</th><td>Improve safety.</td></tr></tbody></table>',
    );
    expect(grid(table)).toEqual([
      ['Rec No', 'Recommendation'],
      ['1', 'Improve safety.'],
    ]);
    expect(table?.rows.map((row) => row.header ?? false)).toEqual([true, false]);
    expect(table?.rows[1]?.text).toBe('1\tImprove safety.');
  });

  it('lays merged cells out on the grid: down repeats the cell, across is empty', () => {
    const table = first(
      '<table><tr><td rowspan="3">1</td><td colspan="2">wide</td><td>x</td></tr>' +
        '<tr><td>a</td><td rowspan=2 colspan=2><p>big</p></td></tr>' +
        '<tr><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>',
    );
    expect(grid(table)).toEqual([
      ['1', 'wide', '<', 'x'],
      ['^1', 'a', 'big', '<'],
      ['^1', 'b', '^big', '<'],
      ['c', 'd'],
    ]);
    const down = table?.rows[1]?.cells[0];
    expect(down?.blocks).toEqual([{ type: 'paragraph', text: '1' }]);
    // A covered cell is where its merged cell is; a row's text is its own cells'.
    expect(down?.location).toEqual(table?.rows[0]?.cells[0]?.location);
    expect(table?.rows[1]?.text).toBe('a\tbig');
  });

  it('fills the columns a merged cell above holds beyond a short row, with empty cells between', () => {
    expect(grid(first('<table><tr><td>a</td><td>b</td><td rowspan=2>c</td></tr><tr><td>d</td></tr></table>'))).toEqual([
      ['a', 'b', 'c'],
      ['d', '', '^c'],
    ]);
  });

  it('ends merged cells with their row group, and reads rowspan="0" as to its end', () => {
    const table = first(
      '<table><tbody><tr><td rowspan=0>a</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody>' +
        '<tbody><tr><td rowspan=5>b</td></tr></tbody><tr><td>after</td></tr></table>',
    );
    expect(grid(table)).toEqual([['a', '1'], ['^a', '2'], ['^a', '3'], ['b'], ['after']]);
  });

  it('caps spans as HTML does, so colspan="1000000" does not make a million cells', () => {
    const table = first(
      '<table><tr><td colspan="1000000">x</td></tr><tr><td colspan=-3>y</td><td colspan=0>z</td></tr></table>',
    );
    expect(table?.rows[0]?.cells.length).toBe(1000);
    expect(grid(table)[1]).toEqual(['y', 'z']);
    const tall = first(`<table><tr><td rowspan="999999">x</td></tr>${'<tr>'.repeat(70_000)}</table>`);
    expect(tall?.rows.length).toBe(65_534);
  });

  it('stops laying out merged cells past a bound on what they cover, and says where', () => {
    const html = `<table><tr><td colspan=1000 rowspan=65534>x</td></tr>${'<tr>'.repeat(3000)}</table>`;
    const read = htmlTableModel(html);
    expect(read.unplaced).toEqual([
      {
        location: { line: 1, column: expect.any(Number) },
        text: '',
        reason: expect.stringContaining('merged cells covering more than 2000000 cells'),
      },
    ]);
    const cells = (read.model.items[0] as ModelTable).rows.reduce((n, row) => n + row.cells.length, 0);
    expect(cells).toBeLessThanOrEqual(2_000_001);
    expect(htmlTableModel('<table><tr><td colspan=2 rowspan=2>x</td></tr><tr></tr></table>').unplaced).toEqual([]);
  });

  it('reads paragraphs, line breaks and lists in a cell as blocks, nested lists flattened', () => {
    const table = first(
      '<table><tr><td><p>One.</p>Two<br>Three<ul><li>a<li>b<ol><li>b.1</ol><li>c<br>d</ul>' +
        '<p>Four</p><ul><li><p>e</p><p>f</p></li></ul></td></tr></table>',
    );
    expect(table?.rows[0]?.cells[0]?.blocks).toEqual([
      { type: 'paragraph', text: 'One.' },
      { type: 'paragraph', text: 'Two' },
      { type: 'paragraph', text: 'Three' },
      { type: 'list', items: ['a', 'b', 'b.1', 'c d'] },
      { type: 'paragraph', text: 'Four' },
      { type: 'list', items: ['e f'] },
    ]);
    expect(table?.rows[0]?.cells[0]?.text).toBe('One. Two Three a b b.1 c d Four e f');
  });

  it('splits owners and target dates at line breaks into entries', () => {
    expect(
      first(
        '<table><tr><td>Governor<br/>Head of Safety</td><td>March 2026<br>June 2026</td></tr></table>',
      )?.rows[0]?.cells.map((c) => c.blocks),
    ).toEqual([
      [
        { type: 'paragraph', text: 'Governor' },
        { type: 'paragraph', text: 'Head of Safety' },
      ],
      [
        { type: 'paragraph', text: 'March 2026' },
        { type: 'paragraph', text: 'June 2026' },
      ],
    ]);
  });

  it('folds white space and decodes references in cells and lines', () => {
    const read = model(
      '<h2>\n  HM Prison &amp;\n Probation&nbsp;Service </h2><table><tr><td>  a\t&lt;b&gt;  </td></tr></table>',
    );
    expect(read.items[0]).toMatchObject({ type: 'line', text: 'HM Prison & Probation Service', heading: 2 });
    expect(grid(read.items[1] as ModelTable)).toEqual([['a <b>']]);
  });

  it('reads headings, paragraphs, list items and definition lists outside tables as lines', () => {
    const read = model(
      '<h1>Plan</h1><p>Intro<br>second line</p><div>Div text</div><ul><li>item</li></ul>' +
        '<dl><dt>Submitted</dt><dd>9 February 2026</dd><dt>Note:</dt><dd>x</dd><dt>Alone</dt></dl><h3>Sub<br>heading</h3>',
    );
    expect(read.items.map((item) => (item.type === 'line' ? [item.text, item.heading] : item.type))).toEqual([
      ['Plan', 1],
      ['Intro', undefined],
      ['second line', undefined],
      ['Div text', undefined],
      ['item', undefined],
      ['Submitted: 9 February 2026', undefined],
      ['Note: x', undefined],
      ['Alone', undefined],
      ['Sub', 3],
      ['heading', 3],
    ]);
  });

  it('reads a caption as the line before its table, and text loose in a table as lines', () => {
    const read = model('<table>stray<caption>Action plan: Example</caption><tr><td>1</td></tr>more</table>after');
    expect(read.items.map((item: ModelItem) => (item.type === 'line' ? item.text : 'TABLE'))).toEqual([
      'stray',
      'Action plan: Example',
      'more',
      'TABLE',
      'after',
    ]);
  });

  it('ignores scripts, styles, comments, the head and Word markup', () => {
    const read = model(
      '<html><head><title>T</title><style>p{}</style><script>x()</script></head><body>' +
        '<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->' +
        '<p class=MsoNormal>Text<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p></body></html>',
    );
    expect(read.items.map((item) => (item.type === 'line' ? item.text : item.type))).toEqual(['Text']);
  });

  it('reads Word list paragraphs as a list, without their bullets', () => {
    const bullet =
      "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>";
    const table = first(
      `<table><tr><td><p class=MsoNormal>Intro.<o:p></o:p></p>` +
        `<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${bullet}First<o:p></o:p></p>` +
        `<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'>${bullet}Second</p>` +
        `<p class=MsoNormal>After.</p></td></tr></table>`,
    );
    expect(table?.rows[0]?.cells[0]?.blocks).toEqual([
      { type: 'paragraph', text: 'Intro.' },
      { type: 'list', items: ['First', 'Second'] },
      { type: 'paragraph', text: 'After.' },
    ]);
  });

  it('closes what HTML lets a document leave open', () => {
    const table = first('<table><tr><td><p>a<p>b<td>c<tr><td>d<li>e</table><p>f');
    expect(table?.rows.map((row) => row.cells.map((cell) => cell.blocks))).toEqual([
      [
        [
          { type: 'paragraph', text: 'a' },
          { type: 'paragraph', text: 'b' },
        ],
        [{ type: 'paragraph', text: 'c' }],
      ],
      [
        [
          { type: 'paragraph', text: 'd' },
          { type: 'list', items: ['e'] },
        ],
      ],
    ]);
    expect(lines('<table><td>x')).toEqual([]);
    expect(grid(first('<table><td>x'))).toEqual([['x']]);
    expect(grid(first('<table><tr><td>x</td><table><tr><td>y'))).toEqual([['x']]);
    expect(tables('<table><tr><td>x</td><table><tr><td>y').length).toBe(2);
  });

  it('gives the text of a table inside a cell to that cell, a paragraph for each of its cells', () => {
    const table = first(
      '<table><tr><td>outer<table><caption>c</caption><tr><td>in 1</td><td>in 2</td></tr><tr><td><table><tr><td>deep</table></td></tr></table>after</td><td>next</td></tr></table>',
    );
    expect(table?.rows[0]?.cells.map((cell) => cell.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')))).toEqual(
      [['outer', 'c', 'in 1', 'in 2', 'deep', 'after'], ['next']],
    );
  });

  it('locates lines, tables, rows and cells by line and column in the HTML', () => {
    const read = model('<p>Title</p>\n<table>\n  <tr>\n    <td>a</td><td>\n b</td>\n  </tr>\n</table>');
    expect(read.items[0]?.location).toEqual({ line: 1, column: 4 });
    const table = read.items[1] as ModelTable;
    expect(table.location).toEqual({ line: 2, column: 1 });
    expect(table.rows[0]?.location).toEqual({ line: 3, column: 3 });
    expect(table.rows[0]?.cells.map((cell) => cell.location)).toEqual([
      { line: 4, column: 5 },
      { line: 4, column: 15 },
    ]);
    expect(model('a\r\nb<br>\rc').items.map((item) => item.location)).toEqual([
      { line: 1, column: 1 },
      { line: 3, column: 1 },
    ]);
  });

  it('reads the library’s own page as what its parts are', () => {
    const page = readFileSync(new URL('../../golden/sfo-annual-report-2024-25.page.html', import.meta.url), 'utf8');
    const read = model(page);
    // The page's heading is the title the caption repeats; the respondent reads as on a cover.
    expect(read.items.slice(0, 6).map((item) => (item.type === 'line' ? item.text : item.type))).toEqual([
      'HM Prison & Probation Service',
      'A response to: Serious Further Offence Annual Report 2024-2025',
      'Report published: 9 December 2025',
      'Action plan submitted: 9 February 2026',
      'Action plan: Serious Further Offence Annual Report 2024-2025',
      'table',
    ]);
    const [plan, tally] = tables(page);
    expect(plan?.rows.length).toBe(15);
    expect(grid(plan)[4]?.slice(0, 3)).toEqual([
      '^1',
      '^Devise and implement an approach to engaging with victims and their families following an SFO, which is directly informed throughout by victims, their families and relevant interested parties.',
      '^Agreed',
    ]);
    expect(grid(tally)).toEqual([
      ['Recommendations', 'Number'],
      ['Agreed', '6'],
      ['Partly Agreed', '1'],
      ['Not Agreed', '0'],
      ['Total', '7'],
    ]);
  });
});

describe('hostile HTML', () => {
  it('reads 10,000 nested tables without recursion, their text in the outer cell', () => {
    const html = `${'<table><tr><td>x'.repeat(10_000)}${'</td></tr></table>'.repeat(10_000)}`;
    const read = tables(html);
    expect(read.length).toBe(1);
    expect(read[0]?.rows[0]?.cells[0]?.blocks.length).toBe(10_000);
    const unclosed = tables('<table><tr><td>'.repeat(10_000) + '<ul><li>'.repeat(10_000) + 'x');
    expect(unclosed[0]?.rows[0]?.cells[0]?.blocks).toEqual([{ type: 'list', items: ['x'] }]);
  });

  it('reads 50 MB of HTML', { timeout: 600_000 }, () => {
    const row =
      '<tr><td>1</td><td>Improve safety &amp; decency.</td><td>Agreed</td><td><p>A review.</p></td><td>Governor</td><td>March 2026</td></tr>\n';
    const html = `<table>${row.repeat(Math.ceil(50e6 / row.length))}</table>`;
    const read = tables(html);
    expect(read[0]?.rows.length).toBe(Math.ceil(50e6 / row.length));
    expect(read[0]?.rows.at(-1)?.location.line).toBe(Math.ceil(50e6 / row.length));
  });

  it('never throws on mutated HTML, and every cell and line holds plain text', () => {
    const page = readFileSync(new URL('../../golden/sfo-annual-report-2024-25.page.html', import.meta.url), 'utf8');
    const pieces = fc.constantFrom(
      '<',
      '>',
      '</td>',
      '<td rowspan=9>',
      '<tr>',
      '<table>',
      '</table>',
      '<ul>',
      '<li>',
      '<!--',
      '"',
      '&',
      '&#x',
      ';',
      '<br>',
      '<p>',
      ' ',
      'x',
    );
    const plain = (text: string): boolean => text === text.trim() && !/\s\s|[^\S ]/.test(text);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: page.length }), fc.nat({ max: 300 }), fc.array(pieces, { maxLength: 4 })), {
          maxLength: 6,
        }),
        (edits) => {
          let html = page;
          for (const [at, cut, insert] of edits) html = html.slice(0, at) + insert.join('') + html.slice(at + cut);
          for (const item of model(html).items) {
            if (item.type === 'line') expect(item.text !== '' && plain(item.text)).toBe(true);
            else
              for (const row of item.rows)
                for (const cell of row.cells) {
                  expect(plain(cell.text)).toBe(true);
                  for (const block of cell.blocks)
                    for (const text of block.type === 'paragraph' ? [block.text] : block.items)
                      expect(text !== '' && plain(text)).toBe(true);
                }
          }
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (html) => void model(html)));
  });
});
