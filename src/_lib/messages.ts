import type { ActionParams, IssueCode, IssueParamsByCode } from '../model/Issue.js';
import { plural } from './text.js';

type MessageTable = { readonly [C in IssueCode]: (params: IssueParamsByCode[C]) => string };

const list = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');
const action = (p: ActionParams): string =>
  `Action ${p.action} of recommendation ${p.ref} (${p.owner.trim() === '' ? 'no owner' : p.owner})`;
const noDeadline = (n: number): string =>
  n === 1
    ? 'its one action has no target date with a deadline'
    : `none of its ${n} actions has a target date with a deadline`;
const short = (text: string): string => (text.length > 80 ? `${text.slice(0, 80)}…` : text);
const UNTIMED = {
  ongoing: 'ongoing',
  'to-be-confirmed': 'to be confirmed',
  'after-decision': 'after decision',
} as const;
const FIGURES = { agreed: 'Agreed', partlyAgreed: 'Partly Agreed', notAgreed: 'Not Agreed', total: 'Total' } as const;
const REASONS = 'commissioning, policy, operational or affordability';

/** Every issue message of the library, one function per code. */
const messages: MessageTable = {
  'json.syntax_error': (p) =>
    `Not valid JSON at line ${p.line}, column ${p.column}: expected ${p.expected}, found ${p.found}.`,
  'schema.missing_key': (p) => `The required field "${p.key}" is missing (expected ${p.expected}).`,
  'schema.unknown_key': (p) => `The field "${p.key}" is not part of the action-plan/1 format and would be lost.`,
  'schema.invalid_type': (p) => `Expected ${p.expected}, received ${p.received}.`,
  'schema.invalid_value': (p) => `Expected one of ${list(p.expected)}, received ${p.received}.`,
  'schema.invalid_format': (p) =>
    p.format === 'iso-date'
      ? `Expected a real calendar date written YYYY-MM-DD, received ${p.received}.`
      : `Expected a real calendar month written YYYY-MM, received ${p.received}.`,
  'schema.invalid_period': (p) => `The period starts (${p.start}) after it ends (${p.end}).`,
  'schema.too_small': (p) => `Expected at least ${p.minimum}, received ${p.received}.`,
  'schema.too_big': (p) => `Expected at most ${p.maximum}, received ${p.received}.`,
  'schema.unreadable': (p) => `The input could not be read: ${p.detail}.`,
  'plan.no_recommendations': () => 'The plan has no recommendations.',
  'recommendation.duplicate_ref': (p) =>
    `The ref "${p.ref}" is already used by recommendation ${p.firstIndex + 1} of the plan.`,
  'recommendation.response_missing': (p) => `Recommendation ${p.ref} has no response.`,
  'agreed.no_actions': (p) =>
    `Recommendation ${p.ref} is agreed but has no actions: say how it will be achieved, with actions that can be tracked.`,
  'agreed.no_timescale': (p) => `Recommendation ${p.ref} is agreed but ${noDeadline(p.actions)}.`,
  'partly_agreed.no_actions': (p) =>
    `Recommendation ${p.ref} is partly agreed but has no actions for the part that will be implemented.`,
  'partly_agreed.no_timescale': (p) => `Recommendation ${p.ref} is partly agreed but ${noDeadline(p.actions)}.`,
  'partly_agreed.reason_missing': (p) =>
    `Recommendation ${p.ref} is partly agreed but the response does not say whether the reason is ${REASONS}.`,
  'not_agreed.reason_missing': (p) =>
    `Recommendation ${p.ref} is not agreed but the response does not say whether the reason is ${REASONS}.`,
  'not_agreed.has_actions': (p) =>
    `Recommendation ${p.ref} is not agreed, yet ${plural(p.actions, 'of its actions has', 'of its actions have')} a deadline.`,
  'action.owner_missing': (p) => `${action(p)} has no responsible owner.`,
  'action.target_missing': (p) => `${action(p)} has no target date.`,
  'action.target_unrecognised': (p) =>
    `${action(p)} has the target date "${p.raw}", which is not understood as a date.`,
  'action.not_time_bound': (p) =>
    `${action(p)} has the target date "${p.raw}", which sets no date (${UNTIMED[p.status]}).`,
  'action.target_before_submission': (p) =>
    `${action(p)} has the target date "${p.raw}", which ended on ${p.deadline}, before the plan was submitted on ${p.submitted}; it is not reported completed.`,
  'action.target_revised_without_reason': (p) =>
    `${action(p)}: progress update ${p.update} revises the target to "${p.raw}" without a reason; a deferred date must be justified.`,
  'tally.mismatch': (p) =>
    `The stated tally gives ${FIGURES[p.figure]} ${p.stated}, but the plan's recommendations count ${p.counted}.`,
  'progress.overdue': (p) =>
    `${action(p)} is ${plural(p.daysOverdue, 'day')} overdue: its target "${p.raw}" ended on ${p.deadline}.`,
  'progress.due_soon': (p) =>
    p.daysLeft === 0
      ? `${action(p)} is due today: its target "${p.raw}" ends on ${p.deadline}.`
      : `${action(p)} is due in ${plural(p.daysLeft, 'day')}: its target "${p.raw}" ends on ${p.deadline}.`,
  'import.not_a_plan': (p) => `No action plan could be read: ${p.detail}.`,
  'import.line_skipped': (p) => `Line ${p.line} could not be placed in the plan (${p.reason}): "${short(p.text)}".`,
  'import.boilerplate_skipped': (p) =>
    p.line === p.endLine
      ? `Line ${p.line} (${p.what}) is not part of the plan and was skipped.`
      : `Lines ${p.line} to ${p.endLine} (${p.what}) are not part of the plan and were skipped.`,
  'import.title_missing': () => 'The document names no plan title ("ACTION PLAN: …" or "A Response to: …").',
  'import.date_unreadable': (p) =>
    `Line ${p.line}: "${short(p.text)}" is not a day, so ${p.field === 'submitted' ? 'the submission date' : 'the publication date'} was not read.`,
  'import.category_unrecognised': (p) =>
    `Line ${p.line}: recommendation ${p.ref} has the category "${short(p.label)}", which is not Agreed, Partly Agreed or Not Agreed (or Accepted, Partially Accepted, Not Accepted, Rejected); the recommendation was not read.`,
  'import.owner_date_mismatch': (p) =>
    `Line ${p.line}: recommendation ${p.ref} lists ${plural(p.owners, 'owner')} and ${plural(p.dates, 'target date')}; they were paired in order and every entry kept.`,
  'import.list_items_inferred': (p) =>
    `Line ${p.line}: a list in recommendation ${p.ref} had no item markers, so it was split into ${plural(p.items, 'item')} at sentence ends.`,
  'import.extra_cells': (p) =>
    `Line ${p.line} has ${plural(p.cells.length, 'cell')} beyond the six columns: "${short(p.cells.join(' | '))}".`,
  'import.tally_incomplete': (p) =>
    `Line ${p.line}: the closing tally gives only ${p.found.length === 0 ? 'no figure' : p.found.join(', ')}, so no stated tally was read.`,
  'csv.syntax_error': (p) => `Not valid CSV at line ${p.line}, column ${p.column}: ${p.detail}.`,
  'csv.missing_column': (p) => `The header row has no "${p.column}" column, which the CSV needs.`,
  'csv.unknown_column': (p) =>
    `The column "${short(p.column)}" is not one of the documented columns; its values were not read.`,
  'csv.invalid_value': (p) =>
    `Line ${p.line}: the ${p.column} "${short(p.value)}" is not valid (expected ${p.expected}).`,
  'csv.field_count': (p) =>
    `Line ${p.line} has ${plural(p.found, 'field')} where the header has ${p.expected}${p.extra.length > 0 ? `; the extra text is "${short(p.extra.join(' | '))}"` : ''}.`,
  'csv.inconsistent_row': (p) =>
    `Line ${p.line}: recommendation ${p.ref} already has a different ${p.column}; "${short(p.value)}" was not read.`,
  'check.invalid_option': (p) => `The option ${p.option} is not valid (${p.detail}); the default is used.`,
  'check.unknown_rule': (p) => `No rule has the code "${p.rule}"; its setting is ignored.`,
  'check.rule_failed': (p) => `The rule ${p.rule} failed, so its findings may be incomplete: ${p.detail}.`,
};

/**
 * Builds the message for an issue code from its params.
 *
 * @param code - The issue code.
 * @param params - The code's params.
 * @returns The sentence shown to people.
 */
export function messageFor<C extends IssueCode>(code: C, params: IssueParamsByCode[C]): string {
  return (messages[code] as (p: IssueParamsByCode[C]) => string)(params);
}
