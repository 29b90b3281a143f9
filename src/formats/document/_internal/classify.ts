import { categoryOf } from '../../_internal/categories.js';
import type { Tally } from '../../../model/Tally.js';
import type { ModelCell, ModelLine, ModelRow } from '../TableModel.js';
import { figureOf, isColumnHeadings, isPageBanner, isRef, type Columns } from './vocabulary.js';

/** A line of the document, or a row of one of its tables: what the recogniser reads one at a time. */
export type Unit = ModelLine | RowUnit;

/** A row of a table, as the recogniser reads it. */
export interface RowUnit {
  /** Marks a row. */
  readonly type: 'row';
  /** The row. */
  readonly row: ModelRow;
}

/** Where the recogniser is: above the action table, in it, or in the closing tally. */
export type Phase = 'preamble' | 'table' | 'tally';

/** The header fields a document's lines name. */
export type HeaderField = 'title' | 'reportTitle' | 'submitted' | 'reportPublished' | 'inspectorate';

/** What a line or row is. */
export type UnitKind =
  /** A figure of the closing tally ("Partly Agreed 1", "Total 7"). */
  | { readonly kind: 'tally'; readonly figure: keyof Tally; readonly value: number }
  /** A header field ("ACTION PLAN: …", "Report Published: …"); `value` is its text as written, maybe empty. */
  | {
      readonly kind: 'header';
      readonly field: HeaderField;
      readonly value: string;
      /** Further fields the same line names ("Action Plan: HMP Liverpool A response to … Published 19th January 2018"). */
      readonly more?: readonly HeaderReading[];
    }
  /** The action table's column headings, or a header row the source repeats on each page. */
  | { readonly kind: 'column-headings' }
  /** A row with a recommendation's ref. */
  | { readonly kind: 'recommendation' }
  /** A row with no ref that continues the recommendation above (a page break, a merged ref cell). */
  | { readonly kind: 'continuation' }
  /** A row or line of one text: a section heading, or a recommendation's text cut by a page break. */
  | { readonly kind: 'heading' }
  /** A heading row that addresses the recommendations below it ("… should:"). */
  | { readonly kind: 'addressee' }
  /** A heading just above the closing tally ("Recommendations"). */
  | { readonly kind: 'tally-heading' }
  /** A row of dashes only (`--`). */
  | { readonly kind: 'stray' }
  /** A page number, a security marking. */
  | { readonly kind: 'banner' }
  /** A row of the definitions table. */
  | { readonly kind: 'definitions' }
  /** Running text: the respondent's name or the introduction above the table, stray text below. */
  | { readonly kind: 'prose' }
  /** A row in the action table whose first cell is not a ref. */
  | { readonly kind: 'not-a-ref' };

const TITLE = /^action plan\b(?:\s*:)?(.*)$/i;
const RESPONSE_TO = /^a response to\b(?:\s*:)?(.*)$/i;
/** The inspectorate, as `toHtml` and `toMarkdown` write it: "Inspectorate: HM Inspectorate of Probation". */
const INSPECTORATE = /^inspectorate\s*:\s*(\S.*)$/i;
const SUBMITTED = /^(?:action plan |date |plan )?submitted(?: on)?\s*(?::\s*)?(\S.*)$/i;
const PUBLISHED = /^(?:date |report |inspection report )?published(?: on)?\s*(?::\s*)?(\S.*)$/i;
/** A tally line as its non-empty cells joined by tabs ("Partly Agreed\t1"), or as plain text ("Total 7"). */
const TALLY_LINE = /^(.*)[\t ](\d{1,5})$/;
const ADDRESSEE = /(?:\bshould|\bmust|\bwill|:)\s*:?$/i;
const DASHES = /^-*$/;

/** A header field a text names, and its value as written. */
export interface HeaderReading {
  readonly field: HeaderField;
  readonly value: string;
}

/** Where a title line goes on to name another field: "… A response to …", "… Published 19th January 2018". */
const EMBEDDED_FIELD = / (?:a response to|(?:date )?published|(?:action plan |date |plan )?submitted)\b/gi;
/** A date of a header line: short, with a year. */
const HEADER_DATE = /^[^\n]{0,30}\b\d{4}\b[^\n]{0,10}$/;

