import { parseTargetDate, type TargetDateOptions } from '../../dates/parseTargetDate.js';
import type { Action } from '../../model/Action.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { Block } from '../../model/Block.js';
import type { IsoDate } from '../../model/IsoDate.js';
import type { ReadResult, SourceLocation } from '../../model/Issue.js';
import type { Agreement, Recommendation, RecommendationKind } from '../../model/Recommendation.js';
import type { Tally } from '../../model/Tally.js';
import type { TargetDate } from '../../model/TargetDate.js';
import { TALLY_FIGURES } from '../../model/vocabulary.js';
import { categoryOf } from '../_internal/categories.js';
import { refOf } from '../_internal/refs.js';
import { classifyLine, classifyRow, fieldText, type HeaderField, type Phase, type Unit } from './_internal/classify.js';
import { proseTallyOf } from './_internal/proseTally.js';
import { sourceMap } from './_internal/sourceMap.js';
import { columnsOf, isRef, kindOf, TEMPLATE_COLUMNS, type Columns } from './_internal/vocabulary.js';
import { importIssue, type ImportIssue, type ImportIssueParams } from './issues.js';
import type { ModelCell, ModelRow, TableModel } from './TableModel.js';
import { endsSentence } from '../_internal/endsSentence.js';
import { COUNTED_TALLY, NOT_STATED_ROW } from '../_internal/layout.js';

/** What the recogniser needs beyond the table model: the reader's options, already checked. */
export interface RecogniseOptions {
  /** The conventions target dates and header dates are read with. */
  readonly targetDates: TargetDateOptions;
  /** The plan's title when the document names none. */
  readonly title: string | undefined;
}

/**
 * A recommendation being read. Every field is set when a draft is made, `undefined` where the
 * recommendation has none, so that all drafts share one shape.
 */
interface Draft {
  ref: string;
  kind: RecommendationKind | undefined;
  section: string | undefined;
  addressee: string | undefined;
  text: string;
  agreement: Agreement;
  response: Block[];
  actions: Action[];
  /** The recommendation's position in the plan. */
  index: number;
  /**
   * The text last joined to `text`, which ends as `text` does: tested for the end of a sentence
   * instead of the whole text, which a document split into many rows makes long.
   */
  textEnd: string;
  /** Likewise, the text last joined to the response's last block when it is a paragraph. */
  responseEnd: string;
}

/** A section or addressee row: where it is, its text, and whether a recommendation below took it. */
interface HeadingRow {
  readonly line: number;
  /** Its page, in a source with pages. */
  readonly page: number | undefined;
  readonly text: string;
  used: boolean;
}

/** Joins a text continued on another row to the text so far. Both are plain text, so trimmed. */
const joinText = (text: string, more: string): string => (text === '' ? more : `${text} ${more}`);

/** The entries of an owner or target-date cell: one per paragraph or list item. */
function entriesOf(cell: ModelCell | undefined): string[] {
  const entries: string[] = [];
  if (cell === undefined) return entries;
  for (const block of cell.blocks) {
    if (block.type === 'paragraph') entries.push(block.text);
    else for (const item of block.items) entries.push(item);
  }
  return entries;
}

/** The cell a field stands in, if the row has it. */
const cellAt = (row: ModelRow, column: number): ModelCell | undefined => (column < 0 ? undefined : row.cells[column]);

/**
 * Adds blocks to a draft's response; the first of a continuation row's blocks completes a sentence
 * that a page break cut, or extends a list. The draft's blocks are its own until it is returned, so
 * a list is extended in place: each row costs what it adds, however many rows came before.
 */
function appendBlocks(draft: Draft, blocks: readonly Block[]): void {
  const response = draft.response;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    const last = i === 0 ? response[response.length - 1] : undefined;
    if (last?.type === 'paragraph' && block.type === 'paragraph' && !endsSentence(draft.responseEnd)) {
      response[response.length - 1] = { type: 'paragraph', text: `${last.text} ${block.text}` };
    } else if (last?.type === 'list' && block.type === 'list') {
      for (const item of block.items) (last.items as string[]).push(item);
    } else if (block.type === 'list') {
      // A list of the draft's own, extended in place by later rows; the cell's stays as it was.
      response.push({ type: 'list', items: block.items.slice() });
    } else {
      response.push(block);
    }
    draft.responseEnd = block.type === 'paragraph' ? block.text : '';
  }
}

