// Large Word and OpenDocument files for the benchmark: the corpus plans' recommendations as rows of
// one action table, laid out as the published plan is (one row a recommendation, its response as
// paragraphs and lists, its owners and target dates one paragraph each), zipped with fflate.
import { strToU8, zipSync } from 'fflate';

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HEADINGS = [
  '1. Rec No',
  '2. Recommendation',
  '3. Agreed/ Partly Agreed/ Not Agreed',
  '4. Response',
  '5. Responsible Owner',
  '6. Target Date',
];

/** The cells of a recommendation's row, each a list of blocks. */
function cellsOf(rec) {
  return [
    [{ type: 'paragraph', text: rec.ref }],
    [{ type: 'paragraph', text: rec.text }],
    [{ type: 'paragraph', text: rec.agreement.label }],
    rec.response,
    rec.actions.map((a) => ({ type: 'paragraph', text: a.owner })),
    rec.actions.map((a) => ({ type: 'paragraph', text: a.target.raw })),
  ];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const wp = (text, list = false) =>
  `<w:p>${list ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
const wblocks = (blocks) =>
  blocks.map((b) => (b.type === 'paragraph' ? wp(b.text) : b.items.map((i) => wp(i, true)).join(''))).join('') ||
  '<w:p/>';
const wrow = (cells, header = false) =>
  `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${wblocks(c)}</w:tc>`).join('')}</w:tr>`;

/** A Word document of the plans' recommendations; with the number of table rows it has. */
export function docxOf(plans) {
  const rows = [
    wrow(
      HEADINGS.map((h) => [{ type: 'paragraph', text: h }]),
      true,
    ),
  ];
  for (const plan of plans) for (const rec of plan.recommendations) rows.push(wrow(cellsOf(rec)));
  const body = `${wp('ACTION PLAN: Benchmark plan')}<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
  const bytes = zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
    'word/numbering.xml': strToU8(
      `<?xml version="1.0"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    ),
  });
  return { bytes, rows: rows.length };
}

const op = (text) => `<text:p>${escape(text)}</text:p>`;
const oblocks = (blocks) =>
  blocks
    .map((b) =>
      b.type === 'paragraph'
        ? op(b.text)
        : `<text:list>${b.items.map((i) => `<text:list-item>${op(i)}</text:list-item>`).join('')}</text:list>`,
    )
    .join('') || '<text:p/>';
const orow = (cells) =>
  `<table:table-row>${cells.map((c) => `<table:table-cell office:value-type="string">${oblocks(c)}</table:table-cell>`).join('')}</table:table-row>`;

/** An OpenDocument text of the plans' recommendations; with the number of table rows it has. */
export function odtOf(plans) {
  const rows = [];
  for (const plan of plans) for (const rec of plan.recommendations) rows.push(orow(cellsOf(rec)));
  const header = `<table:table-header-rows>${orow(HEADINGS.map((h) => [{ type: 'paragraph', text: h }]))}</table:table-header-rows>`;
  const ns = [
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  ].join(' ');
  const content = `<?xml version="1.0"?><office:document-content ${ns}><office:body><office:text>${op('ACTION PLAN: Benchmark plan')}<table:table table:name="Plan"><table:table-column table:number-columns-repeated="6"/>${header}${rows.join('')}</table:table></office:text></office:body></office:document-content>`;
  const bytes = zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(content),
    'META-INF/manifest.xml': strToU8(
      '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    ),
  });
  return { bytes, rows: rows.length + 1 };
}
