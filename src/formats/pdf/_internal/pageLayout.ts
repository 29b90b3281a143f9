import type { Block } from '../../../model/Block.js';
import type { SourceLocation } from '../../../model/Issue.js';
import { modelCell } from '../../document/modelCell.js';
import type { ModelCell, ModelItem, ModelLine, ModelRow, ModelTable, TableModel } from '../../document/TableModel.js';
import { foldSpace } from '../../_internal/foldSpace.js';
import { isColumnHeadings } from '../../document/words.js';

// From what a PDF page shows — runs of text at positions, and the lines it draws — to the table
// model. Coordinates are in points from the page's top-left corner, `y` growing down the page.
// Tables are found by their ruling lines (the borders every word processor and browser draws
// around cells): the lines give the rows and columns, and a border missing between two cells
// marks a merged cell. Text outside the tables becomes lines, a paragraph's lines joined.

/** A run of text as the page shows it: its baseline's start, its width and its font size. */
export interface TextRun {
  /** The text. */
  readonly text: string;
  /** Where the baseline starts, from the page's left edge. */
  readonly x: number;
  /** Where the baseline is, from the page's top edge. */
  readonly y: number;
  /** How wide the run is. */
  readonly width: number;
  /** Its font size (the height of an em). */
  readonly size: number;
}

/** A straight line the page draws across or down it: a border, a rule. */
export interface Rule {
  /** Whether it runs across the page (`y1 === y2`) or down it (`x1 === x2`). */
  readonly across: boolean;
  /** Where it runs: across, `at` is its `y`; down, its `x`. */
  readonly at: number;
  /** Where it starts: across, its left end; down, its top end. */
  readonly from: number;
  /** Where it ends: across, its right end; down, its bottom end. */
  readonly to: number;
}

/** What a page shows, as the layout needs it. */
export interface PageContent {
  /** The 1-based page number. */
  readonly number: number;
  /** The page's width. */
  readonly width: number;
  /** The page's height. */
  readonly height: number;
  /** Its runs of text, in the order the page draws them. */
  readonly runs: readonly TextRun[];
  /** The straight lines it draws. */
  readonly rules: readonly Rule[];
}

/** How near two positions may be and still be one (points): borders drawn twice, rounding. */
const NEAR = 2;
/** How many cells a table's grid on one page may have: far more than a page can show. */
const MAX_GRID_CELLS = 20_000;
/** How far a page's top and bottom margins reach, as a share of its height: where running headers and footers stand. */
const MARGIN = 0.12;

/** A line of text as the page shows it: its runs in reading order, joined. */
interface VisualLine {
  /** Its baseline. */
  y: number;
  /** Its largest font size. */
  size: number;
  /** Where it starts and ends. */
  x: number;
  end: number;
  /** Its runs, left to right. */
  runs: TextRun[];
}

/** A table found by its rules: its column and row boundaries, and the rules themselves. */
interface GridTable {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly across: readonly Rule[];
  readonly down: readonly Rule[];
}

/** Values within `near` of each other, as one value each (their mean), in order. */
function cluster(values: readonly number[], near: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const value of sorted) {
    if (count > 0 && value - last > near) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += value;
    count += 1;
    last = value;
  }
  if (count > 0) out.push(sum / count);
  return out;
}

/** Rules on one line that touch or overlap, as one rule each. */
function mergeRules(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: { across: boolean; at: number; from: number; to: number }[] = [];
  for (const rule of sorted) {
    let joined = false;
    // Rules sorted by position: only the last few can be on this rule's line.
    for (let k = out.length - 1; k >= 0 && rule.at - (out[k] as Rule).at <= NEAR; k -= 1) {
      const other = out[k] as { at: number; from: number; to: number };
      if (rule.from <= other.to + NEAR && rule.to >= other.from - NEAR) {
        other.from = Math.min(other.from, rule.from);
        other.to = Math.max(other.to, rule.to);
        joined = true;
        break;
      }
    }
    if (!joined) out.push({ ...rule });
  }
  return out;
}

/** Whether a rule across meets a rule down (they cross or touch). */
const meet = (across: Rule, down: Rule): boolean =>
  down.at >= across.from - NEAR &&
  down.at <= across.to + NEAR &&
  across.at >= down.from - NEAR &&
  across.at <= down.to + NEAR;

