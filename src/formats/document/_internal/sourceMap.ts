import type { IssuePath, SourceLocation } from '../../../model/Issue.js';
import type { ModelRow } from '../TableModel.js';
import type { Columns } from './vocabulary.js';

/** What the recogniser records while it reads, to locate any path of the plan afterwards. */
export interface SourceMap {
  /** The row a recommendation starts on, and the columns its cells stand in. */
  recommendation(index: number, row: ModelRow, columns: Columns): void;
  /** The row that listed an action of a recommendation (actions come in order). */
  action(index: number, row: ModelRow): void;
  /** The row a block of a recommendation's response came from (blocks come in order). */
  block(index: number, row: ModelRow): void;
  /** Where a header field or a figure of the stated tally was read from. */
  field(key: string, location: SourceLocation): void;
  /** Where a path of the plan stands in the source: its row, and the cell where the path names one. */
  locate(path: IssuePath): SourceLocation | undefined;
}

/** The field of a recommendation each key of its path is read from. */
const RECOMMENDATION_FIELDS: ReadonlyMap<string, keyof Columns> = /* @__PURE__ */ new Map([
  ['ref', 'ref'],
  ['text', 'text'],
  ['agreement', 'category'],
  ['response', 'response'],
]);

/** The field of an action each key of its path is read from. */
const ACTION_FIELDS: ReadonlyMap<string, keyof Columns> = /* @__PURE__ */ new Map([
  ['owner', 'owner'],
  ['target', 'target'],
]);

/**
 * Records, as the recogniser goes, the row each part of the plan was read from; locating a path
 * afterwards costs a few array reads.
 */
export function sourceMap(): SourceMap {
  const rows: { row: ModelRow; columns: Columns }[] = [];
  const actions: ModelRow[][] = [];
  const blocks: ModelRow[][] = [];
  const fields = new Map<string, SourceLocation>();
  /** The location of a row, at the cell of a field when the row has it. */
  const at = (row: ModelRow, columns: Columns, field: keyof Columns | undefined): SourceLocation => {
    if (field === undefined) return row.location;
    const column = columns[field];
    const cell = column < 0 ? undefined : row.cells[column];
    return cell === undefined ? row.location : cell.location;
  };
  return {
    recommendation(index, row, columns) {
      rows[index] = { row, columns };
      actions[index] = [];
      blocks[index] = [];
    },
    action: (index, row) => void actions[index]?.push(row),
    block: (index, row) => void blocks[index]?.push(row),
    field: (key, location) => void fields.set(key, location),
    locate(path) {
      const [top, index, key, item, field] = path;
      if (top === 'statedTally') {
        return fields.get(`statedTally.${String(index)}`) ?? fields.get('statedTally');
      }
      if (top !== 'recommendations' || typeof index !== 'number') {
        return typeof top === 'string' ? fields.get(top) : undefined;
      }
      const read = rows[index];
      if (read === undefined) return undefined;
      if (key === 'actions' && typeof item === 'number') {
        const row = actions[index]?.[item];
        return row === undefined
          ? read.row.location
          : at(row, read.columns, field === undefined ? undefined : ACTION_FIELDS.get(String(field)));
      }
      if (key === 'response' && typeof item === 'number') {
        return at(blocks[index]?.[item] ?? read.row, read.columns, 'response');
      }
      return at(read.row, read.columns, key === undefined ? undefined : RECOMMENDATION_FIELDS.get(String(key)));
    },
  };
}
