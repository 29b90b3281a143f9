import { categoryOf, fold } from '../../_internal/categories.js';
import type { AgreementCategory, RecommendationKind } from '../../../model/Recommendation.js';
import type { Tally } from '../../../model/Tally.js';

const FIGURE_OF_CATEGORY: Readonly<Record<AgreementCategory, keyof Tally>> = {
  agreed: 'agreed',
  'partly-agreed': 'partlyAgreed',
  'not-agreed': 'notAgreed',
};

/** The figure of a tally a label names ("Partly Agreed", "Total"), if any. */
export function figureOf(label: string): keyof Tally | undefined {
  const folded = fold(label);
  if (folded === 'total') return 'total';
  const category = categoryOf(folded);
  return category === undefined ? undefined : FIGURE_OF_CATEGORY[category];
}

/** What the items under a section heading are called, where the heading says. */
export function kindOf(section: string): RecommendationKind | undefined {
  const text = fold(section);
  if (/\bpriority concerns?\b/.test(text)) return 'priority-concern';
  if (/\bkey concerns?\b/.test(text)) return 'key-concern';
  if (/\bareas? (?:for|of) improvement\b/.test(text)) return 'area-for-improvement';
  if (/\brecommendations?\b/.test(text)) return 'recommendation';
  return undefined;
}

/** Whether a cell holds a recommendation ref: "1", "5.01", "S1", "P1", "KC2". */
export function isRef(cell: string): boolean {
  return /^[A-Za-z]{0,3} ?\d{1,4}(?:\.\d{1,4})*[a-z]?\.?$/.test(cell);
}

/** Whether a row is the action table's column headings ("1. Rec No", "1. Rec. no", "Ref"). */
export function isColumnHeadings(cells: readonly string[]): boolean {
  return (
    cells.length >= 4 &&
    /^(?:\d\.?\s*)?(?:rec(?:ommendation)?\.?\s*(?:no|number|ref)\.?|ref(?:erence)?\.?)$/i.test((cells[0] ?? '').trim())
  );
}

/** Whether a line is a page banner: a page number, a security marking. */
export function isPageBanner(line: string): boolean {
  return /^(?:page \d+(?: of \d+)?|\d{1,3}|official(?:[- ]sensitive)?|not protectively marked)$/i.test(line.trim());
}
