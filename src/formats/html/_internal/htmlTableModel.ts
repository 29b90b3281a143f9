import type { Block } from '../../../model/Block.js';
import type { SourceLocation } from '../../../model/Issue.js';
import { lineIndex } from '../../../_lib/lineIndex.js';
import { foldSpace as fold } from '../../_internal/foldSpace.js';
import { modelCell } from '../../document/modelCell.js';
import type { ModelCell, ModelItem, ModelRow, TableModel } from '../../document/TableModel.js';
import { decodeReferences } from './references.js';
import { attributeOf, scanHtml } from './scanHtml.js';

/** The table model of an HTML text, and what of the text it could not place. */
export interface HtmlTableModel {
  /** The lines and tables. */
  readonly model: TableModel;
  /** Text the table model cannot hold, or structure it could not lay out, for the reader to report. */
  readonly unplaced: readonly Unplaced[];
}

/** Text of the HTML that is in no line or cell of the table model, or structure not laid out. */
export interface Unplaced {
  /** Where it is. */
  readonly location: SourceLocation;
  /** Its text. */
  readonly text: string;
  /** Why. */
  readonly reason: string;
}

/** The widest a cell may span, as HTML caps `colspan`. */
const MAX_COLSPAN = 1000;
/** The most rows a cell may span, as HTML caps `rowspan`. */
const MAX_ROWSPAN = 65534;
/**
 * The most cells that merged cells may cover in one document. Each costs an array slot only (the
 * covered cells of one merged cell share one object), and no real document comes near; a hostile
 * one (`colspan="1000" rowspan="65534"` above 65,534 empty rows) stops here instead of asking for
 * tens of millions.
 */
const MAX_COVERED = 2_000_000;

/** Elements that start and end a block of text: a paragraph of a cell, or a line outside tables. */
const BLOCKS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    'address article aside blockquote body center details dialog dir div dl fieldset figcaption figure footer ' +
    'form header hgroup hr html legend listing main menu nav p pre section summary option optgroup select'
  ).split(' '),
);

/**
 * The elements that end an SVG picture left open, as HTML's parser lets them break out of foreign
 * content: the page's text goes on after them.
 */
const SVG_BREAKOUT: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu ' +
    'meta nobr ol p pre ruby s small span strike strong sub sup table tt u ul var'
  ).split(' '),
);

const HEADING = /^h[1-6]$/;
const SPAN = /span/i;

/** A span attribute as HTML reads it: its leading digits, or the default. */
function span(value: string | undefined, fallback: number): number {
  const digits = value === undefined ? null : /^\s*\+?(\d+)/.exec(value);
  if (digits === null) return fallback;
  return (digits[1] as string).length > 6 ? Number.POSITIVE_INFINITY : Number(digits[1]);
}

/**
 * Text as it builds up into paragraphs and lists, of a cell or of the document outside tables:
 * text is added in pieces, and a block boundary ends the paragraph or list item it makes.
 */
interface Flow {
  /** The text since the last boundary, references decoded, white space not yet folded. */
  buffer: string;
  /** The offset of the buffer's first character that is not white space, or -1 while it has none. */
  first: number;
  /** A cell's blocks; `undefined` for the document outside tables, whose text makes lines. */
  readonly blocks: Block[] | undefined;
  /** The items of the list block being filled, if any. */
  list: string[] | undefined;
  /** Whether a list item is open, in which paragraphs and line breaks do not end the item. */
  inItem: boolean;
  /** How deep in lists the text is. */
  lists: number;
  /** Set when a definition term was opened, so that its description joins it on one line. */
  term: boolean;
  /** Whether the text is in a Word list paragraph (`mso-list:l0 level1`), which makes a list item. */
  wordList: boolean;
}

const newFlow = (blocks: Block[] | undefined): Flow => ({
  buffer: '',
  first: -1,
  blocks,
  list: undefined,
  inItem: false,
  lists: 0,
  term: false,
  wordList: false,
});