/** The recommendation a draft has become: the fields it has, in the order they were always written. */
const recommendationOf = ({
  ref,
  section,
  addressee,
  text,
  agreement,
  response,
  actions,
  kind,
}: Draft): Recommendation => ({
  ref,
  ...(section === undefined ? {} : { section }),
  ...(addressee === undefined ? {} : { addressee }),
  text,
  agreement,
  response,
  actions,
  ...(kind === undefined ? {} : { kind }),
});

/** The text of a line, or of a row (its cells joined by tabs). */
const textOf = (unit: Unit): string => (unit.type === 'line' ? unit.text : unit.row.text);

/** The lines and rows of a table model in reading order. */
function unitsOf(model: TableModel): Unit[] {
  const units: Unit[] = [];
  for (const item of model.items) {
    if (item.type === 'line') units.push(item);
    else for (const row of item.rows) units.push({ type: 'row', row });
  }
  return units;
}

/**
 * Reads an action plan from a table model: header lines, the definitions table, the column
 * headings, section and addressee rows, recommendations and the rows that continue them, owner and
 * target-date pairs, and the closing tally. Every reader of documents ends here, so a document
 * reads the same whatever format it came in.
 *
 * It never throws and never drops text silently: whatever it skips or cannot place becomes an
 * issue with its location. The result is `ok: false` only when no action table is found, or when
 * neither the document nor `options.title` gives the plan a title.
 *
 * @param model - The document as lines and tables.
 * @param options - The reader's options, already checked.
 * @returns The plan and the import issues, or the issues alone; `locate` finds where any part of
 * the plan was read from.
 */