/** The tables a page's rules draw: groups of rules that meet, with two rules at least each way. */
function gridTables(rules: readonly Rule[]): GridTable[] {
  const across = mergeRules(rules.filter((r) => r.across));
  const down = mergeRules(rules.filter((r) => !r.across));
  // Groups of rules that meet, by union-find over the rules across then down.
  const parent = Array.from({ length: across.length + down.length }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    for (let k = i; parent[k] !== root;) [k, parent[k]] = [parent[k] as number, root];
    return root;
  };
  for (let a = 0; a < across.length; a += 1) {
    for (let d = 0; d < down.length; d += 1) {
      if (meet(across[a] as Rule, down[d] as Rule)) parent[find(a)] = find(across.length + d);
    }
  }
  const groups = new Map<number, { across: Rule[]; down: Rule[] }>();
  const group = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (g === undefined) groups.set(root, (g = { across: [], down: [] }));
    return g;
  };
  across.forEach((rule, i) => group(i).across.push(rule));
  down.forEach((rule, i) => group(across.length + i).down.push(rule));
  const tables: GridTable[] = [];
  for (const g of groups.values()) {
    if (g.across.length < 2 || g.down.length < 2) continue;
    // The table's edges where no rule draws them: rules down that run on past the last rule
    // across (a row the page's end cut, with no border below it), rules across that run past the
    // outermost rule down (a table with no borders at its sides).
    const ends = (rules: readonly Rule[]): number[] => {
      let from = Number.POSITIVE_INFINITY;
      let to = Number.NEGATIVE_INFINITY;
      for (const rule of rules) {
        from = Math.min(from, rule.from);
        to = Math.max(to, rule.to);
      }
      return [from, to];
    };
    const xs = cluster([...g.down.map((r) => r.at), ...ends(g.across)], NEAR);
    const ys = cluster([...g.across.map((r) => r.at), ...ends(g.down)], NEAR);
    // A grid of more cells than any page holds is no table (a pattern of lines): its text is read as lines.
    if (xs.length < 2 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) > MAX_GRID_CELLS) continue;
    tables.push({ xs, ys, across: g.across, down: g.down });
  }
  return tables.sort((a, b) => (a.ys[0] as number) - (b.ys[0] as number));
}

/** Whether a rule covers a point along it. */
const covers = (rules: readonly Rule[], at: number, along: number): boolean =>
  rules.some((r) => Math.abs(r.at - at) <= NEAR && along >= r.from - NEAR && along <= r.to + NEAR);

/** The index of the interval of sorted boundaries a position falls in, or -1 outside them. */
function slot(bounds: readonly number[], value: number): number {
  if (value < (bounds[0] as number) || value > (bounds[bounds.length - 1] as number)) return -1;
  for (let i = bounds.length - 2; i >= 0; i -= 1) if (value >= (bounds[i] as number)) return i;
  return -1;
}

/** A run's middle, where it is placed: half an em above its baseline, half its width along. */
const middle = (run: TextRun): { x: number; y: number } => ({ x: run.x + run.width / 2, y: run.y - run.size / 3 });

/** Runs grouped into the lines they stand on, top to bottom; a superscript joins the line it is raised from. */
function visualLines(runs: readonly TextRun[]): VisualLine[] {
  const sorted = runs.filter((r) => r.text !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: VisualLine[] = [];
  for (const run of sorted) {
    // A run is on a line when their bands (an em above the baseline) overlap by half the smaller.
    let target: VisualLine | undefined;
    for (let k = lines.length - 1; k >= 0 && k >= lines.length - 4; k -= 1) {
      const line = lines[k] as VisualLine;
      const top = Math.max(line.y - line.size * 0.8, run.y - run.size * 0.8);
      const bottom = Math.min(line.y, run.y);
      if (bottom - top >= Math.min(line.size, run.size) * 0.4) {
        target = line;
        break;
      }
    }
    if (target === undefined) {
      lines.push({ y: run.y, size: run.size, x: run.x, end: run.x + run.width, runs: [run] });
    } else {
      target.runs.push(run);
      if (run.size > target.size) {
        target.size = run.size;
        target.y = run.y;
      }
      target.x = Math.min(target.x, run.x);
      target.end = Math.max(target.end, run.x + run.width);
    }
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines.filter((line) => lineText(line) !== '');
}

/** A line's text: its runs left to right, a space where they stand apart. */
function lineText(line: VisualLine): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of line.runs) {
    const gap = run.x - end;
    if (text !== '' && gap > Math.min(run.size, line.size) * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.text)) {
      text += ' ';
    }
    text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  return foldSpace(text);
}

