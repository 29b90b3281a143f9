import type { ModelCell, ModelItem, ModelRow, TableModel } from '../../document/TableModel.js';
import { modelCell } from '../../document/modelCell.js';
import { cellBlocks, plainText } from './cellBlocks.js';

/** The flags of a cell whose list lost its item markers. */
const INFERRED_ITEMS = { inferredItems: true } as const;

/**
 * The table model of a published document's text: a line with tabs is a row of a table, its cells
 * the text between tabs (each read into blocks from its `<p>`/`<ul>` fragments); consecutive rows
 * make a table; any other line is a line of its own; a blank line marks a break before the next row.
 *
 * @param lines - The text's lines.
 */
export function textModel(lines: readonly string[]): TableModel {
  const items: ModelItem[] = [];
  let rows: ModelRow[] | undefined;
  let blank = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const n = index + 1;
    if (!line.includes('\t')) {
      const text = plainText(line);
      if (text === '') {
        blank = true;
        continue;
      }
      rows = undefined;
      items.push({ type: 'line', text, location: { line: n } });
      continue;
    }
    if (line.trim() === '') {
      blank = true;
      continue;
    }
    const cells: ModelCell[] = [];
    let start = 0;
    for (;;) {
      const tab = line.indexOf('\t', start);
      const raw = tab === -1 ? line.slice(start) : line.slice(start, tab);
      const { blocks, inferredItems } = cellBlocks(raw);
      cells.push(modelCell(blocks, { line: n, column: start + 1 }, inferredItems ? INFERRED_ITEMS : undefined));
      if (tab === -1) break;
      start = tab + 1;
    }
    const row: ModelRow = blank
      ? { cells, location: { line: n }, text: line, afterBreak: true }
      : { cells, location: { line: n }, text: line };
    blank = false;
    if (rows === undefined) {
      rows = [];
      items.push({ type: 'table', rows, location: { line: n } });
    }
    rows.push(row);
  }
  return { items };
}
