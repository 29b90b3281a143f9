import { fold } from '../_internal/categories.js';

/*
 * The words of a published plan's action table that the recogniser and the readers of documents
 * without cell boundaries (text copied from a PDF viewer) both recognise.
 */

/** Whether a row is the action table's column headings ("1. Rec No", "1. Rec. no", "Ref"), from its cells' plain text. */
export function isColumnHeadings(cells: readonly string[]): boolean {
  return (
    cells.length >= 4 &&
    /^(?:\d\.?\s*)?(?:rec(?:ommendation)?\.?\s*(?:no|number|ref)\.?|ref(?:erence)?\.?)$/i.test((cells[0] ?? '').trim())
  );
}

/** The column each field of a row of the action table stands in; `-1` where the table has none. */
export interface Columns {
  readonly ref: number;
  readonly text: number;
  readonly category: number;
  readonly response: number;
  readonly owner: number;
  readonly target: number;
}

/** The columns of the published template: ref, recommendation, category, response, owner, target date. */
export const TEMPLATE_COLUMNS: Columns = { ref: 0, text: 1, category: 2, response: 3, owner: 4, target: 5 };

/** What each column heading names, tested in this order on the heading's words. */
const HEADING_FIELDS: readonly (readonly [Exclude<keyof Columns, 'ref'>, RegExp])[] = [
  ['category', /\b(?:agreed|accepted|rejected|categor(?:y|ies)|agree|accept)\b/],
  ['owner', /\b(?:owners?|responsible|responsibility|lead|leads)\b/],
  ['target', /\b(?:dates?|timescales?|deadlines?|when|target|completion)\b/],
  ['response', /\b(?:response|responses|actions?|progress|update)\b/],
  ['text', /\b(?:recommendations?|concerns?|improvement|finding|findings)\b/],
];

/**
 * The columns a row of column headings names ("2. Recommendation", "3. Agreed/ Partly Agreed/ Not
 * Agreed", "5. Responsible Owner"…). Headings it cannot tell apart leave the template's order.
 */
export function columnsOf(cells: readonly string[]): Columns {
  const found: Record<keyof Columns, number> = { ref: 0, text: -1, category: -1, response: -1, owner: -1, target: -1 };
  for (let i = 1; i < cells.length; i += 1) {
    const words = fold(cells[i] ?? '');
    for (const [field, pattern] of HEADING_FIELDS) {
      if (found[field] === -1 && pattern.test(words)) {
        found[field] = i;
        break;
      }
    }
  }
  // The template's columns, unless the headings name the text and the response a recommendation
  // cannot do without (progress updates and improvement plans have no category column).
  return found.text > 0 && found.response > 0 ? found : TEMPLATE_COLUMNS;
}

/** Whether a line is a page banner: a page number, a security marking. */
export function isPageBanner(line: string): boolean {
  return /^(?:page \d+(?: of \d+)?|\d{1,3}|official(?:[- ]sensitive)?|not protectively marked)$/i.test(line.trim());
}
