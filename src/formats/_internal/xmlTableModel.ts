import type { Block } from '../../model/Block.js';
import type { SourceLocation } from '../../model/Issue.js';
import type { ModelCell, ModelItem, ModelRow, TableModel } from '../document/TableModel.js';
import { foldSpace as fold } from './foldSpace.js';
import { modelCell } from '../document/modelCell.js';

// The table model of a word-processing document, built as its XML is read (Word's and
// OpenDocument's readers tell this builder what they meet; neither recurses). Locations: `line`
// counts the paragraphs outside tables and the table rows in reading order, `column` is a cell's
// 1-based grid column. Only the outermost tables become tables of the model: whatever a cell holds,
// nested tables included, becomes that cell's blocks.

/** What a paragraph is, as its reader found it. */
export interface ParagraphKind {
  /** It is an item of a list. */
  readonly list?: boolean;
  /** Its heading level (1–6), when the source marks it as a heading. */
  readonly heading?: number;
  /** The number its list gives it ("1."), shown when the paragraph has no text of its own. */
  readonly label?: string;
}

/** A cell's properties, set by the reader while the cell is open (Word writes them first in the cell). */
export interface CellProperties {
  /** How many grid columns it spans (Word's `gridSpan`): the builder adds a cell covered across for each column after the first. */
  span: number;
  /** How many grid columns it takes without the builder adding covered cells (OpenDocument writes its covered cells). */
  columns: number;
  /** Word's `vMerge`: `continue` makes it a cell covered down by the cell above in its column. */
  merge: 'restart' | 'continue' | undefined;
  /** OpenDocument's rows spanned: the covered cells below it repeat its blocks. */
  rowSpan: number;
  /** OpenDocument's covered cell: covered down or across, as the spans above say. */
  covered: boolean;
  /** OpenDocument's columns repeated. */
  repeat: number;
}

/** A row's properties, set by the reader while the row is open. */
export interface RowProperties {
  /** A header row, repeated at the top of each page. */
  header: boolean;
  /** A row deleted by a pending tracked change: not shown, and left out. */
  deleted: boolean;
  /** OpenDocument's rows repeated. */
  repeat: number;
}

/** Something the builder left out because a limit was reached, with where. */
export interface LimitReached {
  /** What was cut short. */
  readonly what: string;
  /** The 1-based line. */
  readonly line: number;
}

interface Paragraph {
  kind: ParagraphKind;
  /** The lines before the current one, once a line break has come (most paragraphs have none). */
  lines: string[] | undefined;
  current: string;
  readonly line: number;
  readonly nested: boolean;
}

interface Cell {
  readonly props: CellProperties;
  readonly blocks: Block[];
  /** The items of the list the cell's blocks end with, while list paragraphs follow each other. */
  items: string[] | undefined;
  readonly column: number;
}

interface Row {
  readonly props: RowProperties;
  readonly cells: ModelCell[];
  readonly line: number;
  afterBreak: boolean;
  /** The next grid column. */
  column: number;
  /** Empty cells not placed yet: placed when a cell follows them. */
  pending: number;
}

/** A cell merged down: its blocks, its first column, and the last row (by index) it covers. */
interface Span {
  readonly blocks: readonly Block[];
  readonly column: number;
  readonly until: number;
}

interface Table {
  readonly rows: ModelRow[];
  /** The blocks of the last cell that started in each grid column, for Word's `vMerge`. */
  readonly lastAt: (readonly Block[] | undefined)[];
  /** The cells merged down over each grid column, for OpenDocument's rows spanned. */
  readonly spans: (Span | undefined)[];
  /** The index of the row being read (repeated rows count each time). */
  index: number;
}

/** How many grid columns a row may have, and how many times a row or cell may be repeated. */
export const MAX_COLUMNS = 1024;
/** How many times a row with text may be repeated. */
export const MAX_REPEATS = 1000;

/** A builder of a document's table model: the readers call it as they meet each part of the XML. */
export interface TableModelBuilder {
  /** The current line: of the paragraph or row being read, or the last one read. */
  readonly line: number;
  /** Starts a paragraph (or a heading, or a list item). */
  openParagraph(kind: ParagraphKind): void;
  /** Adds text to the paragraph open. */
  text(text: string): void;
  /** A line break in the paragraph open: its lines become separate entries. */
  lineBreak(): void;
  /** A page break: a row it starts is marked `afterBreak`. */
  pageBreak(): void;
  /** Ends the paragraph open. */
  closeParagraph(): void;
  /** Starts a table (nested ones become their cell's blocks). */
  openTable(): void;
  /** Ends a table. */
  closeTable(): void;
  /** Opens a row; returns its properties for the reader to set, or `undefined` in a nested table. */
  openRow(): RowProperties | undefined;
  /** Ends a row. */
  closeRow(): void;
  /** Opens a cell; returns its properties for the reader to set, or `undefined` in a nested table. */
  openCell(): CellProperties | undefined;
  /** Ends a cell. */
  closeCell(): void;
  /** Empty grid columns before a row's first cell (Word's `gridBefore`). */
  skipColumns(count: number): void;
  /** The table model read, and what was cut short. */
  finish(): { readonly model: TableModel; readonly limits: readonly LimitReached[] };
}

