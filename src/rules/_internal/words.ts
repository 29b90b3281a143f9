import { CATEGORY_NAMES } from '../../_lib/categoryLabel.js';
import type { Tally } from '../../model/Tally.js';
import type { TargetStatus } from '../../model/TargetDate.js';
import { REASON_CATEGORIES } from '../../model/vocabulary.js';
import type { ActionParams } from '../ruleParams.js';

// The words the messages of several rules share.

/** An action named for people: "Action 2 of recommendation 5 (Chief Probation Officer)". */
export const actionName = (p: ActionParams): string =>
  `Action ${p.action} of recommendation ${p.ref} (${p.owner.trim() === '' ? 'no owner' : p.owner})`;

/** Why a recommendation has no timescale, by the number of its actions. */
export const noDeadline = (n: number): string =>
  n === 1
    ? 'its one action has no target date with a deadline'
    : `none of its ${n} actions has a target date with a deadline`;

/** A target status that sets no date, in words. */
export const UNTIMED: Readonly<Record<Exclude<TargetStatus, 'completed'>, string>> = {
  ongoing: 'ongoing',
  'to-be-confirmed': 'to be confirmed',
  'after-decision': 'after decision',
};

/** The figures of a tally as plans print them. */
export const FIGURE_NAMES: Readonly<Record<keyof Tally, string>> = {
  agreed: CATEGORY_NAMES.agreed,
  partlyAgreed: CATEGORY_NAMES['partly-agreed'],
  notAgreed: CATEGORY_NAMES['not-agreed'],
  total: 'Total',
};

/** The three categories in a sentence: "Agreed, Partly Agreed or Not Agreed". */
export const CATEGORIES_IN_WORDS: string = `${CATEGORY_NAMES.agreed}, ${CATEGORY_NAMES['partly-agreed']} or ${CATEGORY_NAMES['not-agreed']}`;

/** The four reason categories in a sentence: "commissioning, policy, operational or affordability". */
export const REASONS_IN_WORDS: string = `${REASON_CATEGORIES.slice(0, -1).join(', ')} or ${REASON_CATEGORIES[REASON_CATEGORIES.length - 1]}`;
