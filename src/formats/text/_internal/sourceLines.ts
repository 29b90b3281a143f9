import type { IssuePath, SourceLocation } from '../../../model/Issue.js';

/** The cell of a table row each field of a recommendation is read from. */
const RECOMMENDATION_CELLS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ['ref', 0],
  ['text', 1],
  ['agreement', 2],
  ['response', 3],
]);

/** The cell each field of an action is read from. */
const ACTION_CELLS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ['owner', 4],
  ['target', 5],
]);

/** What a reader of published text records while it reads, to locate any path of the plan afterwards. */
export interface SourceLines {
  /** The line a recommendation's row starts on. */
  recommendation(index: number, line: number): void;
  /** The line of the row that listed an action of a recommendation (actions come in order). */
  action(index: number, line: number): void;
  /** The line of the row a block of a recommendation's response came from (blocks come in order). */
  block(index: number, line: number): void;
  /** The line a header field or a figure of the stated tally was read from. */
  field(key: string, line: number): void;
  /** Where a path of the plan stands in the text: its row, and the cell where the path names one. */
  locate(path: IssuePath): SourceLocation | undefined;
}

/**
 * Records, as the reader goes, the line each part of the plan was read from; locating a path
 * afterwards costs a few array reads (and, for a cell, a scan of its line for tabs).
 *
 * @param lines - The text's lines, for the columns of cells.
 */
export function sourceLines(lines: readonly string[]): SourceLines {
  const rows: number[] = [];
  const actions: number[][] = [];
  const blocks: number[][] = [];
  const fields = new Map<string, number>();
  /** The location of a line, at the start of a cell of it when the line has that many. */
  const at = (line: number, cell: number | undefined): SourceLocation => {
    const text = lines[line - 1] ?? '';
    let column = 1;
    for (let k = 0; k < (cell ?? 0); k += 1) {
      const tab = text.indexOf('\t', column - 1);
      if (tab === -1) return { line };
      column = tab + 2;
    }
    return cell === undefined ? { line } : { line, column };
  };
  return {
    recommendation(index, line) {
      rows[index] = line;
      actions[index] = [];
      blocks[index] = [];
    },
    action: (index, line) => void actions[index]?.push(line),
    block: (index, line) => void blocks[index]?.push(line),
    field: (key, line) => void fields.set(key, line),
    locate(path) {
      const [top, index, key, item, field] = path;
      if (top === 'statedTally') {
        const line = fields.get(`statedTally.${String(index)}`) ?? fields.get('statedTally');
        return line === undefined ? undefined : { line };
      }
      if (top !== 'recommendations' || typeof index !== 'number') {
        const line = typeof top === 'string' ? fields.get(top) : undefined;
        return line === undefined ? undefined : { line };
      }
      const row = rows[index];
      if (row === undefined) return undefined;
      if (key === 'actions' && typeof item === 'number') {
        const line = actions[index]?.[item];
        return line === undefined ? at(row, undefined) : at(line, ACTION_CELLS.get(String(field)));
      }
      if (key === 'response' && typeof item === 'number') {
        const line = blocks[index]?.[item];
        return at(line ?? row, RECOMMENDATION_CELLS.get('response'));
      }
      return at(row, key === undefined ? undefined : RECOMMENDATION_CELLS.get(String(key)));
    },
  };
}
