import { namespaces, type XmlHandler } from '../../_internal/xml.js';
import {
  finishedIssues,
  openDocument,
  type DocumentTableModel,
  type TrackedChanges,
} from '../../_internal/zipDocument.js';
import {
  MAX_COLUMNS,
  tableModelBuilder,
  type CellProperties,
  type RowProperties,
} from '../../_internal/xmlTableModel.js';

const KNOWN: Readonly<Record<string, string>> = {
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0': 'svg',
};

/** The elements the reader looks for. */
const ELEMENTS: readonly string[] = [
  'office:annotation',
  'office:forms',
  'svg:desc',
  'svg:title',
  'table:covered-table-cell',
  'table:table',
  'table:table-cell',
  'table:table-header-rows',
  'table:table-row',
  'text:change',
  'text:change-start',
  'text:deletion',
  'text:h',
  'text:insertion',
  'text:line-break',
  'text:list',
  'text:note-body',
  'text:p',
  'text:s',
  'text:soft-page-break',
  'text:tab',
  'text:tracked-changes',
];

/** How many spaces one `text:s` may stand for. */
const MAX_SPACES = 1000;

const count = (value: string | undefined, limit: number): number => {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, limit) : 1;
};

/** Reads the table model of an OpenDocument text, or the issues that stop it. */
export function odtTableModel(bytes: Uint8Array): DocumentTableModel {
  const opened = openDocument(bytes, 'odt');
  if (!opened.ok) return opened;
  const document = opened.document;
  const builder = tableModelBuilder();
  const ns = namespaces(KNOWN, ELEMENTS);
  const names: string[] = [];
  const changes: TrackedChanges = { insertions: 0, deletions: 0, line: undefined };
  let row: RowProperties | undefined;
  let cell: CellProperties | undefined;
  let skip = 0;
  /** Inside the register of tracked changes: counted, never shown. */
  let inChanges = false;
  let headerRows = 0;
  let lists = 0;
  let paragraphs = 0;

  const handler: XmlHandler = {
    open(qualified, attributes) {
      ns.enter(attributes);
      const name = ns.name(qualified);
      names.push(name);
      if (inChanges) {
        if (name === 'text:insertion') changes.insertions += 1;
        else if (name === 'text:deletion') changes.deletions += 1;
      }
      if (skip > 0) {
        skip += 1;
        return;
      }
      const attr = (wanted: string): string | undefined => ns.attribute(attributes, wanted);
      switch (name) {
        case 'text:p':
        case 'text:h': {
          paragraphs += 1;
          const level = name === 'text:h' ? count(attr('text:outline-level'), 10) : undefined;
          builder.openParagraph({
            ...(lists > 0 ? { list: true } : {}),
            ...(level === undefined ? {} : { heading: Math.min(6, level) }),
          });
          return;
        }
        case 'text:list':
          lists += 1;
          return;
        case 'text:s':
          if (paragraphs > 0) builder.text(' '.repeat(count(attr('text:c'), MAX_SPACES)));
          return;
        case 'text:tab':
          if (paragraphs > 0) builder.text('\t');
          return;
        case 'text:line-break':
          builder.lineBreak();
          return;
        case 'text:soft-page-break':
          builder.pageBreak();
          return;
        case 'table:table':
          builder.openTable();
          return;
        case 'table:table-header-rows':
          headerRows += 1;
          return;
        case 'table:table-row':
          row = builder.openRow();
          if (row !== undefined) {
            row.header = headerRows > 0;
            row.repeat = count(attr('table:number-rows-repeated'), Number.MAX_SAFE_INTEGER);
          }
          return;
        case 'table:table-cell':
        case 'table:covered-table-cell':
          cell = builder.openCell();
          if (cell !== undefined) {
            cell.covered = name === 'table:covered-table-cell';
            cell.columns = count(attr('table:number-columns-spanned'), MAX_COLUMNS);
            cell.rowSpan = count(attr('table:number-rows-spanned'), Number.MAX_SAFE_INTEGER);
            cell.repeat = count(attr('table:number-columns-repeated'), MAX_COLUMNS);
          }
          return;
        case 'text:change-start':
        case 'text:change':
          changes.line ??= builder.line;
          return;
        case 'text:tracked-changes':
          inChanges = true;
          skip = 1;
          return;
        case 'office:annotation':
        case 'text:note-body':
        case 'svg:title':
        case 'svg:desc':
        case 'office:forms':
          // Comments, the text of notes (their marks stay), and a drawing's title and description
          // are not part of the text as it prints.
          skip = 1;
          return;
        default:
          // The templates of a table of contents or an index, which hold no text that prints.
          if (name.startsWith('text:') && name.endsWith('-source')) skip = 1;
          return;
      }
    },
    close(qualified) {
      const name = names.pop();
      ns.leave();
      void qualified;
      if (name === 'text:tracked-changes') inChanges = false;
      if (skip > 0) {
        skip -= 1;
        return;
      }
      switch (name) {
        case 'text:p':
        case 'text:h':
          paragraphs -= 1;
          builder.closeParagraph();
          return;
        case 'text:list':
          lists -= 1;
          return;
        case 'table:table-header-rows':
          headerRows -= 1;
          return;
        case 'table:table-cell':
        case 'table:covered-table-cell':
          builder.closeCell();
          cell = undefined;
          return;
        case 'table:table-row':
          builder.closeRow();
          row = undefined;
          return;
        case 'table:table':
          builder.closeTable();
          return;
        default:
          return;
      }
    },
    text(text) {
      if (skip === 0 && paragraphs > 0) builder.text(text);
    },
  };
  const issue = document.readXml(document.main, handler);
  if (issue !== undefined) return { ok: false, issues: [issue] };
  const { model, limits } = builder.finish();
  if (changes.insertions + changes.deletions > 0) changes.line ??= 1;
  return { ok: true, model, issues: finishedIssues(limits, changes) };
}