export function recognise(model: TableModel, options: RecogniseOptions): ReadResult<ActionPlan, ImportIssue> {
  const { targetDates, title: fallback } = options;
  const units = unitsOf(model);
  const issues: ImportIssue[] = [];
  const source = sourceMap();
  /** Adds a row's blocks to a draft's response, recording the row of each block it starts. */
  const addBlocks = (draft: Draft, blocks: readonly Block[], row: ModelRow): void => {
    const before = draft.response.length;
    appendBlocks(draft, blocks);
    for (let k = before; k < draft.response.length; k += 1) source.block(draft.index, row);
  };
  // Every issue with a line of the source carries it as its location too; the code declares its severity.
  const warn = <C extends keyof ImportIssueParams>(
    code: C,
    params: ImportIssueParams[C],
    path: (string | number)[] = [],
    where?: SourceLocation,
  ): void => {
    const at = params as { line?: number; endLine?: number };
    const location: SourceLocation | undefined =
      where ??
      (at.line === undefined
        ? undefined
        : at.endLine !== undefined && at.endLine !== at.line
          ? { line: at.line, endLine: at.endLine }
          : { line: at.line });
    issues.push(importIssue(code, path, params, location) as ImportIssue);
  };

  const header: {
    title?: string;
    reportTitle?: string;
    submitted?: IsoDate;
    reportPublished?: IsoDate;
    inspectorate?: string;
  } = {};
  const respondentLines: string[] = [];
  let seenHeader = false;
  let phase: Phase = 'preamble';
  let columns: Columns = TEMPLATE_COLUMNS;
  /** The columns the action table's fields stand in; a cell in any other column is extra. */
  let usedColumns: ReadonlySet<number> = new Set(Object.values(columns));
  let section: string | undefined;
  let kind: RecommendationKind | undefined;
  let addressee: string | undefined;
  /** The rows the section and the addressee line were read from, and whether a recommendation took them. */
  let sectionRow: HeadingRow | undefined;
  let addresseeRow: HeadingRow | undefined;
  /** Reports a section or addressee row that no recommendation took, as it is replaced: its text is in no other place. */
  const leaveHeading = (row: HeadingRow | undefined, what: string): void => {
    if (row !== undefined && !row.used) {
      warn(
        'import.line_skipped',
        { line: row.line, text: row.text, reason: `${what} with no recommendation under it` },
        [],
        row.page === undefined ? { line: row.line } : { line: row.line, page: row.page },
      );
    }
  };
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let brokenSinceRow = false;
  const tally: Partial<Record<keyof Tally, number>> = {};
  let tallyLine = 0;
  let tallyEnd = 0;
  let tallyPage: number | undefined;
  let skipped:
    { line: number; endLine: number; what: ImportIssueParams['import.boilerplate_skipped']['what'] } | undefined;

  /** Skips template text from line `line` to `endLine` (a unit may span several lines), joined to the skip before it when alike. */
  const skip = (
    line: number,
    what: ImportIssueParams['import.boilerplate_skipped']['what'],
    endLine: number = line,
  ): void => {
    // Lines are counted on each page of a source with pages: a skip ends with its page.
    if (skipped !== undefined && skipped.what === what && skippedPage === page) {
      skipped.endLine = endLine;
      return;
    }
    flushSkipped();
    skipped = { line, endLine, what };
    skippedPage = page;
  };
  let skippedPage: number | undefined;
  /** The page of the unit being read, in a source with pages. */
  let page: number | undefined;
  const flushSkipped = (): void => {
    if (skipped !== undefined) {
      const { line, endLine } = skipped;
      const where: SourceLocation = endLine === line ? { line } : { line, endLine };
      warn(
        'import.boilerplate_skipped',
        skipped,
        [],
        skippedPage === undefined ? where : { ...where, page: skippedPage },
      );
    }
    skipped = undefined;
  };
  /** The line and text each header field was read from: the first one read is kept. */
  const headerText = new Map<HeaderField, { line: number; text: string }>();
  /**
   * Keeps the first value of a header field; a later line that gives the field another value is
   * reported with both, so that neither is lost. A line repeating the value loses nothing.
   */
  const setHeader = (field: HeaderField, value: string, text: string, location: SourceLocation): void => {
    const first = headerText.get(field);
    if (first === undefined) {
      headerText.set(field, { line: location.line, text });
      header[field] = value as never;
      source.field(field, location);
    } else if (header[field] !== value) {
      warn(
        'import.duplicate_header',
        { line: location.line, field, text, firstLine: first.line, kept: first.text },
        [field],
        location,
      );
    }
  };
  /** Reads a header field's value: a day for the dates, a title otherwise (none when empty). */
  const readHeader = (field: HeaderField, value: string, location: SourceLocation): void => {
    seenHeader = true;
    if (field === 'submitted' || field === 'reportPublished') {
      const target = parseTargetDate(value, targetDates);
      if (target.type === 'day') setHeader(field, target.date, value, location);
      else warn('import.date_unreadable', { line: location.line, field, text: value }, [], location);
    } else if (value !== '') {
      setHeader(field, value, value, location);
    }
  };
  const endTally = (): void => {
    if (tallyLine === 0) return;
    const figures = TALLY_FIGURES;
    if (!figures.every((f) => tally[f] !== undefined)) {
      const found = figures.filter((f) => tally[f] !== undefined);
      const read: Partial<Record<keyof Tally, number>> = {};
      for (const f of found) read[f] = tally[f];
      const where: SourceLocation =
        tallyEnd === tallyLine ? { line: tallyLine } : { line: tallyLine, endLine: tallyEnd };
      warn(
        'import.tally_incomplete',
        { line: tallyLine, endLine: tallyEnd, found, figures: read },
        [],
        tallyPage === undefined ? where : { ...where, page: tallyPage },
      );
    }
  };

  /** The tally a sentence states in words, used where the document has no closing tally, and where it was read. */
  let proseTally: Tally | undefined;
  let proseTallyAt: SourceLocation | undefined;
  const readProseTally = (text: string, location: SourceLocation): void => {
    const read = proseTallyOf(text);
    if (read === undefined) return;
    if (read === 'unclear') {
      warn('import.tally_unclear', { line: location.line, text }, [], location);
    } else if (proseTally === undefined) {
      proseTally = read;
      proseTallyAt = location;
    }
  };
  /** Target dates already read: a plan repeats a few, so each is read once (each action gets its own copy). */
  const targets = new Map<string, TargetDate>();
  const pairActions = (draft: Draft, row: ModelRow): void => {
    const ownerCell = cellAt(row, columns.owner);
    const dateCell = cellAt(row, columns.target);
    // A row whose owner and target cells both continue merged cells from above lists no action of its own.
    if (ownerCell?.covered === 'down' && dateCell?.covered === 'down') return;
    const owners = entriesOf(ownerCell?.covered === 'across' ? undefined : ownerCell);
    const dates = entriesOf(dateCell?.covered === 'across' ? undefined : dateCell);
    const line = row.location.line;
    if (row.afterBreak === true && draft.actions.length > 0) {
      continueActions(draft, row, owners, dates);
      return;
    }
    if (owners.length !== dates.length) {
      warn(
        'import.owner_date_mismatch',
        { line, ref: draft.ref, owners: owners.length, dates: dates.length },
        ['recommendations', draft.index, 'actions'],
        row.location,
      );
    }
    for (let i = 0; i < Math.max(owners.length, dates.length); i += 1) {
      const date = dates[i] ?? '';
      const target = targets.get(date) ?? parseTargetDate(date, targetDates);
      targets.set(date, target);
      draft.actions.push({ owner: owners[i] ?? '', target: { ...target } });
      source.action(draft.index, row);
    }
  };
  /** Every owner the table names, to tell an owner a page break cut in two. */
  let knownOwners: Set<string> | undefined;
  const ownersNamed = (): Set<string> => {
    if (knownOwners !== undefined) return knownOwners;
    knownOwners = new Set();
    for (const unit of units) {
      if (unit.type !== 'row') continue;
      const cell = cellAt(unit.row, columns.owner);
      if (cell !== undefined && cell.covered === undefined) for (const owner of entriesOf(cell)) knownOwners.add(owner);
    }
    return knownOwners;
  };
  /**
   * Pairs the owners and dates of a row that a page break carried over with those of the row it
   * continues: an owner or a date the break cut in two is joined again (the part above ends with
   * "and", "&" or a comma, or the two parts together name an owner the table names elsewhere, or
   * make a date where the part above is none); an owner or a date the row above left without its
   * partner gets it; the rest are new actions. Owners and dates that still do not pair up are
   * reported once, for the row as a whole.
   */
  const continueActions = (draft: Draft, row: ModelRow, owners: string[], dates: string[]): void => {
    const actions = draft.actions;
    const lastOwner = [...actions].reverse().find((a) => a.owner !== '');
    const first = owners[0];
    if (
      lastOwner !== undefined &&
      first !== undefined &&
      (/(?:[&,/]|\b(?:and|of|for|the|to|in))$/i.test(lastOwner.owner) ||
        ownersNamed().has(`${lastOwner.owner} ${first}`))
    ) {
      actions[actions.indexOf(lastOwner)] = { ...lastOwner, owner: `${lastOwner.owner} ${first}` };
      owners.shift();
    }
    const lastDate = [...actions].reverse().find((a) => a.target.raw !== '');
    const firstDate = dates[0];
    if (lastDate !== undefined && firstDate !== undefined && lastDate.target.type === 'unknown') {
      const joined = parseTargetDate(`${lastDate.target.raw} ${firstDate}`, targetDates);
      if (joined.type !== 'unknown') {
        actions[actions.indexOf(lastDate)] = { ...lastDate, target: joined };
        dates.shift();
      }
    }
    for (let i = 0; i < actions.length && owners.length > 0; i += 1) {
      const action = actions[i] as Action;
      if (action.owner === '') actions[i] = { ...action, owner: owners.shift() as string };
    }
    for (let i = 0; i < actions.length && dates.length > 0; i += 1) {
      const action = actions[i] as Action;
      if (action.target.raw === '') {
        const date = dates.shift() as string;
        const target = targets.get(date) ?? parseTargetDate(date, targetDates);
        targets.set(date, target);
        actions[i] = { ...action, target: { ...target } };
      }
    }
    for (let i = 0; i < Math.max(owners.length, dates.length); i += 1) {
      const date = dates[i] ?? '';
      const target = targets.get(date) ?? parseTargetDate(date, targetDates);
      targets.set(date, target);
      actions.push({ owner: owners[i] ?? '', target: { ...target } });
      source.action(draft.index, row);
    }
    // The mismatch the row above reported is reported again for both parts, or not at all.
    const path = ['recommendations', draft.index, 'actions'];
    for (let k = issues.length - 1; k >= 0; k -= 1) {
      const issue = issues[k] as ImportIssue;
      if (issue.code === 'import.owner_date_mismatch' && issue.path[1] === draft.index) issues.splice(k, 1);
    }
    const ownersNow = actions.filter((a) => a.owner !== '').length;
    const datesNow = actions.filter((a) => a.target.raw !== '').length;
    if (ownersNow !== datesNow) {
      warn(
        'import.owner_date_mismatch',
        { line: row.location.line, ref: draft.ref, owners: ownersNow, dates: datesNow },
        path,
        row.location,
      );
    }
  };
  const readResponse = (draft: Draft, row: ModelRow): readonly Block[] => {
    const cell = cellAt(row, columns.response);
    if (cell === undefined || cell.covered !== undefined) return [];
    if (cell.inferredItems === true) {
      const items = cell.blocks.reduce((n, b) => n + (b.type === 'list' ? b.items.length : 0), 0);
      warn(
        'import.list_items_inferred',
        { line: row.location.line, ref: draft.ref, items },
        ['recommendations', draft.index, 'response'],
        cell.location,
      );
    }
    return cell.blocks;
  };
  /** Warns of cells outside the action table's columns that have text, keeping it. */
  const extraCells = (row: ModelRow): void => {
    const used = usedColumns;
    const extra: string[] = [];
    for (let i = 0; i < row.cells.length; i += 1) {
      const cell = row.cells[i] as ModelCell;
      if (!used.has(i) && cell.covered === undefined && cell.text !== '') extra.push(cell.text);
    }
    if (extra.length > 0) warn('import.extra_cells', { line: row.location.line, cells: extra }, [], row.location);
  };

  /** Reads a row with a ref: a new recommendation, unless its category is not one of the known ones. */
  const readRecommendation = (row: ModelRow): void => {
    extraCells(row);
    const written = fieldText(row, columns.ref);
    const reading = refOf(written);
    const ref = reading?.ref ?? written;
    const text = fieldText(row, columns.text);
    const label = fieldText(row, columns.category);
    const line = row.location.line;
    const category = categoryOf(label);
    // "Not stated" is how the library's own writers show an answer with no category.
    const notStated = category === undefined && /^not stated$/i.test(label);
    const draft: Draft = {
      ref,
      kind: reading?.kind ?? kind,
      section,
      addressee,
      text,
      // An answer that is none of the categories is kept as written; a table with no category column states none.
      agreement: category !== undefined ? { category, label } : label === '' || notStated ? {} : { label },
      response: [],
      actions: [],
      index: drafts.length,
      textEnd: text,
      responseEnd: '',
    };
    drafts.push(draft);
    if (category === undefined && columns.category >= 0 && !notStated) {
      warn(
        'import.category_unrecognised',
        { line, ref, label, cells: row.cells.map((cell) => cell.text) },
        ['recommendations', draft.index, 'agreement'],
        row.location,
      );
    }
    if (sectionRow !== undefined) sectionRow.used = true;
    if (addresseeRow !== undefined) addresseeRow.used = true;
    source.recommendation(draft.index, row, columns);
    if (row.inferredCells === true) {
      const at = row.location;
      warn(
        'import.cells_inferred',
        { line: at.line, endLine: at.endLine ?? at.line, ref },
        ['recommendations', draft.index],
        at,
      );
    }
    addBlocks(draft, readResponse(draft, row), row);
    pairActions(draft, row);
    current = draft;
    brokenSinceRow = false;
  };
  /** Reads a row with no ref: the recommendation above goes on. */
  const readContinuation = (row: ModelRow): void => {
    extraCells(row);
    if (current === undefined) {
      warn(
        'import.line_skipped',
        { line: row.location.line, text: row.text, reason: 'a continued row with no recommendation above it' },
        [],
        row.location,
      );
      return;
    }
    const text = fieldText(row, columns.text);
    const label = fieldText(row, columns.category);
    if (text !== '') {
      current.text = joinText(current.text, text);
      current.textEnd = text;
    }
    if (label !== '') {
      const joined = `${current.agreement.label ?? ''} ${label}`.trim();
      const category = categoryOf(joined);
      if (category === undefined && current.agreement.category === undefined) {
        // The answer as written goes on: still none of the categories.
        current.agreement = { label: joined };
      } else if (category === undefined) {
        warn(
          'import.line_skipped',
          { line: row.location.line, text: label, reason: 'a category cell that continues no known label' },
          [],
          row.location,
        );
      } else current.agreement = { category, label: joined };
    }
    addBlocks(current, readResponse(current, row), row);
    pairActions(current, row);
    brokenSinceRow = false;
  };
  /** Reads a heading: an addressee line, a recommendation's text cut by a page break, or a section. */
  const readHeading = (text: string, line: number, raw: string, addresses: boolean): void => {
    if (addresses) {
      leaveHeading(addresseeRow, 'an addressee line');
      addressee = text;
      addresseeRow = { line, page, text: raw, used: false };
      current = undefined;
      return;
    }
    if (current !== undefined && brokenSinceRow && !endsSentence(current.textEnd)) {
      current.text = joinText(current.text, text);
      current.textEnd = text;
      return;
    }
    leaveHeading(sectionRow, 'a section heading');
    leaveHeading(addresseeRow, 'an addressee line');
    section = text;
    sectionRow = { line, page, text: raw, used: false };
    kind = kindOf(text);
    addressee = undefined;
    addresseeRow = undefined;
    current = undefined;
  };

  /** Whether the line or row at `index` is a figure of the tally. */
  const isTally = (index: number): boolean => {
    const unit = units[index];
    if (unit === undefined) return false;
    const kind =
      unit.type === 'line'
        ? classifyLine(unit, 'tally', () => false)
        : classifyRow(unit.row, 'tally', columns, () => false);
    return kind.kind === 'tally';
  };
  /**
   * Whether the next line or row after the one at `index` is a figure of the tally, or a short
   * heading of it ("Recommendations | Number") with the figures after it: a caption above the
   * tally's own headings is a heading of the tally too.
   */
  const nextIsTally = (index: number) => (): boolean => {
    if (isTally(index + 1)) return true;
    const next = units[index + 1];
    const text = next === undefined ? '' : next.type === 'line' ? next.text : next.row.text;
    return text !== '' && text.length <= 80 && !isRef(text.split('\t')[0] ?? '') && isTally(index + 2);
  };

  /**
   * The line that ends a title wrapped over two lines, if the title line at `index` is one: a title
   * that ends with no stop, then a short line of running text (not capitals alone, no header, no
   * page banner) that ends with none either.
   */
  const wrappedTitle = (what: { field: HeaderField; value: string; more?: unknown }, index: number) => {
    if ((what.field !== 'title' && what.field !== 'reportTitle') || what.more !== undefined) return undefined;
    if (what.value === '' || endsSentence(what.value)) return undefined;
    const next = units[index + 1];
    if (next?.type !== 'line' || next.text.length > 80 || endsSentence(next.text)) return undefined;
    if (
      !/[a-z]/.test(next.text) ||
      !next.text.includes(' ') ||
      classifyLine(next, 'preamble', () => false).kind !== 'prose'
    )
      return undefined;
    return next;
  };

  /** Whether the units being read are a tally the library's writers counted (see `COUNTED_TALLY`). */
  let countedTally = false;
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index] as Unit;
    const row = unit.type === 'row' ? unit.row : undefined;
    if (row?.afterBreak === true && phase === 'table') brokenSinceRow = true;
    // An empty row holds nothing to keep or report.
    if (row !== undefined && row.cells.every((cell) => cell.text === '')) continue;
    const location = unit.type === 'row' ? unit.row.location : unit.location;
    const n = location.line;
    page = location.page;
    const what =
      unit.type === 'row'
        ? classifyRow(unit.row, phase, columns, nextIsTally(index))
        : classifyLine(unit, phase, nextIsTally(index));
    // A tally a writer counted, to its end: its headings (in a page's table, a header row), figures
    // and row of recommendations with no category are not the plan's; a page banner may stand among them.
    if (countedTally && what.kind !== 'banner') {
      if (
        what.kind === 'tally' ||
        what.kind === 'tally-heading' ||
        what.kind === 'column-headings' ||
        textOf(unit).startsWith(NOT_STATED_ROW)
      ) {
        skip(n, 'counted tally');
        continue;
      }
      countedTally = false;
    }

    if (what.kind === 'tally') {
      flushSkipped();
      tallyEnd = n;
      if (tallyLine === 0) {
        tallyLine = n;
        tallyPage = location.page;
        source.field('statedTally', location);
      }
      phase = 'tally';
      const first = tally[what.figure];
      if (first === undefined) {
        source.field(`statedTally.${what.figure}`, location);
        tally[what.figure] = what.value;
      } else if (first !== what.value) {
        // The first figure is kept; a second, different one is reported with both.
        warn(
          'import.duplicate_tally_figure',
          { line: n, figure: what.figure, value: what.value, kept: first },
          ['statedTally', what.figure],
          location,
        );
      }
      continue;
    }
    if (phase === 'tally') {
      endTally();
      tallyLine = 0;
      phase = 'table';
    }
    const text = unit.type === 'row' ? unit.row.text : unit.text;
    if (phase === 'preamble') {
      switch (what.kind) {
        case 'column-headings':
          flushSkipped();
          columns = columnsOf((row as ModelRow).cells.map((cell) => cell.text));
          usedColumns = new Set(Object.values(columns));
          phase = 'table';
          continue;
        case 'recommendation':
          flushSkipped();
          phase = 'table';
          readRecommendation(row as ModelRow);
          continue;
        case 'header': {
          flushSkipped();
          const wrapped = unit.type === 'line' ? wrappedTitle(what, index) : undefined;
          if (wrapped === undefined) {
            readHeader(what.field, what.value, location);
          } else {
            // A title wrapped over two lines: the next line ends it.
            readHeader(what.field, `${what.value} ${wrapped.text}`, { line: n, endLine: wrapped.location.line });
            index += 1;
          }
          for (const more of what.more ?? []) readHeader(more.field, more.value, location);
          continue;
        }
        case 'banner':
          skip(n, 'page banner');
          continue;
        case 'definitions':
          skip(n, 'definitions table');
          continue;
        default:
          // Short lines above the header lines are the respondent's name, as on the cover.
          if (unit.type === 'line' && !seenHeader && respondentLines.length < 4 && unit.text.length <= 80) {
            if (respondentLines.length === 0) source.field('respondent', location);
            respondentLines.push(unit.text);
            continue;
          }
          if (unit.type === 'line') readProseTally(unit.text, location);
          skip(n, 'introduction');
          continue;
      }
    }
    // The action table.
    switch (what.kind) {
      case 'column-headings':
        skip(n, 'column headings', location.endLine ?? n);
        continue;
      case 'stray':
        skip(n, 'stray row');
        continue;
      case 'tally-heading':
        if (textOf(unit).startsWith(COUNTED_TALLY)) {
          // This library's writers counted the tally below from the rows, the plan stating none.
          countedTally = true;
          skip(n, 'counted tally');
        } else skip(n, 'tally heading');
        continue;
      case 'banner':
        skip(n, 'page banner');
        continue;
      case 'header':
        // A title line repeated at the top of a page is a banner; one naming another value is not.
        if (what.value === '' || header[what.field] === what.value || headerText.get(what.field)?.text === what.value) {
          skip(n, 'page banner');
        } else {
          flushSkipped();
          readHeader(what.field, what.value, location);
          for (const more of what.more ?? []) readHeader(more.field, more.value, location);
        }
        continue;
      case 'prose':
        if (respondentLines.includes(text)) {
          skip(n, 'page banner');
          continue;
        }
        if (unit.type === 'line') readProseTally(unit.text, location);
        flushSkipped();
        warn('import.line_skipped', { line: n, text, reason: 'text outside the table columns' }, [], location);
        continue;
      default:
        break;
    }
    flushSkipped();
    if (unit.type === 'line') {
      readHeading(unit.text, n, unit.text, what.kind === 'addressee');
      continue;
    }
    const theRow = unit.row;
    switch (what.kind) {
      case 'recommendation':
        readRecommendation(theRow);
        break;
      case 'continuation':
        readContinuation(theRow);
        break;
      case 'heading':
      case 'addressee': {
        const cell = theRow.cells.find((c) => c.covered === undefined && c.text !== '') as ModelCell;
        readHeading(cell.text, n, theRow.text, what.kind === 'addressee');
        break;
      }
      default:
        warn(
          'import.line_skipped',
          { line: n, text: theRow.text, reason: 'a row whose first cell is not a recommendation ref' },
          [],
          location,
        );
    }
  }
  flushSkipped();
  if (phase === 'tally') endTally();
  leaveHeading(sectionRow, 'a section heading');
  leaveHeading(addresseeRow, 'an addressee line');

  if (phase === 'preamble') {
    return {
      ok: false,
      issues: [
        ...issues,
        importIssue('import.not_a_plan', [], {
          detail: 'no column headings ("1. Rec No …") and no row with a ref, a recommendation and a category',
        }),
      ],
      locate: source.locate,
    };
  }

  const title =
    header.title ?? header.reportTitle ?? (fallback !== undefined && /\S/.test(fallback) ? fallback : undefined);
  if (title === undefined) {
    warn('import.title_missing', {}, ['title']);
    return { ok: false, issues, locate: source.locate };
  }
  const statedTally =
    tally.agreed !== undefined &&
    tally.partlyAgreed !== undefined &&
    tally.notAgreed !== undefined &&
    tally.total !== undefined
      ? { agreed: tally.agreed, partlyAgreed: tally.partlyAgreed, notAgreed: tally.notAgreed, total: tally.total }
      : proseTally;
  if (statedTally === proseTally && proseTally !== undefined && proseTallyAt !== undefined) {
    source.field('statedTally', proseTallyAt);
  }
  // A line above the header lines that repeats the title (a page's heading) names no respondent.
  const respondent = respondentLines
    .filter((line) => line !== title && line !== header.reportTitle)
    .join(' ')
    .trim();
  const plan: ActionPlan = {
    format: 'action-plan/1',
    title,
    ...(respondent === '' ? {} : { respondent }),
    ...(header.inspectorate === undefined ? {} : { inspectorate: header.inspectorate }),
    ...(header.reportTitle === undefined ? {} : { reportTitle: header.reportTitle }),
    ...(header.reportPublished === undefined ? {} : { reportPublished: header.reportPublished }),
    ...(header.submitted === undefined ? {} : { submitted: header.submitted }),
    recommendations: drafts.map(recommendationOf),
    ...(statedTally === undefined ? {} : { statedTally }),
  };
  return { ok: true, value: plan, issues, locate: source.locate };
}
