import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ModelTable, TableModel } from '../../../src/formats/document/TableModel.js';
import { docxTableModel } from '../../../src/formats/docx/_internal/docxTableModel.js';
import { docx, numbering, p, styles, tbl, tc, tr } from './documents.js';

/** The model read from a document, which must be readable. */
function model(bytes: Uint8Array): { model: TableModel; codes: string[] } {
  const result = docxTableModel(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { model: result.model, codes: result.issues.map((i) => i.code) };
}

const table = (m: TableModel, n = 0): ModelTable => m.items.filter((i) => i.type === 'table')[n] as ModelTable;
const texts = (t: ModelTable): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));

describe('the table model of a Word document', () => {
  it('reads paragraphs before, between and after tables as lines, with headings from styles', () => {
    const bytes = docx(
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>ACTION PLAN: Example</w:t></w:r></w:p>${p('Before')}${tbl(tr(tc(p('a')) + tc(p('b'))))}${p('Between')}${p('')}${tbl(tr(tc(p('c'))))}${p('After')}`,
      {
        'word/styles.xml': styles(
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>',
        ),
      },
    );
    const { model: m } = model(bytes);
    expect(
      m.items.map((i) => (i.type === 'line' ? [i.text, i.location.line, i.heading] : ['table', i.location.line])),
    ).toEqual([
      ['ACTION PLAN: Example', 1, 1],
      ['Before', 2, undefined],
      ['table', 3],
      ['Between', 4, undefined],
      ['table', 6],
      ['After', 7, undefined],
    ]);
    expect(table(m).rows[0]?.cells.map((c) => c.location)).toEqual([
      { line: 3, column: 1 },
      { line: 3, column: 2 },
    ]);
  });

  it('resolves gridSpan into cells covered across and vMerge into cells covered down', () => {
    const { model: m } = model(
      docx(
        tbl(
          tr(tc(p('Section'), '<w:gridSpan w:val="3"/>')) +
            tr(tc(p('1')) + tc(p('Owner A'), '<w:vMerge w:val="restart"/>') + tc(p('March 2026'))) +
            tr(tc(p('')) + tc(p(''), '<w:vMerge/>') + tc(p('June 2026'))),
        ),
      ),
    );
    const t = table(m);
    expect(texts(t)).toEqual([
      ['Section', '', ''],
      ['1', 'Owner A', 'March 2026'],
      ['', 'Owner A', 'June 2026'],
    ]);
    expect(t.rows[0]?.cells.map((c) => c.covered)).toEqual([undefined, 'across', 'across']);
    expect(t.rows[2]?.cells.map((c) => c.covered)).toEqual([undefined, 'down', undefined]);
    expect(t.rows[2]?.cells[1]?.location).toEqual({ line: 3, column: 2 });
  });

  it('marks tblHeader rows as header rows, and a row after a page break', () => {
    const { model: m } = model(
      docx(
        tbl(
          tr(tc(p('1. Rec No')), '<w:tblHeader/>') +
            tr(tc(p('1'))) +
            tr(tc('<w:p><w:r><w:lastRenderedPageBreak/><w:t>continued</w:t></w:r></w:p>')) +
            tr(tc(p('not a header')), '<w:tblHeader w:val="false"/>'),
        ),
      ),
    );
    const rows = table(m).rows;
    expect(rows.map((r) => [r.header ?? false, r.afterBreak ?? false])).toEqual([
      [true, false],
      [false, false],
      [false, true],
      [false, false],
    ]);
  });

  it('reads numbered paragraphs as list items, and splits entries at line breaks', () => {
    const bytes = docx(
      tbl(
        tr(
          tc(
            p('Response.') +
              '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>First</w:t></w:r></w:p>' +
              '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Second</w:t></w:r></w:p>' +
              '<w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Not a list</w:t></w:r></w:p>',
          ) +
            tc('<w:p><w:r><w:t>Owner A</w:t><w:br/><w:t>Owner B</w:t></w:r></w:p>') +
            tc('<w:p><w:r><w:t>March</w:t><w:tab/><w:t>2026</w:t><w:cr/><w:t>“Completed”</w:t></w:r></w:p>'),
        ),
      ),
      {
        'word/numbering.xml': numbering(
          '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
        ),
        'word/styles.xml': styles(
          '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
        ),
      },
    );
    const cells = table(model(bytes).model).rows[0]?.cells ?? [];
    expect(cells.map((c) => c.blocks)).toEqual([
      [
        { type: 'paragraph', text: 'Response.' },
        { type: 'list', items: ['First', 'Second'] },
        { type: 'paragraph', text: 'Not a list' },
      ],
      [
        { type: 'paragraph', text: 'Owner A' },
        { type: 'paragraph', text: 'Owner B' },
      ],
      [
        { type: 'paragraph', text: 'March 2026' },
        { type: 'paragraph', text: '“Completed”' },
      ],
    ]);
  });

  it('shows the number of a numbered paragraph with no text of its own', () => {
    const bytes = docx(
      tbl(
        [1, 2]
          .map(() =>
            tr(
              tc('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:p>') +
                tc(p('text')),
            ),
          )
          .join(''),
      ),
      {
        'word/numbering.xml': numbering(
          '<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>',
        ),
      },
    );
    expect(texts(table(model(bytes).model))).toEqual([
      ['1.', 'text'],
      ['2.', 'text'],
    ]);
  });

  it('reads content controls, hyperlinks and the results of fields, not their codes', () => {
    const bytes = docx(
      '<w:sdt><w:sdtPr><w:alias w:val="Title"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent>' +
        p('In a control') +
        '</w:sdtContent></w:sdt>' +
        '<w:p><w:hyperlink r:id="rId9" xmlns:r="urn:r"><w:r><w:t xml:space="preserve">a link </w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">9 February 2026 </w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>' +
        '<w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>shown</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>shown</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
    );
    expect(model(bytes).model.items.map((i) => i.type === 'line' && i.text)).toEqual([
      'In a control',
      'a link 9 February 2026 3',
      'shown',
    ]);
  });

  it('reads tracked changes as the document would print, and says they are pending', () => {
    const bytes = docx(
      p('Before') +
        '<w:p><w:r><w:t xml:space="preserve">Owner </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>kept</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>gone</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>moved away</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t xml:space="preserve"> moved here</w:t></w:r></w:moveTo></w:p>' +
        tbl(tr(tc(p('kept row'))) + tr(tc(p('deleted row')), '<w:del w:id="5" w:author="A"/>') + tr(tc(p('next')))),
    );
    const result = docxTableModel(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.items.map((i) => (i.type === 'line' ? i.text : texts(i)))).toEqual([
      'Before',
      'Owner kept moved here',
      [['kept row'], ['next']],
    ]);
    expect(table(result.model).rows.map((r) => r.location.line)).toEqual([3, 4]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'document.tracked_changes',
        severity: 'warning',
        params: { insertions: 2, deletions: 3 },
        location: { line: 2 },
      }),
    ]);
  });

  it('puts the text of nested tables into the cell that holds them, however deep', () => {
    let nested = p('innermost');
    for (let k = 0; k < 10_000; k += 1) nested = tbl(tr(tc(nested)));
    const { model: m } = model(docx(tbl(tr(tc(p('outer') + nested) + tc(p('next'))))));
    expect(texts(table(m))).toEqual([['outer innermost', 'next']]);
  }, 60_000);

  it('leaves blank rows out and marks the row after them', () => {
    const { model: m } = model(docx(tbl(tr(tc(p('a'))) + tr(tc(p(' '))) + tr(tc(p('b'))))));
    expect(table(m).rows.map((r) => [r.text, r.location.line, r.afterBreak ?? false])).toEqual([
      ['a', 1, false],
      ['b', 3, true],
    ]);
  });

  it('keeps the text of a cell merged down below the text it repeats', () => {
    const { model: m } = model(
      docx(tbl(tr(tc(p('A'), '<w:vMerge w:val="restart"/>')) + tr(tc(p('B'), '<w:vMerge/>')))),
    );
    expect(texts(table(m))).toEqual([['A'], ['A B']]);
  });

  it('refuses a part with a document type declaration, and never expands its entities', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8(bomb),
    });
    const result = docxTableModel(bytes);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'document.damaged',
        params: expect.objectContaining({ part: 'word/document.xml', xmlLine: 1 }),
        message: expect.stringContaining('<!DOCTYPE'),
      }),
    ]);
  });
});

describe('numbers, grids and styles of a Word document', () => {
  it('numbers list levels in their formats, restarting a level under the one above', () => {
    const level = (ilvl: number, format: string, text: string): string =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const item = (ilvl: number): string =>
      tr(tc(`<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="2"/></w:numPr></w:pPr></w:p>`));
    const bytes = docx(tbl([0, 1, 1, 2, 3, 0, 1].map(item).join('')), {
      'word/numbering.xml': numbering(
        `<w:abstractNum w:abstractNumId="1">${level(0, 'upperRoman', '%1.')}${level(1, 'lowerLetter', '%1.%2)')}${level(2, 'lowerRoman', '(%3)')}${level(3, 'upperLetter', '%4')}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>`,
      ),
    });
    expect(texts(table(model(bytes).model)).map((r) => r[0])).toEqual([
      'IV.',
      'IV.a)',
      'IV.b)',
      '(i)',
      'A',
      'V.',
      'V.a)',
    ]);
  });

  it('places cells after the empty columns a row skips, and reads headings from outline levels', () => {
    const bytes = docx(
      '<w:p><w:pPr><w:pStyle w:val="Custom"/></w:pPr><w:r><w:t>Styled</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Outlined</w:t></w:r></w:p>' +
        tbl(tr(tc(p('late')), '<w:gridBefore w:val="2"/>')),
      {
        'word/styles.xml': styles(
          '<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="Custom"/><w:basedOn w:val="Base"/></w:style>',
        ),
      },
    );
    const m = model(bytes).model;
    expect(m.items.slice(0, 2)).toEqual([
      { type: 'line', text: 'Styled', location: { line: 1 }, heading: 3 },
      { type: 'line', text: 'Outlined', location: { line: 2 }, heading: 2 },
    ]);
    expect(table(m).rows[0]?.cells.map((c) => [c.text, c.location.column])).toEqual([
      ['', 1],
      ['', 2],
      ['late', 3],
    ]);
  });

  it('reads a document whose package names its main part elsewhere', () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>',
      ),
      'word/main.xml': strToU8(
        '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>Strict</w:t></w:r></w:p></w:body></w:document>',
      ),
    });
    expect(model(bytes).model.items).toEqual([{ type: 'line', text: 'Strict', location: { line: 1 } }]);
  });
});