/**
 * A line outside tables that sets a label and its value apart ("Report published      9 December
 * 2025", as a list of terms and descriptions prints), as "Report published: 9 December 2025": a
 * gap of two ems or more between words. The label "Respondent" gives the value alone, the name as
 * a cover shows it.
 */
function labelled(line: VisualLine): VisualLine {
  let end = Number.NEGATIVE_INFINITY;
  let split = -1;
  line.runs.forEach((run, i) => {
    if (run.text.trim() === '') return;
    if (split < 0 && end > Number.NEGATIVE_INFINITY && run.x - end >= line.size * 2) split = i;
    end = Math.max(end, run.x + run.width);
  });
  if (split < 0) return line;
  const label = lineText({ ...line, runs: line.runs.slice(0, split) });
  const value = lineText({ ...line, runs: line.runs.slice(split) });
  const text = /^respondent:?$/i.test(label) ? value : `${label.replace(/:$/, '')}: ${value}`;
  const first = line.runs[0] as TextRun;
  return { ...line, runs: [{ text, x: first.x, y: line.y, width: line.end - first.x, size: line.size }] };
}

/** A bullet that starts a list item: the marks word processors and browsers draw. */
const BULLET = /^(?:[•●▪■◦○‣⁃∙·\uf0b7\uf0a7]|[-–o*])(?:\s+|$)/u;

/**
 * The widths of the printable ASCII characters in a sans-serif font (Helvetica's, which Arial and
 * Liberation Sans share), in 25ths of an em, each as a character from "0": enough to tell what
 * share of a run's width one of its words takes.
 */
const WIDTHS = ';;>FFTK8==@G;=;;FFFFFFFFFF;;GGGFYKKMMKHOM;DKFQMOKOMKHMKVKKH;;;CF=FFDFF;FF99D9QFFFF=D;FDMDDD=:=G';
/** A text's width in the units of {@link WIDTHS}; other characters count as a digit's width. */
const widthOf = (text: string): number => {
  let width = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    width += code >= 32 && code <= 126 ? WIDTHS.charCodeAt(code - 32) - 48 : 22;
  }
  return width;
};

/**
 * Whether the first word of a line would have fitted at the end of the line before it, in a cell
 * whose text ends at `right`: then the line was broken by hand (a new paragraph, the next owner or
 * date), not wrapped. A word is measured as its share of its run's width.
 */
function wouldFit(previous: VisualLine, line: VisualLine, right: number | undefined): boolean {
  if (right === undefined) return false;
  const run = line.runs[0];
  if (run === undefined) return false;
  const text = run.text.trim();
  const word = /^\S+/.exec(text)?.[0] ?? '';
  if (word === '') return false;
  const wordWidth = (run.width * widthOf(word)) / Math.max(1, widthOf(text));
  return previous.end + previous.size * 0.278 + wordWidth <= right - 0.3;
}

/** The distance between the baselines of two lines of one paragraph, for a font size. */
type Pitch = (size: number) => number;

/**
 * The line pitch of a page's text, for each font size: the median distance between the baselines
 * of lines that follow each other in one cell or text block. Most such lines belong to one
 * paragraph, so the median is the pitch; a gap clearly wider (paragraph spacing) starts a
 * paragraph. Word processors space lines about 1.15 ems apart, browsers as their style says.
 */
function pitchOf(groups: readonly (readonly VisualLine[])[]): Pitch {
  const gaps = new Map<number, number[]>();
  for (const lines of groups) {
    for (let i = 1; i < lines.length; i += 1) {
      const a = lines[i - 1] as VisualLine;
      const b = lines[i] as VisualLine;
      const gap = b.y - a.y;
      if (Math.abs(a.size - b.size) > 0.5 || gap < a.size * 0.8 || gap > a.size * 3) continue;
      const key = Math.round(b.size);
      let list = gaps.get(key);
      if (list === undefined) gaps.set(key, (list = []));
      list.push(gap);
    }
  }
  const pitches = new Map<number, number>();
  for (const [size, list] of gaps) {
    list.sort((x, y) => x - y);
    pitches.set(size, list[Math.floor((list.length - 1) / 2)] as number);
  }
  return (size) => pitches.get(Math.round(size)) ?? size * 1.15;
}

