import { deadlineOf } from '../../../dates/deadlineOf.js';
import type { Block } from '../../../model/Block.js';
import type { TargetDate } from '../../../model/TargetDate.js';
import { writeField } from './rfc4180.js';

/** The columns of the CSV format, in order. Column names are API. */
export const CSV_COLUMNS = [
  'ref',
  'kind',
  'section',
  'addressee',
  'recommendation',
  'category',
  'category_label',
  'reasons',
  'response',
  'action',
  'owner',
  'description',
  'target',
  'target_reading',
  'deadline',
] as const;

/** A column of the CSV format. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

// A spreadsheet runs a cell as a formula when it starts with `=`, `+`, `-` or `@` (OWASP, "CSV
// injection"), or with a tab, a carriage return or a NUL, which some of them skip before such a
// sign. The sign may also come after characters a spreadsheet trims or ignores when it reads a
// cell — spaces of every kind (the no-break space, the ideographic space U+3000), a line feed, a
// byte order mark, a zero-width space or joiner — and some spreadsheets take the full-width signs
// of East Asian text (U+FF1D, U+FF0B, U+FF0D, U+FF20) and the small ones (U+FE62, U+FE63, U+FE66)
// for the ASCII ones. Each of these gets the apostrophe; {@link restore} takes it back. Other
// characters at the start (a minus sign U+2212, a letter, a digit) start no formula.
const FORMULA =
  /^'*[\n\v\f \u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*[=+\-@\t\r\u0000\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66]/;
/** A cell {@link neutralise} gave an apostrophe. */
const NEUTRALISED =
  /^'+[\n\v\f \u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*[=+\-@\t\r\u0000\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66]/;

/** Neutralises a cell a spreadsheet would run as a formula, by a leading apostrophe. */
export function neutralise(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** Writes one cell of a row: neutralised, then quoted when it must be. */
export function writeCell(value: string): string {
  return writeField(neutralise(value));
}

/** Takes back the apostrophe {@link neutralise} added. */
export function restore(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** Writes a response: blocks separated by a blank line, list items as lines starting "- ". */
export function writeResponse(response: readonly Block[]): string {
  return response
    .map((block) => (block.type === 'paragraph' ? block.text : block.items.map((item) => `- ${item}`).join('\n')))
    .join('\n\n');
}

/**
 * Reads a response written by {@link writeResponse}. An empty cell is no response; a cell of white
 * space alone is a paragraph of that white space, as written.
 */
export function readResponse(text: string): Block[] {
  if (text === '') return [];
  const normalised = text.replace(/\r\n?/g, '\n');
  return normalised.split(/\n[ \t]*\n/).map((chunk): Block => {
    const lines = chunk.split('\n');
    return lines.every((line) => line.startsWith('- '))
      ? { type: 'list', items: lines.map((line) => line.slice(2)) }
      : { type: 'paragraph', text: chunk };
  });
}

/** Writes what a target date means: "day 2026-03-31", "month 2026-03", "quarter 2026-07-01/2026-09-30", "status ongoing", "unknown". */
export function writeReading(target: TargetDate): string {
  switch (target.type) {
    case 'day':
      return `day ${target.date}`;
    case 'month':
      return `month ${target.month}`;
    case 'period':
      return `${target.unit} ${target.start}/${target.end}`;
    case 'status':
      return `status ${target.status}`;
    default:
      return 'unknown';
  }
}

/** The deadline column: the deadline of a target, or empty. */
export function writeDeadline(target: TargetDate): string {
  return deadlineOf(target) ?? '';
}

/** Reads a target from its text and the reading written by {@link writeReading}; `undefined` when the reading is not one. */
export function readReading(raw: string, reading: string): Record<string, string> | undefined {
  const text = reading.trim();
  let m: RegExpExecArray | null;
  if (text === 'unknown') return { type: 'unknown', raw };
  if ((m = /^day (\S+)$/.exec(text))) return { type: 'day', raw, date: m[1] as string };
  if ((m = /^month (\S+)$/.exec(text))) return { type: 'month', raw, month: m[1] as string };
  if ((m = /^status (\S+)$/.exec(text))) return { type: 'status', raw, status: m[1] as string };
  if ((m = /^(quarter|financial-year|season|year) ([^\s/]+)\/([^\s/]+)$/.exec(text))) {
    return { type: 'period', raw, unit: m[1] as string, start: m[2] as string, end: m[3] as string };
  }
  return undefined;
}
