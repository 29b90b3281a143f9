import type { IssuePath } from '../../model/Issue.js';
import { TALLY_FIGURES } from '../../model/vocabulary.js';

/** Field names in the order the model (and the canonical JSON) lists them. */
const FIELD_ORDER: readonly string[] = [
  'format',
  'title',
  'respondent',
  'inspectorate',
  'reportTitle',
  'reportPublished',
  'submitted',
  'recommendations',
  'ref',
  'kind',
  'section',
  'addressee',
  'text',
  'agreement',
  'reasons',
  'response',
  'actions',
  'description',
  'owner',
  'target',
  'updates',
  'on',
  'status',
  'note',
  'revisedTarget',
  'reason',
  'assessments',
  'statedTally',
  ...TALLY_FIGURES,
];
const rank = /* @__PURE__ */ new Map(FIELD_ORDER.map((field, i) => [field, i]));

/**
 * Orders paths as their places come in the document: the plan's header, then each
 * recommendation and its actions in turn, then the stated tally. A path comes before the paths
 * inside it.
 */
export function comparePaths(a: IssuePath, b: IssuePath): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    const rx = rank.get(String(x)) ?? FIELD_ORDER.length;
    const ry = rank.get(String(y)) ?? FIELD_ORDER.length;
    if (rx !== ry) return rx - ry;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