/** Whether the gap between two lines is wider than a paragraph's lines are: paragraph spacing, or a page's blank space. */
const spaced = (above: VisualLine, below: VisualLine, pitch: Pitch): boolean => {
  const gap = below.y - above.y;
  // No paragraph's lines stand more than 1.6 ems apart, whatever the estimate of the pitch says.
  const size = Math.max(above.size, below.size);
  return gap < 0 || gap > Math.min(size * 1.6, Math.max(pitch(above.size), pitch(below.size)) * 1.18);
};

/**
 * Lines as paragraphs and lists. A line starts a paragraph after a gap wider than a line's, or
 * where the line before ended early enough for its first word to have fitted (a line broken by
 * hand); a bullet starts a list item, and the lines below it that start where its text starts
 * continue it.
 */
function blocksOf(lines: readonly VisualLine[], pitch: Pitch, right?: number): Block[] {
  return readBlocks(lines, pitch, right).blocks;
}

/** {@link blocksOf}, and where the text of the list item the lines end in starts, if they end in one. */
function readBlocks(
  lines: readonly VisualLine[],
  pitch: Pitch,
  right?: number,
): { blocks: Block[]; itemX: number | undefined } {
  const blocks: Block[] = [];
  let paragraph: string[] | undefined;
  let items: string[] | undefined;
  /** Where the text of the list item being read starts: its continued lines start there too. */
  let itemX = 0;
  let previous: VisualLine | undefined;
  const endParagraph = (): void => {
    if (paragraph !== undefined && paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = undefined;
  };
  for (const line of lines) {
    const text = lineText(line);
    const broken = previous !== undefined && (spaced(previous, line, pitch) || wouldFit(previous, line, right));
    const bullet = BULLET.exec(text);
    if (bullet !== null && text.length > bullet[0].length) {
      endParagraph();
      // Items follow each other in one list, however far apart their paragraphs are spaced.
      if (items === undefined) {
        items = [];
        blocks.push({ type: 'list', items });
      }
      items.push(text.slice(bullet[0].length).trim());
      const second = line.runs.find((r) => r.x > line.x + 0.5 && !BULLET.test(r.text) && r.text.trim() !== '');
      itemX = second?.x ?? line.x;
      previous = line;
      continue;
    }
    if (items !== undefined && !broken && line.x >= itemX - NEAR) {
      items[items.length - 1] = `${items[items.length - 1] as string} ${text}`;
      previous = line;
      continue;
    }
    items = undefined;
    if (broken) endParagraph();
    (paragraph ??= []).push(text);
    previous = line;
  }
  endParagraph();
  return { blocks, itemX: items === undefined ? undefined : itemX };
}

/** A cell of a table as read from a page, before its blocks are made: its lines, or the cell covering it. */
interface PageCell {
  /** Its lines, top to bottom (a cell continued on the next page gets that page's lines too). */
  lines: VisualLine[];
  /** Set on a cell a merged cell covers, with the cell that covers it. */
  readonly covered?: { readonly how: 'down' | 'across'; readonly by: PageCell };
  readonly location: SourceLocation;
}

/** A table's row as read from a page. */
interface PageRow {
  readonly cells: PageCell[];
  readonly location: SourceLocation;
  header?: boolean;
  afterBreak?: boolean;
}

/** A table of a page: its rows, its column boundaries, and where each column's text ends. */
interface PageTable {
  readonly type: 'table';
  readonly xs: readonly number[];
  readonly rights: readonly number[];
  /** The line pitch of the page the table starts on. */
  pitch: Pitch;
  readonly rows: PageRow[];
  readonly location: SourceLocation;
  readonly y: number;
}

interface PageLine {
  readonly type: 'line';
  readonly text: string;
  readonly location: SourceLocation;
  readonly y: number;
  /** In the page's top or bottom margin, where running headers and footers stand. */
  readonly margin: boolean;
}

/** A page laid out: its lines and tables, top to bottom. */
interface PageItems {
  readonly number: number;
  readonly items: (PageLine | PageTable)[];
}

/** The cell that holds a covered cell's text. */
const ownerOf = (cell: PageCell): PageCell => {
  let owner = cell;
  while (owner.covered !== undefined) owner = owner.covered.by;
  return owner;
};

/** The cells of a table drawn by rules, with the page's line number of each row's first line. */
function readGrid(table: GridTable, runs: readonly TextRun[], page: number, lineAt: (y: number) => number): PageTable {
  const { xs, ys } = table;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const inCell: TextRun[][] = Array.from({ length: rows * columns }, () => []);
  for (const run of runs) {
    const m = middle(run);
    const c = slot(xs, m.x);
    const r = slot(ys, m.y);
    if (c >= 0 && r >= 0) inCell[r * columns + c]?.push(run);
  }
  // Merged cells: a border missing between two grid cells joins them; each grid cell's owner is
  // the top-left grid cell of the cell it is part of.
  const owner = Array.from({ length: rows * columns }, (_, i) => i);
  for (let r = 0; r < rows; r += 1) {
    const midY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    for (let c = 0; c < columns; c += 1) {
      const midX = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
      const i = r * columns + c;
      if (c > 0 && !covers(table.down, xs[c] as number, midY)) owner[i] = owner[i - 1] as number;
      else if (r > 0 && !covers(table.across, ys[r] as number, midX)) owner[i] = owner[i - columns] as number;
    }
  }
  const cells: PageCell[] = [];
  for (let i = 0; i < rows * columns; i += 1) {
    const own = owner[i] as number;
    const location: SourceLocation = { page, line: 0, column: (i % columns) + 1 };
    if (own === i) {
      cells.push({ lines: [], location });
    } else {
      const how = Math.floor(own / columns) === Math.floor(i / columns) ? 'across' : 'down';
      cells.push({ lines: [], covered: { how, by: cells[own] as PageCell }, location });
    }
  }
  // A merged cell's text is all the text within it.
  const runsOf = new Map<PageCell, TextRun[]>();
  for (let i = 0; i < rows * columns; i += 1) {
    const cell = ownerOf(cells[i] as PageCell);
    let list = runsOf.get(cell);
    if (list === undefined) runsOf.set(cell, (list = []));
    for (const run of inCell[i] as TextRun[]) list.push(run);
  }
  for (const [cell, list] of runsOf) cell.lines = visualLines(list);
  // Where each column's text ends: its right border, less the space its text keeps from its left one.
  const rights = Array.from({ length: columns }, (_, c) => {
    let padding = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rows; r += 1) {
      const cell = cells[r * columns + c] as PageCell;
      if (cell.covered === undefined)
        for (const line of cell.lines) padding = Math.min(padding, line.x - (xs[c] as number));
    }
    return (xs[c + 1] as number) - (Number.isFinite(padding) ? Math.max(0, padding) : 0);
  });
  const out: PageRow[] = [];
  for (let r = 0; r < rows; r += 1) {
    const row = cells.slice(r * columns, (r + 1) * columns);
    let top = Number.POSITIVE_INFINITY;
    row.forEach((cell, c) => {
      if (cell.covered === undefined) for (const run of inCell[r * columns + c] ?? []) top = Math.min(top, run.y);
    });
    for (const cell of row)
      if (cell.covered === undefined && cell.lines[0] !== undefined) top = Math.min(top, cell.lines[0].y);
    // A grid row that only a merged cell's border splits off, with no text of its own, adds nothing.
    if (
      top === Number.POSITIVE_INFINITY &&
      r > 0 &&
      row.every((cell) => cell.covered !== undefined || cell.lines.length === 0)
    ) {
      continue;
    }
    const line = lineAt(top === Number.POSITIVE_INFINITY ? (ys[r] as number) : top);
    for (const cell of row) (cell.location as { line: number }).line = line;
    out.push({ cells: row, location: { page, line } });
  }
  return {
    type: 'table',
    xs,
    rights,
    pitch: (size) => size * 1.15,
    rows: out,
    location: out[0]?.location ?? { page, line: 1 },
    y: ys[0] as number,
  };
}