/** The one header field a text names, if any: dates first, since "Action Plan Submitted: …" is no title. */
function oneHeaderOf(text: string): HeaderReading | undefined {
  let m: RegExpExecArray | null;
  if ((m = SUBMITTED.exec(text))) return { field: 'submitted', value: (m[1] as string).trim() };
  if ((m = PUBLISHED.exec(text))) return { field: 'reportPublished', value: (m[1] as string).trim() };
  if ((m = TITLE.exec(text))) return { field: 'title', value: (m[1] as string).trim() };
  if ((m = RESPONSE_TO.exec(text))) return { field: 'reportTitle', value: (m[1] as string).trim() };
  if ((m = INSPECTORATE.exec(text))) return { field: 'inspectorate', value: (m[1] as string).trim() };
  // A response published as a web page: "Response to an inspection of …", "The Home Office response to …".
  if (text.length <= 200 && !/[.;]$/.test(text)) {
    const value = respondentResponseTo(text);
    if (value !== undefined) return { field: 'reportTitle', value };
  }
  return undefined;
}

/**
 * The report a line names after "response to", when the words before it name the respondent (up
 * to six capitalised words: "The Home Office", "Ministry of Justice's") or there are none.
 */
function respondentResponseTo(text: string): string | undefined {
  const at = text.toLowerCase().indexOf('response to ');
  if (at < 0) return undefined;
  const before = text.slice(0, at).trim();
  const words = before === '' ? [] : before.split(' ');
  if (
    words.length > 6 ||
    !words.every((w, i) => /^[A-Z][\w'’&-]*$/.test(w) || (i === 0 && w === 'the') || w === 'of')
  ) {
    return undefined;
  }
  const value = text
    .slice(at + 'response to '.length)
    .replace(/^: ?/, '')
    .trim();
  return value === '' ? undefined : value;
}

/**
 * The header fields a text names, if any. A title line may go on to name the report and the dates
 * ("Action Plan: HMP Liverpool A response to the HMCIP Inspection Report Published 19th January
 * 2018", the whole header copied as one line): each is read, provided every part names a field and
 * every date is short and has a year.
 */
export function headerOf(text: string): (HeaderReading & { readonly more?: readonly HeaderReading[] }) | undefined {
  const first = oneHeaderOf(text);
  if (first === undefined || (first.field !== 'title' && first.field !== 'reportTitle')) return first;
  if (text.length > 400) return first;
  // Where each further field starts: a match consumes its words, so "Inspection Report Published" cuts once.
  const starts: number[] = [];
  EMBEDDED_FIELD.lastIndex = 0;
  for (let m = EMBEDDED_FIELD.exec(first.value); m !== null; m = EMBEDDED_FIELD.exec(first.value)) starts.push(m.index);
  if (starts.length === 0) return first;
  const parts = [first.value.slice(0, starts[0])];
  for (let i = 0; i < starts.length; i += 1) parts.push(first.value.slice(starts[i], starts[i + 1]).trim());
  const more: HeaderReading[] = [];
  for (let i = 1; i < parts.length; i += 1) {
    const field = oneHeaderOf(parts[i] as string);
    if (field === undefined || field.field === 'title') return first;
    if ((field.field === 'submitted' || field.field === 'reportPublished') && !HEADER_DATE.test(field.value)) {
      return first;
    }
    more.push(field);
  }
  return { field: first.field, value: (parts[0] as string).trim(), more };
}

/** The text a cell gives a field: none where the row lacks the cell or a merged cell covers it. */
export function fieldText(row: ModelRow, column: number): string {
  const cell = column < 0 ? undefined : row.cells[column];
  return cell === undefined || cell.covered !== undefined ? '' : cell.text;
}

/** A figure of the closing tally in a short text: its non-empty cells joined by tabs. */
export function tallyOf(text: string): { readonly figure: keyof Tally; readonly value: number } | undefined {
  // A tally line is short: "Partly Agreed<TAB>1".
  if (text.length >= 80) return undefined;
  const m = TALLY_LINE.exec(text);
  const figure = m === null ? undefined : figureOf(m[1] as string);
  return figure === undefined ? undefined : { figure, value: Number((m as RegExpExecArray)[2]) };
}

/** The text of a row's cells that have any, joined by tabs. */
function filledText(cells: readonly ModelCell[]): string {
  let text = '';
  for (const cell of cells) {
    if (cell.text !== '') text = text === '' ? cell.text : `${text}\t${cell.text}`;
  }
  return text;
}

/** The one cell of a row with text of its own, or `undefined` when there are none or several. */
function onlyCell(cells: readonly ModelCell[]): number | undefined {
  let only: number | undefined;
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i] as ModelCell;
    if (cell.text === '' || cell.covered !== undefined) continue;
    if (only !== undefined) return undefined;
    only = i;
  }
  return only;
}

