import type { IssueCode, IssueParamsByCode } from '../model/Issue.js';

type MessageTable = { readonly [C in IssueCode]: (params: IssueParamsByCode[C]) => string };

const list = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');

/** Every issue message of the library, one function per code. */
const messages: MessageTable = {
  'json.syntax_error': (p) =>
    `Not valid JSON at line ${p.line}, column ${p.column}: expected ${p.expected}, found ${p.found}.`,
  'schema.missing_key': (p) => `The required field "${p.key}" is missing (expected ${p.expected}).`,
  'schema.unknown_key': (p) =>
    `The field "${p.key}" is not part of the action-plan/1 format and would be lost.`,
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
