import type { RecommendationKind } from '../../model/Recommendation.js';

/** What a word in front of a ref calls the item; "Rec", "Ref" and "No." call it nothing. */
const KIND_OF_WORD: ReadonlyMap<string, RecommendationKind> = /* @__PURE__ */ new Map([
  ['recommendation', 'recommendation'],
  ['area for improvement', 'area-for-improvement'],
  ['priority concern', 'priority-concern'],
  ['key concern', 'key-concern'],
]);

/**
 * A ref, bare ("1", "5.01", "S1", "P1", "KC2") or after the words that name it ("Recommendation
 * 1.1", "Ref No. E1", "Area for improvement 3", "Rec. no: 4").
 */
const REF =
  /^(?:(recommendation|rec|ref(?:erence)?|area for improvement|priority concern|key concern)\.?(?: ?(?:no|number)\.?)?(?: ?:)? ?)?([A-Za-z]{0,3} ?\d{1,4}(?:\.\d{1,4})*[a-z]?)[.:]?$/i;

/** A bare ref, kept as written: the words in front of it at most three letters ("S1", "KC2", "Rec 1"). */
const BARE_REF = /^[A-Za-z]{0,3} ?\d{1,4}(?:\.\d{1,4})*[a-z]?\.?$/;

/** A recommendation's ref read from a cell: the ref, and the kind of item the words before it name. */
export interface RefReading {
  /** The ref: the cell as written when it is bare, the ref alone when words name it ("Ref No. E1" → "E1"). */
  readonly ref: string;
  /** The kind of item its words name ("Area for improvement 3"), if any. */
  readonly kind?: RecommendationKind;
}

/** The ref a cell holds, if it holds one and nothing else. */
export function refOf(cell: string): RefReading | undefined {
  if (BARE_REF.test(cell)) return { ref: cell };
  if (cell.length > 40) return undefined;
  const m = REF.exec(cell);
  if (m === null) return undefined;
  const word = m[1];
  if (word === undefined) return { ref: cell };
  const kind = KIND_OF_WORD.get(word.toLowerCase());
  const ref = m[2] as string;
  return kind === undefined ? { ref } : { ref, kind };
}