/** Adds text from the HTML at `offset` to a flow, references decoded. */
function add(f: Flow, raw: string, offset: number): void {
  if (f.first < 0) {
    const k = raw.search(/[^\t\n\f\r ]/);
    if (k < 0) return;
    f.first = offset + k;
  }
  f.buffer += raw.includes('&') ? decodeReferences(raw) : raw;
}

/** Adds the separator between a definition term and its description. */
function joinTerm(f: Flow): void {
  const text = f.buffer.trimEnd();
  f.buffer = text.endsWith(':') ? `${text} ` : `${text}: `;
}

/** A merged cell's hold on its columns: how many rows it still covers (counting the one being read), and the cell each row gets. */
interface Down {
  remaining: number;
  readonly cell: ModelCell;
}

/** A cell being read. */
interface OpenCell {
  readonly start: number;
  readonly colspan: number;
  readonly rowspan: number;
  readonly blocks: Block[];
  readonly flow: Flow;
}

/** A row being read. */
interface OpenRow {
  readonly start: number;
  readonly cells: ModelCell[];
  readonly texts: string[];
  readonly header: boolean;
}

/** The top-level table being read. */
interface OpenTable {
  readonly start: number;
  readonly rows: ModelRow[];
  row: OpenRow | undefined;
  cell: OpenCell | undefined;
  /** The merged cells above, by grid column. */
  down: (Down | undefined)[];
  /** Whether rows are header rows (`thead`). */
  header: boolean;
  /** How deep in tables inside the current cell the HTML is: their text is the cell's. */
  nested: number;
  /** Whether this is the tally table of a page {@link toHtml} wrote (`<table class="tally">`). */
  readonly ownTally: boolean;
}

// The page toHtml writes (`<section class="action-plan">`) is read as what it is: its heading is
// the plan's title, which the table's caption ("Action plan: …") repeats; its header list
// (`<dl class="header">`) names the respondent as "Respondent", read as the respondent's line on a
// cover; the caption of its tally table is a label (a tally it counted from the rows because the
// plan states none keeps its caption, by which the recogniser knows it is not a stated tally); the
// caption of its timeline picture is a label too.

/** The label of the respondent in the header list of toHtml's page. */
const RESPONDENT = 'Respondent';
/** The caption of the timeline picture of toHtml's page, whose own text is skipped as every picture's is. */
const TIMELINE = 'Timeline of the actions';
/** The caption of the tally table of toHtml's page. */
const TALLY = 'Tally';
const classes = (html: string, start: number, end: number): string =>
  end - start > 6 ? ` ${attributeOf(html, start, end, 'class') ?? ''} ` : '';

/**
 * Reads HTML text into the table model: the lines outside tables (headings with their level,
 * paragraphs, list items, a definition term and its description on one line, a table's caption
 * before it), and each top-level table's rows, merged cells laid out on the grid. A table inside a
 * cell gives its text to that cell, a paragraph for each of its cells. Costs time linear in the
 * text, and never throws.
 */
