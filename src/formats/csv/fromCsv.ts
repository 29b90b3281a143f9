import { checkOptionsObject, textOption } from '../../_lib/options.js';
import { resolveTargetDateOptions } from '../../dates/resolveTargetDateOptions.js';
import type { Mutable } from '../../_lib/text.js';
import { parseTargetDate, type TargetDateOptions } from '../../dates/parseTargetDate.js';
import type { Action } from '../../model/Action.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { IssuePath, ReadResult, SourceLocation } from '../../model/Issue.js';
import { csvIssue, type CsvIssue, type CsvIssueParams } from './issues.js';
import type { ReasonCategory, Recommendation, RecommendationKind } from '../../model/Recommendation.js';
import type { TargetDate } from '../../model/TargetDate.js';
import { TargetDateSchema } from '../../schema/TargetDateSchema.js';
import { categoryOf } from '../_internal/categories.js';
import { CSV_COLUMNS, readReading, readResponse, restore, type CsvColumn } from './_internal/columns.js';
import { readRecords, type CsvRecord } from './_internal/rfc4180.js';
import { AGREEMENT_CATEGORIES, REASON_CATEGORIES, RECOMMENDATION_KINDS } from '../../model/vocabulary.js';

/**
 * Options for {@link fromCsv}.
 * @category Formats
 */
export interface FromCsvOptions {
  /**
   * The plan's title, which the CSV does not hold. A plan always has a title: without one (or with
   * only white space) the read fails with a `csv.title_missing` issue.
   */
  readonly title?: string;
  /** The conventions for target dates that come without a `target_reading`; see {@link parseTargetDate}. */
  readonly targetDates?: TargetDateOptions;
}

const KINDS: readonly string[] = RECOMMENDATION_KINDS;
const REASONS: readonly string[] = REASON_CATEGORIES;
const REQUIRED: readonly CsvColumn[] = ['ref', 'recommendation', 'category'];
/** The columns that describe the recommendation, repeated on each of its rows: those after its ref, up to the action's. */
const SHARED: readonly CsvColumn[] = CSV_COLUMNS.slice(1, CSV_COLUMNS.indexOf('action'));

/** A recommendation being read, with the values of its first row to compare later rows with. */
type Draft = Mutable<Recommendation> & { actions: Action[]; shared: Record<string, string> };

/**
 * Reads a plan from CSV written by {@link toCsv} or by a spreadsheet in the same columns.
 * @category Formats
 *
 * @remarks
 * Never throws on bad input. The header row names the columns, in any order, case aside; `ref`,
 * `recommendation` and `category` are needed, the others may be left out, and an unknown column
 * is reported. Consecutive rows with the same `ref` are one recommendation; with an `action`
 * column, a row whose `action` is empty or `1` starts a new one. A value that belongs to
 * nothing the plan holds (a `target_reading` or `deadline` on a row with no action, a `category`
 * label beside a different `category_label`) is reported with its text (`csv.value_ignored`).
 * `category` takes `agreed` / `partly-agreed` / `not-agreed` or any label (Accepted, Partially
 * Accepted, Rejected, …); a target without `target_reading` is read from its text.
 *
 * A recommendation whose category is empty or not understood is kept, with no category: an empty
 * `category` reads as none stated (`csv.category_missing`, a note), the `category_label` kept as
 * its label; a `category` none of the values or labels ("Accepted in principle") is kept as its
 * label, unless `category_label` gives one (`csv.category_unrecognised`, a warning).
 *
 * What round-trips through `toCsv` and back: every field of every recommendation except
 * `assessments`, and every field of every action except `updates`, provided that no paragraph or
 * list item of a response holds a line break, no paragraph starts with `- `, and no paragraph or
 * list is empty (a paragraph of white space alone reads back as written); optional texts that are empty (a description, a section, a label) and an empty
 * list of reasons read back as absent. The plan's title comes from `options.title`; its other header fields and its
 * stated tally are not in the CSV. A plan always has a title: without `options.title` the result is
 * `ok: false`, with a `csv.title_missing` issue beside any other issue of the text.
 *
 * @param text - The CSV text.
 * @param options - The plan's `title`, and `targetDates` conventions.
 * @returns The plan with any issues, or the issues that stopped the read.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad argument, never because
 * of the text: a `TypeError` when `text` is not a string or an option has the wrong type, a
 * `RangeError` when a `targetDates` convention has a value outside those documented.
 *
 * @example
 * ```ts
 * import { fromCsv } from 'action-plan-kit';
 * const result = fromCsv('ref,recommendation,category,owner,target\r\n1,Improve safety.,Accepted,Governor,Q3 2026\r\n', { title: 'Plan' });
 * result.ok && result.value.recommendations[0].agreement //=> { category: 'agreed', label: 'Accepted' }
 * result.ok && result.value.recommendations[0].actions[0].target
 * //=> { type: 'period', raw: 'Q3 2026', unit: 'quarter', start: '2026-07-01', end: '2026-09-30' }
 * fromCsv('ref,recommendation,category\r\n1,Improve safety.,Accepted\r\n').issues[0]?.code //=> 'csv.title_missing'
 * ```
 */
