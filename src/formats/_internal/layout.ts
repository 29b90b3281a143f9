import type { ActionPlan } from '../../model/ActionPlan.js';
import type { IsoDate } from '../../model/IsoDate.js';
import type { Recommendation } from '../../model/Recommendation.js';
import type { Tally } from '../../model/Tally.js';
import { tallyAgreement } from '../../tally/tallyAgreement.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar date as published plans write it: "9 February 2026". */
export function longDate(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

/** The heading the writers show for a plan whose title is blank, which only a plan that skipped validation has. */
export const UNTITLED = 'Action plan';

/**
 * The plan's title as the writers show it: its own, or `undefined` when it is blank (empty, only
 * white space, or not text at all in a plan object that skipped validation).
 */
export function titleOf(plan: ActionPlan): string | undefined {
  const { title } = plan;
  return typeof title === 'string' && /\S/.test(title) ? title : undefined;
}

/** The column headings of the published table. */
export const HEADINGS = [
  'Rec No',
  'Recommendation',
  'Agreed / Partly Agreed / Not Agreed',
  'Response',
  'Responsible owner',
  'Target date',
] as const;

/** The header lines of a plan, as label and value, in the published order. */
export function headerLines(plan: ActionPlan): [string, string, IsoDate?][] {
  const lines: [string, string, IsoDate?][] = [];
  if (plan.respondent !== undefined) lines.push(['Respondent', plan.respondent]);
  if (plan.inspectorate !== undefined) lines.push(['Inspectorate', plan.inspectorate]);
  if (plan.reportTitle !== undefined) lines.push(['A response to', plan.reportTitle]);
  if (plan.reportPublished !== undefined)
    lines.push(['Report published', longDate(plan.reportPublished), plan.reportPublished]);
  if (plan.submitted !== undefined) lines.push(['Action plan submitted', longDate(plan.submitted), plan.submitted]);
  return lines;
}

/** A row of the published table, in order: a section heading, an addressee line, or a recommendation. */
export type LayoutRow =
  | { readonly type: 'section'; readonly text: string }
  | { readonly type: 'addressee'; readonly text: string }
  | { readonly type: 'recommendation'; readonly recommendation: Recommendation };

/** The rows of the published table: a section or addressee row wherever it changes. */
export function layoutRows(plan: ActionPlan): LayoutRow[] {
  const rows: LayoutRow[] = [];
  let section: string | undefined;
  let addressee: string | undefined;
  for (const recommendation of plan.recommendations) {
    if (recommendation.section !== section) {
      section = recommendation.section;
      addressee = undefined;
      if (section !== undefined) rows.push({ type: 'section', text: section });
    }
    if (recommendation.addressee !== addressee) {
      addressee = recommendation.addressee;
      if (addressee !== undefined) rows.push({ type: 'addressee', text: addressee });
    }
    rows.push({ type: 'recommendation', recommendation });
  }
  return rows;
}

/**
 * The closing tally: the plan's own as stated, or counted from its rows when it states none. A
 * counted tally says how many recommendations state no category (`notStated`), which its total
 * counts and its three figures do not; a stated tally has only the figures the plan states.
 */
export function closingTally(plan: ActionPlan): { tally: Tally; stated: boolean; notStated: number } {
  if (plan.statedTally !== undefined) return { tally: plan.statedTally, stated: true, notStated: 0 };
  const tally = tallyAgreement(plan);
  return { tally, stated: false, notStated: tally.total - tally.agreed - tally.partlyAgreed - tally.notAgreed };
}

/** The row of a counted tally for recommendations that state no category. */
export const NOT_STATED_ROW = 'No category stated';

/**
 * How the caption of a tally the writers counted from the rows starts, the plan stating none: the
 * readers know by it that the figures below are not the plan's, in a page or in a print of one.
 */
export const COUNTED_TALLY = 'Tally (counted from the rows';

/** The caption of a tally the writers counted from the rows. */
export const COUNTED_TALLY_CAPTION: string = `${COUNTED_TALLY}; the plan states none)`;