/** A line's parts that stand apart, an em or more between them: the cells of a table drawn without rules. */
function chunksOf(line: VisualLine): VisualLine[] {
  const chunks: VisualLine[] = [];
  let current: VisualLine | undefined;
  for (const run of line.runs) {
    if (run.text.trim() === '') continue;
    if (current === undefined || run.x - current.end >= line.size) {
      // Its own baseline: the parts of one line of the page may stand a little higher or lower.
      current = { y: run.y, size: run.size, x: run.x, end: run.x + run.width, runs: [run] };
      chunks.push(current);
    } else {
      current.runs.push(run);
      current.end = Math.max(current.end, run.x + run.width);
    }
  }
  return chunks;
}

/** The column of sorted column starts a part starting at `x` stands in: the last that starts before it (half an em's leeway). */
function columnAt(starts: readonly number[], x: number, size: number): number {
  let column = -1;
  for (let c = 0; c < starts.length; c += 1) if ((starts[c] as number) <= x + size / 2) column = c;
  return column;
}

/**
 * Tables drawn without rules: found by their column headings ("1. Rec No | 2. Recommendation |
 * …"), a line whose parts stand apart and name the action table's columns, perhaps wrapped over a
 * few lines. The headings' positions give the columns; each line below gives its parts to the
 * columns they start in, down to a line that starts left of the first column. A row starts where
 * the first column has text, and where text in the second column alone stands apart from the line
 * above (a section or addressee row).
 */