/** How many cells a document may have in all: far more than any plan, and a bound on repeated cells. */
export const MAX_CELLS = 2_000_000;

/** A new builder of a document's table model. */
export function tableModelBuilder(): TableModelBuilder {
  const items: ModelItem[] = [];
  const limits: LimitReached[] = [];
  let line = 0;
  let depth = 0;
  let table: Table | undefined;
  let row: Row | undefined;
  let cell: Cell | undefined;
  let pendingBreak = false;
  const paragraphs: Paragraph[] = [];

  let cells = 0;
  const limit = (what: string): void => {
    if (limits.length < 100 && !limits.some((l) => l.what === what)) limits.push({ what, line });
  };
  /** Places a cell at the row's next grid column, after the empty cells waiting; false when a limit stops it. */
  const place = (
    target: Row,
    blocks: readonly Block[],
    flags: { readonly covered?: 'down' | 'across' } | undefined,
  ): boolean => {
    for (; target.pending > 0; target.pending -= 1) {
      if (!place1(target, [], undefined)) return false;
    }
    return place1(target, blocks, flags);
  };
  const place1 = (
    target: Row,
    blocks: readonly Block[],
    flags: { readonly covered?: 'down' | 'across' } | undefined,
  ): boolean => {
    if (target.column > MAX_COLUMNS) {
      limit(`a row wider than ${MAX_COLUMNS} columns`);
      return false;
    }
    if (cells >= MAX_CELLS) {
      limit(`more than ${MAX_CELLS} table cells`);
      return false;
    }
    cells += 1;
    target.cells.push(modelCell(blocks, { line: target.line, column: target.column }, flags));
    target.column += 1;
    return true;
  };

  /** Adds a paragraph's text to the open cell. */
  const toCell = (target: Cell, paragraph: Paragraph, lines: string[]): void => {
    if (paragraph.kind.list === true && lines.length > 0) {
      if (target.items === undefined) {
        target.items = [];
        target.blocks.push({ type: 'list', items: target.items });
      }
      target.items.push(lines.join(' '));
      return;
    }
    if (lines.length > 0) target.items = undefined;
    for (const text of lines) target.blocks.push({ type: 'paragraph', text });
  };

  return {
    /** The current line: of the paragraph or row being read, or the last one read. */
    get line(): number {
      return line;
    },

    openParagraph(kind: ParagraphKind): void {
      const nested = paragraphs.length > 0;
      if (!nested && depth === 0) line += 1;
      paragraphs.push({ kind, lines: undefined, current: '', line, nested });
    },
    text(text: string): void {
      const paragraph = paragraphs[paragraphs.length - 1];
      if (paragraph !== undefined) paragraph.current += text;
    },
    lineBreak(): void {
      const paragraph = paragraphs[paragraphs.length - 1];
      if (paragraph === undefined) return;
      (paragraph.lines ??= []).push(paragraph.current);
      paragraph.current = '';
    },
    /** A page break: a row it starts is marked `afterBreak`. */
    pageBreak(): void {
      if (depth !== 1) return;
      if (row === undefined) {
        pendingBreak = true;
        return;
      }
      const paragraph = paragraphs[0];
      const before =
        (cell === undefined || cell.blocks.length === 0) && (paragraph === undefined || fold(paragraph.current) === '');
      if (before && row.cells.every((c) => c.text === '')) row.afterBreak = true;
    },
    closeParagraph(): void {
      const paragraph = paragraphs.pop();
      if (paragraph === undefined) return;
      const lines: string[] = [];
      for (const raw of paragraph.lines ?? []) {
        const text = fold(raw);
        if (text !== '') lines.push(text);
      }
      const last = fold(paragraph.current);
      if (last !== '') lines.push(last);
      if (lines.length === 0 && paragraph.kind.label !== undefined && fold(paragraph.kind.label) !== '') {
        lines.push(fold(paragraph.kind.label));
        paragraph.kind = { heading: paragraph.kind.heading } as ParagraphKind;
      }
      if (paragraph.nested) {
        // A text box in a paragraph: its text joins the paragraph's.
        const outer = paragraphs[paragraphs.length - 1] as Paragraph;
        if (lines.length > 0) outer.current += ` ${lines.join(' ')} `;
        return;
      }
      if (cell !== undefined) {
        toCell(cell, paragraph, lines);
        return;
      }
      const location: SourceLocation = { line: paragraph.line };
      const heading = paragraph.kind.heading;
      for (const text of lines) {
        items.push(
          heading === undefined ? { type: 'line', text, location } : { type: 'line', text, location, heading },
        );
      }
    },

    openTable(): void {
      depth += 1;
      if (depth === 1) {
        table = { rows: [], lastAt: [], spans: [], index: 0 };
        pendingBreak = false;
      }
    },
    closeTable(): void {
      depth -= 1;
      if (depth !== 0 || table === undefined) return;
      const first = table.rows[0];
      if (first !== undefined) items.push({ type: 'table', rows: table.rows, location: { line: first.location.line } });
      table = undefined;
      row = undefined;
      cell = undefined;
    },

    /** Opens a row; returns its properties for the reader to set, or `undefined` in a nested table. */
    openRow(): RowProperties | undefined {
      if (depth !== 1 || table === undefined || cell !== undefined) return undefined;
      line += 1;
      const props: RowProperties = { header: false, deleted: false, repeat: 1 };
      row = { props, cells: [], line, afterBreak: pendingBreak, column: 1, pending: 0 };
      return props;
    },
    closeRow(): void {
      if (depth !== 1 || table === undefined || row === undefined || cell !== undefined) return;
      const done = row;
      row = undefined;
      if (done.props.deleted) {
        line -= 1;
        return;
      }
      const empty = done.cells.every((c) => c.text === '');
      const repeat = Math.max(1, done.props.repeat);
      if (empty) {
        // A blank row shows nothing: it is left out, and marks a break before the next row.
        line += repeat - 1;
        table.index += repeat;
        pendingBreak = true;
        return;
      }
      const copies = Math.min(repeat, MAX_REPEATS);
      if (copies < repeat) limit(`a row repeated ${repeat} times (kept ${MAX_REPEATS} times)`);
      // The cells' text joined by tabs, left as a rope of the cells' own strings: the recogniser
      // reads little of most rows' text, and a flat copy of every row would double the text the
      // model holds (and the work of collecting it).
      let text = done.cells[0]?.text ?? '';
      for (let k = 1; k < done.cells.length; k += 1) text = `${text}\t${(done.cells[k] as ModelCell).text}`;
      for (let k = 0; k < copies; k += 1) {
        const at = done.line + k;
        const cells =
          k === 0
            ? done.cells
            : done.cells.map((c) => ({ ...c, location: { line: at, column: c.location.column as number } }));
        const modelRow: { -readonly [K in keyof ModelRow]: ModelRow[K] } = { cells, location: { line: at }, text };
        if (done.props.header) modelRow.header = true;
        if (k === 0 && done.afterBreak) modelRow.afterBreak = true;
        table.rows.push(modelRow);
      }
      line = done.line + copies - 1;
      table.index += repeat;
      pendingBreak = false;
    },

    /** Opens a cell; returns its properties for the reader to set, or `undefined` in a nested table. */
    openCell(): CellProperties | undefined {
      if (depth !== 1 || row === undefined || cell !== undefined) return undefined;
      const props: CellProperties = { span: 1, columns: 1, merge: undefined, rowSpan: 1, covered: false, repeat: 1 };
      cell = { props, blocks: [], items: undefined, column: row.column + row.pending };
      return props;
    },
    closeCell(): void {
      if (depth !== 1 || row === undefined || cell === undefined || table === undefined) return;
      const open = row;
      const { props, column } = cell;
      let blocks: readonly Block[] = cell.blocks;
      cell = undefined;
      let covered: 'down' | 'across' | undefined;
      if (props.merge === 'continue') {
        const origin = table.lastAt[column];
        if (origin !== undefined) {
          blocks = blocks.length === 0 ? origin : [...origin, ...blocks];
          covered = 'down';
        }
      } else if (props.covered) {
        const span = table.spans[column];
        if (span !== undefined && span.until >= table.index && span.column === column) {
          blocks = blocks.length === 0 ? span.blocks : [...span.blocks, ...blocks];
          covered = 'down';
        } else if (blocks.length === 0) {
          covered = 'across';
        }
      }
      if (column <= MAX_COLUMNS && covered !== 'down' && !props.covered) table.lastAt[column] = blocks;
      if (props.rowSpan > 1 && column <= MAX_COLUMNS) {
        const span: Span = { blocks, column, until: table.index + props.rowSpan - 1 };
        for (let c = column; c < column + props.columns && c <= MAX_COLUMNS; c += 1) table.spans[c] = span;
      }
      const repeat = Math.min(Math.max(1, props.repeat), MAX_COLUMNS);
      if (blocks.length === 0 && covered === undefined && props.span === 1 && props.columns === 1) {
        // Empty cells: placed only when a cell follows them, so that empty cells repeated to the
        // edge of a wide grid cost nothing.
        open.pending += repeat;
        return;
      }
      const flags = covered === undefined ? undefined : { covered };
      for (let k = 0; k < repeat; k += 1) {
        if (!place(open, blocks, flags)) return;
        for (let s = 1; s < props.span; s += 1) if (!place(open, [], { covered: 'across' })) return;
        open.column += Math.max(0, props.columns - 1);
      }
    },
    /** Empty grid columns before a row's first cell (Word's `gridBefore`). */
    skipColumns(count: number): void {
      if (row === undefined || cell !== undefined) return;
      row.pending += Math.min(Math.max(0, count), MAX_COLUMNS);
    },

    /** The table model read, and what was cut short. */
    finish(): { model: TableModel; limits: readonly LimitReached[] } {
      return { model: { items }, limits };
    },
  };
}
