import type { SourceLocation } from '../model/Issue.js';

/** Where each line of a text starts, to turn offsets into lines and columns. */
export interface LineIndex {
  /** The line and column of an offset, both from 1. */
  position(offset: number): { line: number; column: number };
  /** The location of the text from `start` to just before `end`. */
  span(start: number, end: number): SourceLocation;
}

/**
 * Indexes the line starts of a text once (CR LF, CR and LF each end a line), so any offset finds
 * its line by binary search. Columns count UTF-16 code units from 1. The line starts are found
 * with `indexOf` where the text has no CR, which is fast on texts of megabytes.
 */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  if (text.includes('\r')) {
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) starts.push(breaks.lastIndex);
  } else {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  }
  const position = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
  return {
    position,
    span(start, end) {
      const from = position(start);
      const to = position(end);
      return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    },
  };
}