export function htmlTableModel(html: string): HtmlTableModel {
  // Where offsets of the page stand, as line and column from 1.
  const where = lineIndex(html).position;
  const items: ModelItem[] = [];
  let heading: number | undefined;
  const doc = newFlow(undefined);
  /** Ends the flow's current paragraph or list item: a block of its cell, or a line. */
  const endBlock = (f: Flow): void => {
    f.term = false;
    if (f.first < 0) return;
    const text = fold(f.buffer);
    const at = f.first;
    f.buffer = '';
    f.first = -1;
    if (text === '') return;
    const blocks = f.blocks;
    if (blocks === undefined) {
      const line: { type: 'line'; text: string; location: SourceLocation; heading?: number } = {
        type: 'line',
        text,
        location: where(at),
      };
      if (heading !== undefined) line.heading = heading;
      items.push(line);
    } else if (f.lists > 0) {
      if (f.list === undefined) {
        f.list = [];
        blocks.push({ type: 'list', items: f.list });
      }
      f.list.push(text);
    } else {
      f.list = undefined;
      blocks.push({ type: 'paragraph', text });
    }
  };
  let table: OpenTable | undefined;
  let covered = 0;
  const unplaced: Unplaced[] = [];
  let spansDropped = false;
  /** How deep in the spans that hold the bullet Word writes before a list paragraph (`mso-list:Ignore`) the text is: it is not the item's. */
  let muted = 0;
  /** Whether the page is one toHtml wrote, and where in it the text is. */
  let ownPage = false;
  let headerList = false;
  /** Set in the heading of toHtml's page, whose text the caption repeats. */
  let silent = false;
  /** How deep in SVG pictures the HTML is: their text is a picture's labels, not the page's. */
  let svg = 0;

  const current = (): Flow => (table?.cell !== undefined ? table.cell.flow : doc);

  /** Counts covered cells against the bound; past it, the merged cells above stop covering. */
  const cover = (t: OpenTable, offset: number): boolean => {
    covered += 1;
    if (covered <= MAX_COVERED) return true;
    t.down = [];
    if (!spansDropped) {
      spansDropped = true;
      unplaced.push({
        location: where(offset),
        text: '',
        reason: `merged cells covering more than ${MAX_COVERED} cells: the spans from here on are not laid out`,
      });
    }
    return false;
  };

  const endWordList = (f: Flow): void => {
    if (!f.wordList) return;
    f.wordList = false;
    closeList(f);
  };

  /** Fills the columns from the row's end up to `column` (exclusive) with the cells that merged cells above cover. */
  const fillTo = (t: OpenTable, row: OpenRow, column: number, offset: number): void => {
    while (row.cells.length < column) {
      if (!cover(t, offset)) return;
      const down = t.down[row.cells.length];
      // A column no cell of this row fills, left of one a merged cell above holds, is an empty cell.
      row.cells.push(down !== undefined && down.remaining > 0 ? down.cell : modelCell([], where(row.start)));
    }
  };

  const closeCell = (t: OpenTable): void => {
    const open = t.cell;
    const row = t.row;
    if (open === undefined || row === undefined) return;
    endBlock(open.flow);
    t.cell = undefined;
    t.nested = 0;
    const location = where(open.start);
    const cell = modelCell(open.blocks, location);
    const column = row.cells.length;
    row.cells.push(cell);
    row.texts.push(cell.text);
    const { colspan, rowspan } = open;
    const across = colspan > 1 || rowspan > 1 ? modelCell([], location, { covered: 'across' }) : undefined;
    for (let k = 1; k < colspan; k += 1) {
      if (!cover(t, open.start)) break;
      row.cells.push(across as ModelCell);
    }
    if (rowspan > 1) {
      const down = modelCell(open.blocks, location, { covered: 'down' });
      for (let k = 0; k < colspan; k += 1) {
        // Counting this row, which ends by taking one off.
        t.down[column + k] = { remaining: rowspan, cell: k === 0 ? down : (across as ModelCell) };
      }
    }
  };

  const closeRow = (t: OpenTable): void => {
    closeCell(t);
    const row = t.row;
    if (row === undefined) return;
    t.row = undefined;
    // The merged cells above that this row's own cells stopped short of.
    let last = t.down.length;
    while (last > 0 && !((t.down[last - 1]?.remaining ?? 0) > 0)) last -= 1;
    fillTo(t, row, last, row.start);
    for (let c = 0; c < t.down.length; c += 1) {
      const down = t.down[c];
      if (down !== undefined && (down.remaining -= 1) <= 0) t.down[c] = undefined;
    }
    while (t.down.length > 0 && t.down[t.down.length - 1] === undefined) t.down.pop();
    if (row.cells.length === 0) return;
    const model: { -readonly [K in keyof ModelRow]: ModelRow[K] } = {
      cells: row.cells,
      location: where(row.start),
      text: row.texts.join('\t'),
    };
    if (row.header) model.header = true;
    t.rows.push(model);
  };

  const openRow = (t: OpenTable, start: number): OpenRow => {
    closeRow(t);
    const row: OpenRow = { start, cells: [], texts: [], header: t.header };
    t.row = row;
    return row;
  };

  const closeTable = (): void => {
    const t = table;
    if (t === undefined) return;
    closeRow(t);
    endBlock(doc);
    table = undefined;
    if (t.rows.length > 0) items.push({ type: 'table', rows: t.rows, location: where(t.start) });
  };

  const openCell = (t: OpenTable, start: number, end: number): void => {
    closeCell(t);
    const row = t.row ?? openRow(t, start);
    // The columns that merged cells above hold come first.
    let column = row.cells.length;
    while ((t.down[column]?.remaining ?? 0) > 0) column += 1;
    fillTo(t, row, column, start);
    // Most cells span nothing: their tags are read for spans only when they name one.
    const spans = end - start > 3 && SPAN.test(html.slice(start, end));
    const colspan = spans ? span(attributeOf(html, start, end, 'colspan'), 1) : 1;
    const rowspan = spans ? span(attributeOf(html, start, end, 'rowspan'), 1) : 1;
    const blocks: Block[] = [];
    t.cell = {
      start,
      colspan: Math.min(Math.max(colspan, 1), MAX_COLSPAN),
      rowspan: rowspan === 0 ? MAX_ROWSPAN : Math.min(Math.max(rowspan, 1), MAX_ROWSPAN),
      blocks,
      flow: newFlow(blocks),
    };
  };

  const openList = (f: Flow): void => {
    endBlock(f);
    // A list outside any list starts a list block of its own.
    if (f.lists === 0) f.list = undefined;
    f.lists += 1;
    f.inItem = false;
  };
  function closeList(f: Flow): void {
    endBlock(f);
    if (f.lists > 0) f.lists -= 1;
    f.inItem = false;
    if (f.lists === 0) f.list = undefined;
  }
  /** A paragraph boundary: ends the paragraph, or inside a list item only separates words. */
  const boundary = (f: Flow): void => {
    if (f.inItem) f.buffer += ' ';
    else endBlock(f);
  };

  scanHtml(html, {
    text(start, end) {
      if (muted > 0 || silent || svg > 0) return;
      add(current(), html.slice(start, end), start);
    },
    open(name, start, end) {
      if (svg > 0 || name === 'svg') {
        if (name === 'svg') {
          // `<svg/>` is an empty picture.
          if (html.charCodeAt(end - 1) === 47) return;
          if (svg === 0) boundary(current());
          svg += 1;
          return;
        }
        if (!SVG_BREAKOUT.has(name)) return;
        svg = 0;
      }
      const t = table;
      if (name === 'span') {
        if (muted > 0) muted += 1;
        else if (end - start > 5 && /mso-list:\s*ignore/i.test(attributeOf(html, start, end, 'style') ?? '')) muted = 1;
        return;
      }
      if (t !== undefined && t.nested === 0) {
        switch (name) {
          case 'td':
          case 'th':
            openCell(t, start, end);
            return;
          case 'tr':
            openRow(t, start);
            return;
          case 'thead':
          case 'tbody':
          case 'tfoot':
            closeRow(t);
            t.down = [];
            t.header = name === 'thead';
            return;
          case 'caption':
            closeRow(t);
            endBlock(doc);
            return;
          case 'table':
            if (t.cell === undefined) {
              // A table inside a table but outside its cells ends the first, as in HTML.
              closeTable();
              break;
            }
            t.nested += 1;
            endBlock(t.cell.flow);
            return;
          default:
        }
      } else if (t !== undefined) {
        // Inside a table inside a cell: its structure only separates paragraphs.
        if (name === 'table') {
          t.nested += 1;
          endBlock(current());
          return;
        }
        if (name === 'td' || name === 'th' || name === 'tr' || name === 'caption') {
          endBlock(current());
          return;
        }
      }
      if (name === 'table') {
        endWordList(doc);
        endBlock(doc);
        const ownTally = ownPage && classes(html, start, end).includes(' tally ');
        table = {
          start,
          rows: [],
          row: undefined,
          cell: undefined,
          down: [],
          header: false,
          nested: 0,
          ownTally,
        };
        return;
      }
      const f = current();
      if (name === 'br') {
        boundary(f);
        return;
      }
      if (name === 'p' && end - start > 2) {
        const style = attributeOf(html, start, end, 'style');
        if (style !== undefined && /mso-list:\s*l\d/i.test(style)) {
          // A Word list paragraph: an item of a list, its bullet muted.
          endBlock(f);
          if (!f.wordList) {
            openList(f);
            f.wordList = true;
          }
          return;
        }
      }
      if (name === 'ul' || name === 'ol') {
        endWordList(f);
        openList(f);
      } else if (name === 'li') {
        endWordList(f);
        endBlock(f);
        if (f.lists === 0) openList(f);
        f.inItem = true;
      } else if (name === 'dt') {
        endWordList(f);
        endBlock(f);
        f.term = true;
      } else if (name === 'dd') {
        endWordList(f);
        if (headerList && fold(f.buffer) === RESPONDENT) {
          f.buffer = '';
          f.first = -1;
          f.term = false;
        } else if (f.term && f.first >= 0) {
          joinTerm(f);
          f.term = false;
        } else endBlock(f);
      } else if (HEADING.test(name)) {
        endWordList(f);
        endBlock(f);
        if (f === doc) {
          heading = Number(name.charAt(1));
          silent = ownPage && name === 'h1';
        }
      } else if (BLOCKS.has(name)) {
        endWordList(f);
        boundary(f);
        if (name === 'section' && classes(html, start, end).includes(' action-plan ')) ownPage = true;
        else if (name === 'dl' && ownPage && classes(html, start, end).includes(' header ')) headerList = true;
      }
    },
    close(name) {
      if (svg > 0) {
        if (name === 'svg') svg -= 1;
        return;
      }
      const t = table;
      if (name === 'span') {
        if (muted > 0) muted -= 1;
        return;
      }
      if (t !== undefined && t.nested === 0) {
        switch (name) {
          case 'td':
          case 'th':
            closeCell(t);
            return;
          case 'tr':
            closeRow(t);
            return;
          case 'thead':
          case 'tbody':
          case 'tfoot':
            closeRow(t);
            t.down = [];
            t.header = false;
            return;
          case 'caption':
            if (t.ownTally) {
              // A counted tally's caption stays, a line above its rows: the recogniser skips both
              // and says so, as it does in a print of the page.
              if (fold(doc.buffer) === TALLY) {
                doc.buffer = '';
                doc.first = -1;
              }
            }
            endBlock(doc);
            return;
          case 'table':
            closeTable();
            return;
          default:
        }
      } else if (t !== undefined) {
        if (name === 'table') {
          t.nested -= 1;
          endBlock(current());
          return;
        }
        if (name === 'td' || name === 'th' || name === 'tr' || name === 'caption') {
          endBlock(current());
          return;
        }
      }
      const f = current();
      if (name === 'br') {
        // "</br>" is a line break, as in HTML.
        boundary(f);
      } else if (name === 'ul' || name === 'ol') {
        endWordList(f);
        closeList(f);
      } else if (name === 'li') {
        endBlock(f);
        f.inItem = false;
      } else if (name === 'dt') {
        // The term's text waits for its description.
      } else if (HEADING.test(name)) {
        endBlock(f);
        if (f === doc) {
          heading = undefined;
          silent = false;
        }
      } else if (name === 'p' && f.wordList) {
        endBlock(f);
      } else if (name === 'figcaption' && ownPage && f === doc && fold(f.buffer) === TIMELINE) {
        f.buffer = '';
        f.first = -1;
      } else if (BLOCKS.has(name) || name === 'dd') {
        if (!f.inItem) endWordList(f);
        boundary(f);
        if (name === 'dl') headerList = false;
      }
    },
  });
  closeTable();
  endWordList(doc);
  endBlock(doc);
  return { model: { items }, unplaced };
}