function headedTables(
  lines: readonly VisualLine[],
  page: number,
  lineAt: (y: number) => number,
): { tables: PageTable[]; rest: VisualLine[] } {
  const tables: PageTable[] = [];
  const rest: VisualLine[] = [];
  const pitch = pitchOf([lines]);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as VisualLine;
    const chunks = chunksOf(line);
    if (chunks.length < 4) {
      rest.push(line);
      i += 1;
      continue;
    }
    const starts = chunks.map((chunk) => chunk.x);
    const headings: VisualLine[][] = chunks.map((chunk) => [chunk]);
    let j = i + 1;
    // Headings wrapped over a few lines: each part of the lines below under a heading's start.
    for (; j < lines.length && j - i < 8; j += 1) {
      const below = lines[j] as VisualLine;
      if (spaced(lines[j - 1] as VisualLine, below, pitch)) break;
      const parts = chunksOf(below);
      const columns = parts.map((part) => columnAt(starts, part.x, part.size));
      if (parts.some((part, k) => Math.abs((starts[columns[k] as number] ?? -1e9) - part.x) > part.size)) break;
      parts.forEach((part, k) => headings[columns[k] as number]?.push(part));
    }
    if (!isColumnHeadings(headings.map((cell) => cell.map(lineText).join(' ')))) {
      rest.push(line);
      i += 1;
      continue;
    }
    const cellOf = (cellLines: VisualLine[], column: number, y: number): PageCell => ({
      lines: cellLines,
      location: { page, line: lineAt(y), column: column + 1 },
    });
    const rows: PageRow[] = [
      { cells: headings.map((cellLines, c) => cellOf(cellLines, c, line.y)), location: { page, line: lineAt(line.y) } },
    ];
    let row: PageRow | undefined;
    let previous = lines[j - 1] as VisualLine;
    for (; j < lines.length; j += 1) {
      const below = lines[j] as VisualLine;
      const parts = chunksOf(below);
      const columns = parts.map((part) => columnAt(starts, part.x, part.size));
      if (columns.some((c) => c < 0)) break;
      const alone = columns.every((c) => c === 1) && spaced(previous, below, pitch);
      if (row === undefined || columns.includes(0) || alone) {
        row = {
          cells: starts.map((_, c) => cellOf([], c, below.y)),
          location: { page, line: lineAt(below.y) },
        };
        rows.push(row);
      }
      parts.forEach((part, k) => (row as PageRow).cells[columns[k] as number]?.lines.push(part));
      previous = below;
    }
    tables.push({
      type: 'table',
      xs: starts,
      rights: [],
      pitch,
      rows,
      location: rows[0]?.location ?? { page, line: 1 },
      y: line.y - line.size,
    });
    i = j;
  }
  return { tables, rest };
}

