import type { Tally } from '../../../model/Tally.js';

const NUMBER_WORDS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((word, n) => [word, n]),
);
const NUMBER =
  '(\\d{1,4}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
const VERB =
  '(partially accepted|partly accepted|partially agreed|partly agreed|accepted in part|agreed in part|not accepted|not agreed|did not accept|did not agree|accepted|agreed|rejected|declined)';
/** "accepted five", "partially accepted two of the eight", "accepted all eight", "rejected one". */
const CLAUSE = new RegExp(
  `\\b${VERB}\\s+(?:(all|both)\\s+(?:of\\s+)?(?:the\\s+|its\\s+)?)?${NUMBER}\\b(?:\\s+(?:recommendations?\\s+)?(?:out\\s+)?of\\s+(?:the\\s+|its\\s+)?${NUMBER}\\b)?`,
  'g',
);
/** "accepted or partially accepted seven": two categories counted together. */
const EITHER = /\b(?:accepted|agreed),? (?:or|and\/or) (?:partially|partly) (?:accepted|agreed)\b/;

const FIGURE_OF_VERB = (verb: string): keyof Tally =>
  /partial|partly|in part/.test(verb)
    ? 'partlyAgreed'
    : /^(?:not|did not|rejected|declined)/.test(verb)
      ? 'notAgreed'
      : 'agreed';

const numberOf = (text: string): number => NUMBER_WORDS.get(text) ?? Number(text);

/**
 * The tally a sentence states in words ("The Home Office accepted five recommendations, partially
 * accepted two and rejected one"; "accepted all eight recommendations"): the tally where every
 * figure follows from the words, `'unclear'` where the sentence counts recommendations by their
 * answer but leaves a figure open ("accepted or partially accepted seven of the eight"), and
 * `undefined` where it counts none.
 */
export function proseTallyOf(text: string): Tally | 'unclear' | undefined {
  if (text.length > 1000 || !/recommendation/i.test(text)) return undefined;
  const lower = text.toLowerCase();
  if (!/\b(?:accept|agree|reject|declin)/.test(lower)) return undefined;
  const figures: Partial<Record<keyof Tally, number>> = {};
  let total: number | undefined;
  let counted = false;
  let clash = false;
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(lower); m !== null; m = CLAUSE.exec(lower)) {
    counted = true;
    const figure = FIGURE_OF_VERB(m[1] as string);
    const value = numberOf(m[3] as string);
    if (figures[figure] !== undefined && figures[figure] !== value) clash = true;
    figures[figure] = value;
    const of = m[2] !== undefined ? value : m[4] === undefined ? undefined : numberOf(m[4]);
    if (of !== undefined) {
      if (total !== undefined && total !== of) clash = true;
      total = of;
    }
  }
  if (EITHER.test(lower))
    return counted || /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/.test(lower) ? 'unclear' : undefined;
  if (!counted) return undefined;
  if (clash) return 'unclear';
  const open = (['agreed', 'partlyAgreed', 'notAgreed'] as const).filter((f) => figures[f] === undefined);
  const known = (figures.agreed ?? 0) + (figures.partlyAgreed ?? 0) + (figures.notAgreed ?? 0);
  if (total === undefined) {
    if (open.length > 0) return 'unclear';
    total = known;
  }
  if (known > total) return 'unclear';
  if (open.length === 1) figures[open[0] as keyof Tally] = total - known;
  else if (open.length > 1) {
    // "Accepted all eight": nothing is left for the others.
    if (known !== total) return 'unclear';
    for (const f of open) figures[f] = 0;
  }
  return {
    agreed: figures.agreed as number,
    partlyAgreed: figures.partlyAgreed as number,
    notAgreed: figures.notAgreed as number,
    total,
  };
}
