import type { Block } from '../../model/Block.js';
import type { SourceLocation } from '../../model/Issue.js';

/**
 * The one intermediate form every document reader builds: the lines outside tables, and tables as
 * rows of cells, each cell its blocks, everything with its location in the source. One recogniser
 * (`recognise`) turns it into a plan, so the readers differ only in how they build it.
 *
 * Locations follow the source: for text, the line (and the column where a cell starts); for Word
 * and OpenDocument, `line` counts the document's paragraphs outside tables and its table rows in
 * reading order (as if the document were printed as text, one row a line) and `column` is the
 * cell's 1-based grid column; for HTML, the line and column in the HTML text; for PDF, the page too.
 */
export interface TableModel {
  /** The document's lines and tables in reading order. */
  readonly items: readonly ModelItem[];
}

/** A line of a document outside any table, or a table. */
export type ModelItem = ModelLine | ModelTable;

/** A line (a paragraph, a heading) outside any table. */
export interface ModelLine {
  /** Marks a line. */
  readonly type: 'line';
  /** Its plain text: white space folded to single spaces, trimmed; never empty. */
  readonly text: string;
  /** Where it is. */
  readonly location: SourceLocation;
  /** Its heading level (1–6) where the source marks the line as a heading. */
  readonly heading?: number;
  /** Set when the reader found the line at the top or the foot of several pages: a running page header or footer. */
  readonly repeated?: boolean;
}

/** A table: its rows in order. */
export interface ModelTable {
  /** Marks a table. */
  readonly type: 'table';
  /** Its rows; a row may have fewer cells than another. */
  readonly rows: readonly ModelRow[];
  /** Where it starts. */
  readonly location: SourceLocation;
}

/** A row of a table. */
export interface ModelRow {
  /**
   * Its cells, one per grid column: a cell merged across several columns stands at its first
   * column, and each column it covers holds an empty cell marked `covered: 'across'`.
   */
  readonly cells: readonly ModelCell[];
  /** Where it starts. */
  readonly location: SourceLocation;
  /** The row as written, kept in issues about a row that cannot be placed: for text the line itself, otherwise the cells' text joined by tabs. */
  readonly text: string;
  /** Set when the source marks the row as a header row (repeated at the top of each page): Word's `tblHeader`, ODF's header rows, HTML's `thead`. */
  readonly header?: boolean;
  /** Set when a page break or a blank line stands between this row and the one before, so it may continue that row. */
  readonly afterBreak?: boolean;
  /**
   * Set when the source had no cell boundaries (text copied from a PDF viewer), so the reader told
   * the cells apart by their words: the column headings, the category label, sentence ends and the
   * target dates. The recogniser reports such a row, for a reader to check.
   */
  readonly inferredCells?: boolean;
}

/** A cell of a table row. */
export interface ModelCell {
  /** Its paragraphs and lists in order; empty for an empty cell. */
  readonly blocks: readonly Block[];
  /** Its plain text: the blocks' text (paragraphs and list items) joined by single spaces; `''` when empty. */
  readonly text: string;
  /** Where it starts. */
  readonly location: SourceLocation;
  /**
   * Set on a cell that a merged cell covers. `'down'`: a cell merged down from the row above; this
   * cell repeats that cell's blocks and text (an owner merged down several rows is the owner of
   * each). `'across'`: a cell merged from the left; this cell is empty.
   */
  readonly covered?: 'down' | 'across';
  /** Set when a list in the cell had lost its item markers, so the reader split it at sentence ends. */
  readonly inferredItems?: boolean;
}
