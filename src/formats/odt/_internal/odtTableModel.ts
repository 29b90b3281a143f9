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
  type ParagraphKind,
  type RowProperties,
} from '../../_internal/xmlTableModel.js';

const KNOWN: Readonly<Record<string, string>> = {
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0': 'svg',
};

/**
 * The elements the reader looks for, as the numbers its handler switches on: the handler meets
 * every element of the document, and a switch over numbers is one jump where a switch over names
 * is a row of string comparisons.
 */
const enum Element {
  Other,
  OfficeAnnotation,
  OfficeForms,
  SvgDesc,
  SvgTitle,
  CoveredTableCell,
  Table,
  TableCell,
  TableHeaderRows,
  TableRow,
  Change,
  ChangeStart,
  Deletion,
  H,
  Insertion,
  LineBreak,
  List,
  NoteBody,
  P,
  S,
  SoftPageBreak,
  Tab,
  TrackedChanges,
}

/** The elements by name. */
const ELEMENTS: ReadonlyMap<string, Element> = new Map([
  ['office:annotation', Element.OfficeAnnotation],
  ['office:forms', Element.OfficeForms],
  ['svg:desc', Element.SvgDesc],
  ['svg:title', Element.SvgTitle],
  ['table:covered-table-cell', Element.CoveredTableCell],
  ['table:table', Element.Table],
  ['table:table-cell', Element.TableCell],
  ['table:table-header-rows', Element.TableHeaderRows],
  ['table:table-row', Element.TableRow],
  ['text:change', Element.Change],
  ['text:change-start', Element.ChangeStart],
  ['text:deletion', Element.Deletion],
  ['text:h', Element.H],
  ['text:insertion', Element.Insertion],
  ['text:line-break', Element.LineBreak],
  ['text:list', Element.List],
  ['text:note-body', Element.NoteBody],
  ['text:p', Element.P],
  ['text:s', Element.S],
  ['text:soft-page-break', Element.SoftPageBreak],
  ['text:tab', Element.Tab],
  ['text:tracked-changes', Element.TrackedChanges],
]);

/** The kind of most paragraphs: not a list item, not a heading. */
const PLAIN: ParagraphKind = {};
/** The kind of a paragraph in a list. */
const LIST_ITEM: ParagraphKind = { list: true };

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
  const ns = namespaces(KNOWN, [...ELEMENTS.keys()]);
  const kinds: Element[] = [];
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
      const kind = ELEMENTS.get(name) ?? Element.Other;
      kinds.push(kind);
      if (inChanges) {
        if (kind === Element.Insertion) changes.insertions += 1;
        else if (kind === Element.Deletion) changes.deletions += 1;
      }
      if (skip > 0) {
        skip += 1;
        return;
      }
      const attr = (wanted: string): string | undefined => ns.attribute(attributes, wanted);
      switch (kind) {
        case Element.P:
        case Element.H: {
          paragraphs += 1;
          const level = kind === Element.H ? count(attr('text:outline-level'), 10) : undefined;
          builder.openParagraph(
            level === undefined
              ? lists > 0
                ? LIST_ITEM
                : PLAIN
              : { ...(lists > 0 ? { list: true } : {}), heading: Math.min(6, level) },
          );
          return;
        }
        case Element.List:
          lists += 1;
          return;
        case Element.S:
          if (paragraphs > 0) builder.text(' '.repeat(count(attr('text:c'), MAX_SPACES)));
          return;
        case Element.Tab:
          if (paragraphs > 0) builder.text('\t');
          return;
        case Element.LineBreak:
          builder.lineBreak();
          return;
        case Element.SoftPageBreak:
          builder.pageBreak();
          return;
        case Element.Table:
          builder.openTable();
          return;
        case Element.TableHeaderRows:
          headerRows += 1;
          return;
        case Element.TableRow:
          row = builder.openRow();
          if (row !== undefined) {
            row.header = headerRows > 0;
            row.repeat = count(attr('table:number-rows-repeated'), Number.MAX_SAFE_INTEGER);
          }
          return;
        case Element.TableCell:
        case Element.CoveredTableCell:
          cell = builder.openCell();
          if (cell !== undefined) {
            cell.covered = kind === Element.CoveredTableCell;
            cell.columns = count(attr('table:number-columns-spanned'), MAX_COLUMNS);
            cell.rowSpan = count(attr('table:number-rows-spanned'), Number.MAX_SAFE_INTEGER);
            cell.repeat = count(attr('table:number-columns-repeated'), MAX_COLUMNS);
          }
          return;
        case Element.ChangeStart:
        case Element.Change:
          changes.line ??= builder.line;
          return;
        case Element.TrackedChanges:
          inChanges = true;
          skip = 1;
          return;
        case Element.OfficeAnnotation:
        case Element.NoteBody:
        case Element.SvgTitle:
        case Element.SvgDesc:
        case Element.OfficeForms:
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
      const kind = kinds.pop();
      ns.leave();
      void qualified;
      if (kind === Element.TrackedChanges) inChanges = false;
      if (skip > 0) {
        skip -= 1;
        return;
      }
      switch (kind) {
        case Element.P:
        case Element.H:
          paragraphs -= 1;
          builder.closeParagraph();
          return;
        case Element.List:
          lists -= 1;
          return;
        case Element.TableHeaderRows:
          headerRows -= 1;
          return;
        case Element.TableCell:
        case Element.CoveredTableCell:
          builder.closeCell();
          cell = undefined;
          return;
        case Element.TableRow:
          builder.closeRow();
          row = undefined;
          return;
        case Element.Table:
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