/** A page's lines and tables, top to bottom. */
function layOut(page: PageContent): PageItems {
  const tables = gridTables(page.rules);
  const lines = visualLines(page.runs);
  // The page's line numbers: its visual lines counted top to bottom, tables' lines included.
  const baselines = lines.map((line) => line.y);
  const lineAt = (y: number): number => {
    let n = 0;
    while (n < baselines.length && (baselines[n] as number) <= y + NEAR) n += 1;
    return Math.max(1, n);
  };
  const within = (t: GridTable, run: TextRun): boolean => {
    const m = middle(run);
    return slot(t.xs, m.x) >= 0 && slot(t.ys, m.y) >= 0;
  };
  const items: (PageLine | PageTable)[] = tables.map((t) =>
    readGrid(
      t,
      page.runs.filter((run) => within(t, run)),
      page.number,
      lineAt,
    ),
  );
  // Tables without rules, found by their column headings.
  const headed = headedTables(
    visualLines(page.runs.filter((run) => !tables.some((t) => within(t, run)))),
    page.number,
    lineAt,
  );
  for (const table of headed.tables) items.push(table);
  // Outside the tables: paragraphs, each of lines close together and starting alike.
  const outside = headed.rest.map(labelled);
  const groups: VisualLine[][] = [outside];
  for (const item of items) {
    if (item.type === 'table')
      for (const row of item.rows)
        for (const cell of row.cells) if (cell.covered === undefined) groups.push(cell.lines);
  }
  const pitch = pitchOf(groups);
  for (const item of items) if (item.type === 'table') item.pitch = pitch;
  let group: VisualLine[] = [];
  const flush = (): void => {
    const first = group[0];
    if (first === undefined) return;
    const margin = first.y < page.height * MARGIN || first.y > page.height * (1 - MARGIN);
    for (const block of blocksOf(group, pitch)) {
      for (const text of block.type === 'paragraph' ? [block.text] : block.items) {
        items.push({ type: 'line', text, location: { page: page.number, line: lineAt(first.y) }, y: first.y, margin });
      }
    }
    group = [];
  };
  for (const line of outside) {
    const last = group[group.length - 1];
    const tableBetween =
      last !== undefined && tables.some((t) => (t.ys[0] as number) > last.y && (t.ys[0] as number) < line.y);
    if (
      last !== undefined &&
      (tableBetween ||
        spaced(last, line, pitch) ||
        Math.abs(line.size - last.size) > 0.5 ||
        Math.abs(line.x - last.x) > line.size * 2)
    ) {
      flush();
    }
    group.push(line);
  }
  flush();
  items.sort((a, b) => a.y - b.y);
  return { number: page.number, items };
}

/** Text as it repeats from page to page: numbers written as `#`. */
const pattern = (text: string): string => text.replace(/\d+/g, '#').toLowerCase();
/** A page number standing alone (in text whose spaces are folded): "3", "Page 3", "Page 3 of 12", "3 / 12", "- 3 -". */
const PAGE_NUMBER = /^(?:page ?)?(?:[-–] ?)?\d+(?: ?[-–])?(?: ?(?:of|\/) ?\d+)?$/i;

/** Whether two tables' column boundaries are the same: the second continues the first on a new page. */
const sameColumns = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] as number)) <= NEAR * 2);

/** The text a row shows, its cells joined by tabs: to tell repeated column headings. */
const rowText = (row: PageRow): string =>
  row.cells.map((cell) => (cell.covered === undefined ? cell.lines.map(lineText).join(' ') : '')).join('\t');

/**
 * Moves to the row above a page break the lines below it that go on with the list item the break
 * cut: lines at the top of a cell that start where the item's text starts, with no bullet. The rest
 * of the row stays a row of its own, marked `afterBreak`, for the recogniser to join as it joins
 * any continued row (a paragraph that ended with no full stop goes on; owners and dates are new
 * entries).
 */
function carryItems(above: PageRow, below: PageRow, rights: readonly number[], pitch: Pitch): void {
  below.cells.forEach((cell, c) => {
    if (cell.covered !== undefined || cell.lines.length === 0) return;
    const target = above.cells[c] === undefined ? undefined : ownerOf(above.cells[c] as PageCell);
    if (target === undefined || target === cell) return;
    const { itemX } = readBlocks(target.lines, pitch, rights[c]);
    const last = target.lines[target.lines.length - 1];
    if (itemX === undefined || last === undefined) return;
    let k = 0;
    for (; k < cell.lines.length; k += 1) {
      const line = cell.lines[k] as VisualLine;
      const before = k === 0 ? undefined : (cell.lines[k - 1] as VisualLine);
      if (line.x < itemX - NEAR || BULLET.test(lineText(line))) break;
      if (before !== undefined && (spaced(before, line, pitch) || wouldFit(before, line, rights[c]))) break;
    }
    if (k === 0) return;
    // Placed right under the last line above, as if the page had not broken.
    const shift = last.y + last.size * 1.15 - (cell.lines[0] as VisualLine).y;
    for (const line of cell.lines.slice(0, k)) target.lines.push({ ...line, y: line.y + shift });
    cell.lines = cell.lines.slice(k);
  });
}