const PROSE: UnitKind = { kind: 'prose' };

/**
 * What a line of the document is, where the recogniser stands.
 *
 * @param line - The line.
 * @param phase - Where the recogniser is.
 * @param nextIsTally - Whether the next line or row is a figure of the tally.
 */
export function classifyLine(line: ModelLine, phase: Phase, nextIsTally: () => boolean): UnitKind {
  const text = line.text;
  if (phase !== 'preamble') {
    const tally = tallyOf(text);
    if (tally !== undefined) return { kind: 'tally', ...tally };
  }
  const header = headerOf(text);
  if (header !== undefined) return { kind: 'header', ...header };
  if (line.repeated === true || isPageBanner(text)) return { kind: 'banner' };
  if (phase === 'preamble') return { kind: 'prose' };
  if (!isRef(text) && text.length <= 200 && nextIsTally()) {
    return { kind: 'tally-heading' };
  }
  if (line.heading !== undefined) return ADDRESSEE.test(text) ? { kind: 'addressee' } : { kind: 'heading' };
  return PROSE;
}

/**
 * What a row of a table is, where the recogniser stands.
 *
 * @param row - The row.
 * @param phase - Where the recogniser is.
 * @param columns - The columns of the action table.
 * @param nextIsTally - Whether the next line or row is a figure of the tally.
 */
export function classifyRow(row: ModelRow, phase: Phase, columns: Columns, nextIsTally: () => boolean): UnitKind {
  const cells = row.cells;
  if (phase !== 'preamble' && row.text.length < 80) {
    const tally = tallyOf(filledText(cells));
    if (tally !== undefined) return { kind: 'tally', ...tally };
  }
  const plain = cells.map((cell) => cell.text);
  if (isColumnHeadings(plain)) return { kind: 'column-headings' };
  const ref = fieldText(row, columns.ref);
  if (phase === 'preamble') {
    if (cells.length >= 3 && isRef(ref) && categoryOf(fieldText(row, columns.category)) !== undefined) {
      return { kind: 'recommendation' };
    }
    // Header fields written in cells ("Report published | 20 October 2015").
    const filled = filledText(cells);
    const header = filled.includes('\t', filled.indexOf('\t') + 1) ? undefined : headerOf(filled.replace('\t', ' '));
    if (header !== undefined) return { kind: 'header', ...header };
    const first = plain[0] ?? '';
    return /^term$/i.test(first) || categoryOf(first) !== undefined ? { kind: 'definitions' } : { kind: 'prose' };
  }
  if (row.header === true) return { kind: 'column-headings' };
  if (plain.every((text) => DASHES.test(text))) return { kind: 'stray' };
  if (ref !== '') {
    if (isRef(ref)) return { kind: 'recommendation' };
    if (onlyCell(cells) === columns.ref) {
      // A heading in the first column: "Recommendations" above the closing tally, or a section.
      if (nextIsTally()) return { kind: 'tally-heading' };
      return ADDRESSEE.test(ref) ? { kind: 'addressee' } : { kind: 'heading' };
    }
    // The tally's own column headings ("Recommendations | Number") above its figures.
    if (row.text.length <= 80 && nextIsTally()) return { kind: 'tally-heading' };
    return { kind: 'not-a-ref' };
  }
  const only = onlyCell(cells);
  if (only !== undefined && only === columns.text) {
    return ADDRESSEE.test(fieldText(row, only)) ? { kind: 'addressee' } : { kind: 'heading' };
  }
  return { kind: 'continuation' };
}