export function fromCsv(text: string, options?: FromCsvOptions): ReadResult<ActionPlan, CsvIssue> {
  if (typeof text !== 'string')
    throw new TypeError(`fromCsv expects the CSV text as a string, received ${typeof text}`);
  checkOptionsObject('fromCsv', options);
  resolveTargetDateOptions(options?.targetDates, 'fromCsv', 'options.targetDates');
  const issues: CsvIssue[] = [];
  const nowhere = (): undefined => undefined;
  const title = textOption('fromCsv', 'options.title', options?.title);
  const titled = typeof title === 'string' && /\S/.test(title);
  /** The result of a read that cannot give a plan: its issues, and the missing title when it is missing. */
  const fail = (found: CsvIssue[]): ReadResult<ActionPlan, CsvIssue> => ({
    ok: false,
    issues: titled ? found : [...found, csvIssue('csv.title_missing', ['title'], {})],
    locate: nowhere,
  });
  const read = readRecords(text.replace(/^\ufeff/, ''));
  if ('error' in read) {
    const { line, column } = read.error;
    return fail([csvIssue('csv.syntax_error', [], read.error, { line, column })]);
  }
  const records = read.records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  const [head, ...rows] = records;
  if (head === undefined) {
    return fail([csvIssue('csv.missing_column', [], { column: 'ref' })]);
  }

  const index = new Map<CsvColumn, number>();
  /** Where a field of a record stands: its line and column, or the record's line when it has no such field. */
  const fieldAt = (record: CsvRecord, field: number | undefined): SourceLocation => {
    const line = field === undefined ? undefined : record.lines[field];
    return line === undefined ? { line: record.line } : { line, column: record.columns[field as number] as number };
  };
  /** Reports an issue located at a field of a record (by its column name or position), or at the record. */
  const report = <C extends keyof CsvIssueParams>(
    code: C,
    params: CsvIssueParams[C],
    record: CsvRecord,
    field?: CsvColumn | number,
  ): void => {
    const at = typeof field === 'string' ? index.get(field) : field;
    issues.push(csvIssue(code, [], params, fieldAt(record, at)) as CsvIssue);
  };
  head.fields.forEach((name, i) => {
    const column = name.trim().toLowerCase() as CsvColumn;
    if ((CSV_COLUMNS as readonly string[]).includes(column) && !index.has(column)) index.set(column, i);
    else report('csv.unknown_column', { column: name }, head, i);
  });
  const missing = REQUIRED.filter((column) => !index.has(column));
  if (missing.length > 0) {
    for (const column of missing) report('csv.missing_column', { column }, head);
    return fail(issues);
  }
  // Where each recommendation and each of its actions was read from, for locate().
  const sources: { record: CsvRecord; actions: CsvRecord[] }[] = [];

  const recommendations: Draft[] = [];
  let current: Draft | undefined;
  for (const row of rows) {
    const { line, fields } = row;
    if (fields.length !== head.fields.length) {
      const params = {
        line,
        expected: head.fields.length,
        found: fields.length,
        extra: fields.slice(head.fields.length),
      };
      report('csv.field_count', params, row, fields.length > head.fields.length ? head.fields.length : undefined);
    }
    const cell = (column: CsvColumn): string => {
      const i = index.get(column);
      return i === undefined ? '' : restore(fields[i] ?? '');
    };
    const invalid = (column: CsvColumn, value: string, expected: string): void =>
      report('csv.invalid_value', { line, column, value, expected }, row, column);

    const ref = cell('ref');
    const actionNumber = cell('action').trim();
    // With an action column, an empty action or action 1 starts a recommendation; without one,
    // consecutive rows with the same ref are one recommendation.
    const startsAgain = index.has('action') && (actionNumber === '' || actionNumber === '1');
    const label = cell('category');
    if (current === undefined || ref !== current.ref || startsAgain) {
      const written = label.trim();
      const category =
        written === '' ? undefined : (categoryOf(written) ?? AGREEMENT_CATEGORIES.find((c) => c === written));
      // The label as written: its own column, or the category column when that holds a label (one
      // of any vocabulary, or an answer none of the three, kept as the recommendation's label).
      const ownLabel = cell('category_label');
      const categoryLabel = ownLabel || (written === category ? '' : written);
      if (written === '') {
        report(
          'csv.category_missing',
          ownLabel === '' ? { line, ref } : { line, ref, label: ownLabel },
          row,
          'category',
        );
      } else if (category === undefined) {
        report('csv.category_unrecognised', { line, ref, label }, row, 'category');
      } else if (ownLabel !== '' && written !== category && written !== ownLabel.trim()) {
        report(
          'csv.value_ignored',
          { line, column: 'category', value: label, reason: `the category_label column gives the label "${ownLabel}"` },
          row,
          'category',
        );
      }
      const kind = cell('kind').trim();
      if (kind !== '' && !KINDS.includes(kind)) invalid('kind', kind, KINDS.join(', '));
      const reasons = cell('reasons')
        .split(';')
        .map((r) => r.trim())
        .filter((r) => r !== '');
      for (const reason of reasons) if (!REASONS.includes(reason)) invalid('reasons', reason, REASONS.join(', '));
      const section = cell('section');
      const addressee = cell('addressee');
      const known = reasons.filter((r) => REASONS.includes(r)) as ReasonCategory[];
      current = {
        ref,
        ...(KINDS.includes(kind) ? { kind: kind as RecommendationKind } : {}),
        ...(section === '' ? {} : { section }),
        ...(addressee === '' ? {} : { addressee }),
        text: cell('recommendation'),
        agreement: {
          ...(category === undefined ? {} : { category }),
          ...(categoryLabel === '' ? {} : { label: categoryLabel }),
        },
        ...(known.length > 0 ? { reasons: known } : {}),
        response: readResponse(cell('response')),
        actions: [],
        shared: Object.fromEntries(SHARED.map((column) => [column, cell(column)])),
      };
      recommendations.push(current);
      sources.push({ record: row, actions: [] });
    } else if (current !== undefined) {
      for (const column of SHARED) {
        const value = cell(column);
        if (index.has(column) && value !== current.shared[column])
          report('csv.inconsistent_row', { line, ref, column, value }, row, column);
      }
    }
    const owner = cell('owner');
    const raw = cell('target');
    const description = cell('description');
    if (actionNumber === '' && owner === '' && raw === '' && description === '') {
      // No action on this row: a reading or a deadline here would describe nothing.
      for (const column of ['target_reading', 'deadline'] as const) {
        const value = cell(column);
        if (value.trim() !== '') {
          report(
            'csv.value_ignored',
            { line, column, value, reason: 'the row has no action: no owner, target or description' },
            row,
            column,
          );
        }
      }
      continue;
    }
    if (actionNumber !== '' && !/^[1-9]\d*$/.test(actionNumber))
      invalid('action', actionNumber, 'a whole number from 1');
    const reading = cell('target_reading');
    let target: TargetDate = parseTargetDate(raw, options?.targetDates);
    if (reading.trim() !== '') {
      const candidate = TargetDateSchema.safeParse(readReading(raw, reading));
      if (candidate.success) target = candidate.data;
      else
        invalid(
          'target_reading',
          reading,
          'a reading such as "month 2026-03", "day 2026-03-31", "status ongoing" or "unknown"',
        );
    }
    current.actions.push({ ...(description === '' ? {} : { description }), owner, target });
    sources[sources.length - 1]?.actions.push(row);
  }

  if (!titled) return fail(issues);
  const plan: ActionPlan = {
    format: 'action-plan/1',
    title,
    recommendations: recommendations.map(({ shared: _shared, ...recommendation }) => recommendation),
  };
  const locate = (path: IssuePath): SourceLocation | undefined => {
    const [top, r, key, a, field] = path;
    const source = top === 'recommendations' && typeof r === 'number' ? sources[r] : undefined;
    if (source === undefined) return undefined;
    if (key === 'actions' && typeof a === 'number') {
      const record = source.actions[a];
      if (record === undefined) return fieldAt(source.record, undefined);
      const column = ACTION_FIELDS.get(String(field));
      return fieldAt(record, column === undefined ? undefined : index.get(column));
    }
    const column = RECOMMENDATION_FIELDS.get(String(key));
    return fieldAt(source.record, column === undefined ? undefined : index.get(column));
  };
  return { ok: true, value: plan, issues, locate };
}

/** The column that holds each field of a recommendation. */
const RECOMMENDATION_FIELDS: ReadonlyMap<string, CsvColumn> = /* @__PURE__ */ new Map<string, CsvColumn>([
  ['ref', 'ref'],
  ['kind', 'kind'],
  ['section', 'section'],
  ['addressee', 'addressee'],
  ['text', 'recommendation'],
  ['agreement', 'category'],
  ['reasons', 'reasons'],
  ['response', 'response'],
]);

/** The column that holds each field of an action. */
const ACTION_FIELDS: ReadonlyMap<string, CsvColumn> = /* @__PURE__ */ new Map<string, CsvColumn>([
  ['owner', 'owner'],
  ['description', 'description'],
  ['target', 'target'],
]);