/** Whether the first row below a page break continues the row above it: its first column is empty and its cells are laid out as that row's. */
const continues = (above: PageRow, below: PageRow): boolean =>
  below.cells.length === above.cells.length &&
  (below.cells[0]?.covered !== undefined || below.cells[0]?.lines.length === 0) &&
  below.cells.every((cell, c) => (cell.covered?.how === 'across') === (above.cells[c]?.covered?.how === 'across'));

/** A table's rows as the table model has them. */
function modelRows(table: PageTable): ModelRow[] {
  const blocks = new Map<PageCell, Block[]>();
  const blocksOfCell = (cell: PageCell, column: number): Block[] => {
    let found = blocks.get(cell);
    if (found === undefined) blocks.set(cell, (found = blocksOf(cell.lines, table.pitch, table.rights[column])));
    return found;
  };
  return table.rows.map((row) => {
    const cells: ModelCell[] = row.cells.map((cell, c) =>
      cell.covered === undefined
        ? modelCell(blocksOfCell(cell, c), cell.location)
        : cell.covered.how === 'across'
          ? modelCell([], cell.location, { covered: 'across' })
          : modelCell(blocksOfCell(ownerOf(cell), c), cell.location, { covered: 'down' }),
    );
    const model: { -readonly [K in keyof ModelRow]: ModelRow[K] } = {
      cells,
      location: row.location,
      text: cells.map((cell) => (cell.covered === undefined ? cell.text : '')).join('\t'),
    };
    if (row.header === true) model.header = true;
    if (row.afterBreak === true) model.afterBreak = true;
    return model;
  });
}

/**
 * The table model of a PDF's pages: their lines outside tables and their tables, a table that goes
 * on over a page break joined with its parts on the next pages. Running headers and footers (a
 * line in the top or bottom margin that several pages repeat, page numbers) are marked `repeated`;
 * column headings repeated at the top of a page are marked `header`; a row that a page break cut
 * is joined to the row it continues, and the first row after a break is otherwise marked
 * `afterBreak`.
 */
export function pdfTableModel(pages: readonly PageContent[]): TableModel {
  const laidOut = pages.map(layOut);
  // Running headers and footers: margin lines that recur on more than one page.
  const seen = new Map<string, number>();
  for (const page of laidOut) {
    const once = new Set<string>();
    for (const item of page.items) if (item.type === 'line' && item.margin) once.add(pattern(item.text));
    for (const key of once) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const parts: (ModelLine | PageTable)[] = [];
  let open: PageTable | undefined;
  for (const page of laidOut) {
    let first = true;
    for (const item of page.items) {
      if (item.type === 'line') {
        const running = item.margin && (PAGE_NUMBER.test(item.text) || (seen.get(pattern(item.text)) ?? 0) > 1);
        parts.push(
          running
            ? { type: 'line', text: item.text, location: item.location, repeated: true }
            : { type: 'line', text: item.text, location: item.location },
        );
        if (!running) {
          open = undefined;
          first = false;
        }
        continue;
      }
      if (!(first && open !== undefined && sameColumns(open.xs, item.xs))) {
        first = false;
        parts.push(item);
        open = item;
        continue;
      }
      first = false;
      // The table goes on from the page before: its column headings repeated, then its rows.
      const headings = open.rows[0] === undefined ? undefined : rowText(open.rows[0]);
      let k = 0;
      while (k < item.rows.length && rowText(item.rows[k] as PageRow) === headings) {
        (item.rows[k] as PageRow).header = true;
        (open.rows[0] as PageRow).header = true;
        k += 1;
      }
      const above = open.rows[open.rows.length - 1];
      const below = item.rows[k];
      if (below !== undefined) {
        below.afterBreak = true;
        if (above !== undefined && continues(above, below)) carryItems(above, below, open.rights, open.pitch);
      }
      for (const row of item.rows) open.rows.push(row);
    }
  }
  const items: ModelItem[] = parts.map((part) =>
    part.type === 'line'
      ? part
      : ({ type: 'table', rows: modelRows(part), location: part.location } satisfies ModelTable),
  );
  return { items };
}
