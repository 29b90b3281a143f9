import { categoryOf, fold } from '../../_internal/categories.js';
import { refOf } from '../../_internal/refs.js';
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

/** Whether a cell holds a recommendation ref: "1", "5.01", "S1", "P1", "KC2", "Recommendation 1.1", "Ref No. E1". */
export function isRef(cell: string): boolean {
  return refOf(cell) !== undefined;
}

export { columnsOf, isColumnHeadings, isPageBanner, TEMPLATE_COLUMNS, type Columns } from '../words.js';
