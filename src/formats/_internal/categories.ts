import type { AgreementCategory } from '../../model/Recommendation.js';

/** Folds a label to lower-case words: "Partially  Accepted." → "partially accepted". */
export const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** Every label of every vocabulary, folded, with the category it names. A Map: no inherited keys. */
const CATEGORIES: ReadonlyMap<string, AgreementCategory> = /* @__PURE__ */ new Map([
  ['agreed', 'agreed'],
  ['accepted', 'agreed'],
  ['partly agreed', 'partly-agreed'],
  ['partially agreed', 'partly-agreed'],
  ['part agreed', 'partly-agreed'],
  ['partly accepted', 'partly-agreed'],
  ['partially accepted', 'partly-agreed'],
  ['not agreed', 'not-agreed'],
  ['not accepted', 'not-agreed'],
  ['rejected', 'not-agreed'],
  ['disagreed', 'not-agreed'],
]);

/** The category a label of any vocabulary names ("Partially Accepted" → partly agreed), if any. */
export function categoryOf(label: string): AgreementCategory | undefined {
  // Most labels are written as a key is, but for case ("Partly Agreed"): a key is its own fold.
  return CATEGORIES.get(label.toLowerCase()) ?? CATEGORIES.get(fold(label));
}
