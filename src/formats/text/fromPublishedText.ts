import { checkOptionsObject, textOption } from '../../_lib/options.js';
import { resolveTargetDateOptions } from '../../dates/resolveTargetDateOptions.js';
import { parseTargetDate, type TargetDateOptions } from '../../dates/parseTargetDate.js';
import type { Action } from '../../model/Action.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { Block } from '../../model/Block.js';
import type { IsoDate } from '../../model/IsoDate.js';
import type { ReadResult, SourceLocation } from '../../model/Issue.js';
import { sourceLines } from './_internal/sourceLines.js';
import { importIssue, type ImportIssue, type ImportIssueParams } from './issues.js';
import type { Agreement, Recommendation, RecommendationKind } from '../../model/Recommendation.js';
import type { Tally } from '../../model/Tally.js';
import type { TargetDate } from '../../model/TargetDate.js';
import { cellBlocks, cellEntries, hasText, plainText } from './_internal/cellBlocks.js';
import { categoryOf } from '../_internal/categories.js';
import { figureOf, isColumnHeadings, isPageBanner, isRef, kindOf } from './_internal/vocabulary.js';
import { TALLY_FIGURES } from '../../model/vocabulary.js';

/**
 * Options for {@link fromPublishedText}.
 * @category Formats
 */
export interface PublishedTextOptions {
  /** The conventions target dates and header dates are read with; see {@link parseTargetDate}. */
  readonly targetDates?: TargetDateOptions;
  /**
   * The plan's title when the document names none (no "ACTION PLAN: …" or "A Response to: …"
   * line); a title the document names always wins. Without either, the read fails with an
   * `import.title_missing` issue: a plan always has a title.
   */
  readonly title?: string;
}

/**
 * A recommendation being read. Every field is set when a draft is made, `undefined` where the
 * recommendation has none, so that all drafts share one shape.
 */
interface Draft {
  ref: string;
  kind: RecommendationKind | undefined;
  section: string | undefined;
  addressee: string | undefined;
  text: string;
  agreement: Agreement;
  response: Block[];
  actions: Action[];
  /** The recommendation's position in the plan. */
  index: number;
  /**
   * The text last joined to `text`, which ends as `text` does: tested for the end of a sentence
   * instead of the whole text, which a document split into many rows makes long.
   */
  textEnd: string;
  /** Likewise, the text last joined to the response's last block when it is a paragraph. */
  responseEnd: string;
}

/** A section or addressee row: its line and text, and whether a recommendation below took it. */
interface HeadingRow {
  readonly line: number;
  readonly text: string;
  used: boolean;
}

/** The header fields a document's lines name. */
type HeaderField = 'title' | 'reportTitle' | 'submitted' | 'reportPublished';

const COLUMNS = 6;
const ENDS_SENTENCE = /[.!?:;]["')\]]?$/;
/** A title line; its text may be missing ("ACTION PLAN:" alone), which names no title. */
const TITLE = /^action plan\b(?:\s*:)?(.*)$/i;
const RESPONSE_TO = /^a response to\b(?:\s*:)?(.*)$/i;
const SUBMITTED = /^(?:action plan |date |plan )?submitted(?: on)?\s*(?::\s*)?(\S.*)$/i;
const PUBLISHED = /^(?:date |report |inspection report )?published(?: on)?\s*(?::\s*)?(\S.*)$/i;
/** A tally line as its non-empty plain cells joined by tabs ("Partly Agreed\t1"), or as plain text ("Total 7"). */
const TALLY_LINE = /^(.*)[\t ](\d{1,5})$/;

/** Joins a text continued on another row to the text so far. Both are plain text, so trimmed. */
const joinText = (text: string, more: string): string => (text === '' ? more : `${text} ${more}`);

/**
 * Adds blocks to a draft's response; the first of a continuation row's blocks completes a sentence
 * that a page break cut, or extends a list. The draft's blocks are its own until it is returned, so
 * a list is extended in place: each row costs what it adds, however many rows came before.
 */
function appendBlocks(draft: Draft, blocks: readonly Block[]): void {
  const response = draft.response;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    const last = i === 0 ? response[response.length - 1] : undefined;
    if (last?.type === 'paragraph' && block.type === 'paragraph' && !ENDS_SENTENCE.test(draft.responseEnd)) {
      response[response.length - 1] = { type: 'paragraph', text: `${last.text} ${block.text}` };
    } else if (last?.type === 'list' && block.type === 'list') {
      for (const item of block.items) (last.items as string[]).push(item);
    } else {
      response.push(block);
    }
    draft.responseEnd = block.type === 'paragraph' ? block.text : '';
  }
}

/** The recommendation a draft has become: the fields it has, in the order they were always written. */
const recommendationOf = ({
  ref,
  section,
  addressee,
  text,
  agreement,
  response,
  actions,
  kind,
}: Draft): Recommendation => ({
  ref,
  ...(section === undefined ? {} : { section }),
  ...(addressee === undefined ? {} : { addressee }),
  text,
  agreement,
  response,
  actions,
  ...(kind === undefined ? {} : { kind }),
});

/**
 * Reads an action plan from the text of a published document, in the layout of the plans HM
 * Prison and Probation Service and others publish.
 * @category Formats
 *
 * @remarks
 * The text is what extraction from the published document gives: header lines, an introduction
 * and a definitions table, then the action table with tab-separated cells (which may hold `<p>`
 * and `<ul>`/`<li>` fragments), and a closing tally. It reads:
 *
 * - header lines in any order, with or without colons: "A Response to: …", "ACTION PLAN: …"
 *   (the title), "Action Plan Submitted: …", "Report Published: …" (dates such as
 *   "09 February 2026", "12th February 2020" or "22/05/2019"); lines above them name the
 *   respondent;
 * - the introduction and the definitions table, which are recognised and skipped;
 * - the column headings in their variants ("1. Rec No", "1. Rec. no", "3. Accepted/ Rejected");
 * - section rows ("Recommendations", "Priority concerns") and addressee rows ("… should:"),
 *   which apply to the recommendations below them;
 * - refs such as "1", "5.01", "S1", "P1", and categories in every vocabulary (Agreed / Partly
 *   Agreed / Not Agreed, Accepted / Partially Accepted / Not Accepted / Rejected), the label kept;
 * - owners and target dates as parallel lists, paired in order; when the counts differ every
 *   entry is kept and an issue says so;
 * - rows continued across a page break (an empty ref): the recommendation text and a cut sentence
 *   of the response are joined, further blocks and owner/date pairs appended;
 * - stray rows (`--`), blank lines, page banners, and the closing tally as `statedTally`.
 *
 * It never throws on any text and never drops text silently: whatever it skips or cannot place
 * becomes an issue with its line number (skipped template text as `info`). A header field named
 * twice with different values keeps the first, and so does a figure of the tally given twice; the
 * other value is in an issue (`import.duplicate_header`, `import.duplicate_tally_figure`).
 *
 * Every issue carries its `location` (the line, and for skipped template text the last line too),
 * and the result's `locate(path)` finds the line any part of the plan was read from: a header
 * line, a recommendation's row and the cell of a field (its ref, text, category or response), the
 * row that listed an action (at its owner or target cell), the row a response block started on,
 * a figure of the tally. The result is
 * `ok: false` only when no action table is found, or when neither the document nor
 * `options.title` gives the plan a title (`import.title_missing`); issues of severity `error` in
 * an `ok` result mean a part of the table could not be read.
 *
 * @param text - The document's text.
 * @param options - The conventions to read dates with, and the `title` for a document that names none.
 * @returns The plan and the import issues, or the issues alone.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad argument, never because
 * of the text: a `TypeError` when `text` is not a string or an option has the wrong type, a
 * `RangeError` when a `targetDates` convention has a value outside those documented.
 *
 * @example
 * ```ts
 * import { fromPublishedText } from 'action-plan-kit';
 * const text = [
 *   'A Response to: Inspection of HMP Example',
 *   'Action Plan Submitted: 12th February 2020',
 *   'ACTION PLAN: Inspection of HMP Example',
 *   '1. Rec No\t2. Recommendation\t3. Accepted/ Rejected\t4. Response\t5. Owner\t6. Target Date',
 *   '1\tImprove safety.\tAccepted\t<p>A safety review will be held.</p>\tGovernor\tMarch 2020',
 * ].join('\n');
 * const result = fromPublishedText(text);
 * result.ok && result.value.submitted //=> '2020-02-12'
 * result.ok && result.value.recommendations[0].agreement //=> { category: 'agreed', label: 'Accepted' }
 * result.ok && result.value.recommendations[0].actions[0].target //=> { type: 'month', raw: 'March 2020', month: '2020-03' }
 * ```
 */
export function fromPublishedText(text: string, options?: PublishedTextOptions): ReadResult<ActionPlan, ImportIssue> {
  if (typeof text !== 'string') {
    throw new TypeError(`fromPublishedText expects the document's text as a string, received ${typeof text}`);
  }
  checkOptionsObject('fromPublishedText', options);
  const fallback = textOption('fromPublishedText', 'options.title', options?.title);
  const targetDates = options?.targetDates ?? {};
  resolveTargetDateOptions(targetDates, 'fromPublishedText', 'options.targetDates');
  const body = text.replace(/^\ufeff/, '');
  const lines = body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
  const issues: ImportIssue[] = [];
  // Where each part of the plan was read from, for the result's locate().
  const source = sourceLines(lines);
  /** Adds a row's blocks to a draft's response, recording the line of each block it starts. */
  const addBlocks = (draft: Draft, blocks: readonly Block[], line: number): void => {
    const before = draft.response.length;
    appendBlocks(draft, blocks);
    for (let k = before; k < draft.response.length; k += 1) source.block(draft.index, line);
  };
  // Every issue with a line of the text carries it as its location too; the code declares its severity.
  const warn = <C extends keyof ImportIssueParams>(
    code: C,
    params: ImportIssueParams[C],
    path: (string | number)[] = [],
  ): void => {
    const at = params as { line?: number; endLine?: number };
    const location: SourceLocation | undefined =
      at.line === undefined
        ? undefined
        : at.endLine !== undefined && at.endLine !== at.line
          ? { line: at.line, endLine: at.endLine }
          : { line: at.line };
    issues.push(importIssue(code, path, params, location) as ImportIssue);
  };

  const header: { title?: string; reportTitle?: string; submitted?: IsoDate; reportPublished?: IsoDate } = {};
  const respondentLines: string[] = [];
  let seenHeader = false;
  let phase: 'preamble' | 'table' | 'tally' = 'preamble';
  let section: string | undefined;
  let kind: RecommendationKind | undefined;
  let addressee: string | undefined;
  /** The rows the section and the addressee line were read from, and whether a recommendation took them. */
  let sectionRow: HeadingRow | undefined;
  let addresseeRow: HeadingRow | undefined;
  /** Reports a section or addressee row that no recommendation took, as it is replaced: its text is in no other place. */
  const leaveHeading = (row: HeadingRow | undefined, what: string): void => {
    if (row !== undefined && !row.used) {
      warn('import.line_skipped', {
        line: row.line,
        text: row.text,
        reason: `${what} with no recommendation under it`,
      });
    }
  };
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let brokenSinceRow = false;
  const tally: Partial<Record<keyof Tally, number>> = {};
  let tallyLine = 0;
  let tallyEnd = 0;
  let skipped:
    { line: number; endLine: number; what: ImportIssueParams['import.boilerplate_skipped']['what'] } | undefined;

  const skip = (line: number, what: ImportIssueParams['import.boilerplate_skipped']['what']): void => {
    if (skipped !== undefined && skipped.what === what) {
      skipped.endLine = line;
      return;
    }
    flushSkipped();
    skipped = { line, endLine: line, what };
  };
  const flushSkipped = (): void => {
    if (skipped !== undefined) warn('import.boilerplate_skipped', skipped);
    skipped = undefined;
  };
  /** The line and text each header field was read from: the first one read is kept. */
  const headerText = new Map<HeaderField, { line: number; text: string }>();
  /**
   * Keeps the first value of a header field; a later line that gives the field another value is
   * reported with both, so that neither is lost. A line repeating the value loses nothing.
   */
  const setHeader = (field: HeaderField, value: string, text: string, line: number): void => {
    const first = headerText.get(field);
    if (first === undefined) {
      headerText.set(field, { line, text });
      header[field] = value as never;
      source.field(field, line);
    } else if (header[field] !== value) {
      warn('import.duplicate_header', { line, field, text, firstLine: first.line, kept: first.text }, [field]);
    }
  };
  const readDay = (value: string, line: number, field: 'submitted' | 'reportPublished'): void => {
    const text = value.trim();
    const target = parseTargetDate(plainText(value), targetDates);
    if (target.type === 'day') setHeader(field, target.date, text, line);
    else warn('import.date_unreadable', { line, field, text });
  };
  const readHeader = (line: string, n: number): boolean => {
    const plain = plainText(line);
    let m: RegExpExecArray | null;
    // Dates first: "Action Plan Submitted: …" is not a title.
    if ((m = SUBMITTED.exec(plain))) readDay(m[1] as string, n, 'submitted');
    else if ((m = PUBLISHED.exec(plain))) readDay(m[1] as string, n, 'reportPublished');
    else if ((m = TITLE.exec(plain))) {
      const title = (m[1] as string).trim();
      if (title !== '') setHeader('title', title, title, n);
    } else if ((m = RESPONSE_TO.exec(plain))) {
      const reportTitle = (m[1] as string).trim();
      if (reportTitle !== '') setHeader('reportTitle', reportTitle, reportTitle, n);
    } else return false;
    seenHeader = true;
    return true;
  };
  const endTally = (): void => {
    if (tallyLine === 0) return;
    const figures = TALLY_FIGURES;
    if (!figures.every((f) => tally[f] !== undefined)) {
      const found = figures.filter((f) => tally[f] !== undefined);
      const read: Partial<Record<keyof Tally, number>> = {};
      for (const f of found) read[f] = tally[f];
      warn('import.tally_incomplete', { line: tallyLine, endLine: tallyEnd, found, figures: read });
    }
  };

  /** Target dates already read: a plan repeats a few, so each is read once (each action gets its own copy). */
  const targets = new Map<string, TargetDate>();
  const pairActions = (draft: Draft, ownersCell: string, datesCell: string, line: number): void => {
    const owners = cellEntries(ownersCell);
    const dates = cellEntries(datesCell);
    if (owners.length !== dates.length) {
      warn('import.owner_date_mismatch', { line, ref: draft.ref, owners: owners.length, dates: dates.length }, [
        'recommendations',
        draft.index,
        'actions',
      ]);
    }
    for (let i = 0; i < Math.max(owners.length, dates.length); i += 1) {
      const date = dates[i] ?? '';
      const target = targets.get(date) ?? parseTargetDate(date, targetDates);
      targets.set(date, target);
      draft.actions.push({ owner: owners[i] ?? '', target: { ...target } });
      source.action(draft.index, line);
    }
  };
  const readResponse = (draft: Draft, cell: string, line: number): Block[] => {
    const { blocks, inferredItems } = cellBlocks(cell);
    if (inferredItems) {
      const items = blocks.reduce((n, b) => n + (b.type === 'list' ? b.items.length : 0), 0);
      warn('import.list_items_inferred', { line, ref: draft.ref, items }, ['recommendations', draft.index, 'response']);
    }
    return blocks;
  };

  /** Reads a row of the action table; `ref`, `text` and `label` are the plain text of its first three cells. */
  const readRow = (cells: string[], ref: string, text: string, label: string, n: number, raw: string): void => {
    const [, , , responseCell = '', ownerCell = '', dateCell = ''] = cells;
    const extra = cells
      .slice(COLUMNS)
      .map(plainText)
      .filter((c) => c !== '');
    if (extra.length > 0) warn('import.extra_cells', { line: n, cells: extra });

    if (ref !== '' && isRef(ref)) {
      const category = categoryOf(label);
      if (category === undefined) {
        const plainCells = cells.map(plainText);
        warn('import.category_unrecognised', { line: n, ref, label, cells: plainCells });
        current = undefined;
        return;
      }
      const agreement: Agreement = { category, label };
      const draft: Draft = {
        ref,
        kind,
        section,
        addressee,
        text,
        agreement,
        response: [],
        actions: [],
        index: drafts.length,
        textEnd: text,
        responseEnd: '',
      };
      drafts.push(draft);
      if (sectionRow !== undefined) sectionRow.used = true;
      if (addresseeRow !== undefined) addresseeRow.used = true;
      source.recommendation(draft.index, n);
      addBlocks(draft, readResponse(draft, responseCell, n), n);
      pairActions(draft, ownerCell, dateCell, n);
      current = draft;
      brokenSinceRow = false;
      return;
    }
    if (ref === '' && text !== '' && label === '' && !cells.slice(3, COLUMNS).some(hasText)) {
      const value = text;
      if (/(?:\bshould|\bmust|\bwill|:)\s*:?$/i.test(value)) {
        leaveHeading(addresseeRow, 'an addressee line');
        addressee = value;
        addresseeRow = { line: n, text: raw, used: false };
        current = undefined;
        return;
      }
      if (current !== undefined && brokenSinceRow && !ENDS_SENTENCE.test(current.textEnd)) {
        current.text = joinText(current.text, value);
        current.textEnd = value;
        return;
      }
      leaveHeading(sectionRow, 'a section heading');
      leaveHeading(addresseeRow, 'an addressee line');
      section = value;
      sectionRow = { line: n, text: raw, used: false };
      kind = kindOf(value);
      addressee = undefined;
      addresseeRow = undefined;
      current = undefined;
      return;
    }
    if (ref === '') {
      if (current === undefined) {
        warn('import.line_skipped', { line: n, text: raw, reason: 'a continued row with no recommendation above it' });
        return;
      }
      if (text !== '') {
        current.text = joinText(current.text, text);
        current.textEnd = text;
      }
      if (label !== '') {
        const joined = `${current.agreement.label ?? ''} ${label}`.trim();
        const category = categoryOf(joined);
        if (category === undefined)
          warn('import.line_skipped', {
            line: n,
            text: label,
            reason: 'a category cell that continues no known label',
          });
        else current.agreement = { category, label: joined };
      }
      addBlocks(current, readResponse(current, responseCell, n), n);
      pairActions(current, ownerCell, dateCell, n);
      brokenSinceRow = false;
      return;
    }
    warn('import.line_skipped', { line: n, text: raw, reason: 'a row whose first cell is not a recommendation ref' });
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const n = index + 1;
    const trimmed = line.trim();
    if (trimmed === '') {
      if (phase === 'table') brokenSinceRow = true;
      continue;
    }
    const cells = line.split('\t');
    // The plain text of the first three cells (ref, recommendation, category); of the others only
    // where a test needs it, since a response cell is read into blocks anyway.
    const first = plainText(cells[0] as string);
    const second = cells.length > 1 ? plainText(cells[1] as string) : '';
    const third = cells.length > 2 ? plainText(cells[2] as string) : '';
    // A tally line is short: "Partly Agreed<TAB>1".
    const tallyMatch =
      line.length < 80
        ? TALLY_LINE.exec(
            cells
              .map(plainText)
              .filter((c) => c !== '')
              .join('\t'),
          )
        : null;
    const figure = tallyMatch ? figureOf(tallyMatch[1] as string) : undefined;

    if (phase !== 'preamble' && figure !== undefined && tallyMatch) {
      flushSkipped();
      tallyEnd = n;
      if (tallyLine === 0) {
        tallyLine = n;
        source.field('statedTally', n);
      }
      phase = 'tally';
      const value = Number(tallyMatch[2]);
      const first = tally[figure];
      if (first === undefined) {
        source.field(`statedTally.${figure}`, n);
        tally[figure] = value;
      } else if (first !== value) {
        // The first figure is kept; a second, different one is reported with both.
        warn('import.duplicate_tally_figure', { line: n, figure, value, kept: first }, ['statedTally', figure]);
      }
      continue;
    }
    if (phase === 'tally') {
      endTally();
      tallyLine = 0;
      phase = 'table';
    }
    if (phase === 'preamble') {
      if (isColumnHeadings(cells)) {
        flushSkipped();
        phase = 'table';
        continue;
      }
      if (cells.length >= 3 && isRef(first) && categoryOf(third) !== undefined) {
        flushSkipped();
        phase = 'table';
        readRow(cells, first, second, third, n, line);
        continue;
      }
      if (!line.includes('\t') && readHeader(line, n)) {
        flushSkipped();
        continue;
      }
      if (!line.includes('\t') && isPageBanner(first)) {
        skip(n, 'page banner');
        continue;
      }
      // Short lines above the header lines are the respondent's name, as on the cover.
      if (!seenHeader && !line.includes('\t') && respondentLines.length < 4 && first.length <= 80) {
        if (respondentLines.length === 0) source.field('respondent', n);
        respondentLines.push(first);
        continue;
      }
      const definitions = line.includes('\t') && (/^term$/i.test(first) || categoryOf(first) !== undefined);
      skip(n, definitions ? 'definitions table' : 'introduction');
      continue;
    }
    // The action table.
    if (isColumnHeadings(cells)) {
      skip(n, 'column headings');
      continue;
    }
    if (
      [first, second, third].every((plain) => /^-*$/.test(plain)) &&
      cells.slice(3).every((cell) => /^-*$/.test(plainText(cell)))
    ) {
      skip(n, 'stray row');
      continue;
    }
    if (!line.includes('\t')) {
      const plain = plainText(line);
      // A title line repeated at the top of a page is a banner; one naming another title is not.
      const titled = TITLE.exec(plain) ?? RESPONSE_TO.exec(plain);
      const named = titled === null ? '' : (titled[1] as string).trim();
      const field = titled === null ? undefined : TITLE.test(plain) ? 'title' : 'reportTitle';
      if (field !== undefined && named !== '' && header[field] !== named) {
        flushSkipped();
        readHeader(line, n);
      } else if (isPageBanner(plain) || field !== undefined || respondentLines.includes(plain)) {
        skip(n, 'page banner');
      } else {
        flushSkipped();
        warn('import.line_skipped', { line: n, text: line, reason: 'text outside the table columns' });
      }
      continue;
    }
    if (first !== '' && !isRef(first) && !cells.slice(1).some(hasText)) {
      // A heading in the first column, such as "Recommendations" above the closing tally.
      let next = '';
      for (let j = index + 1; j < lines.length; j += 1) {
        if ((lines[j] as string).trim() !== '') {
          next = lines[j] as string;
          break;
        }
      }
      const nextMatch = TALLY_LINE.exec(
        next
          .split('\t')
          .map(plainText)
          .filter((c) => c !== '')
          .join('\t'),
      );
      if (nextMatch && figureOf(nextMatch[1] as string) !== undefined) {
        skip(n, 'tally heading');
        continue;
      }
    }
    flushSkipped();
    readRow(cells, first, second, third, n, line);
  }
  flushSkipped();
  if (phase === 'tally') endTally();
  leaveHeading(sectionRow, 'a section heading');
  leaveHeading(addresseeRow, 'an addressee line');

  if (phase === 'preamble') {
    return {
      ok: false,
      issues: [
        ...issues,
        importIssue('import.not_a_plan', [], {
          detail: 'no column headings ("1. Rec No …") and no row with a ref, a recommendation and a category',
        }),
      ],
      locate: source.locate,
    };
  }

  const title =
    header.title ?? header.reportTitle ?? (fallback !== undefined && /\S/.test(fallback) ? fallback : undefined);
  if (title === undefined) {
    warn('import.title_missing', {}, ['title']);
    return { ok: false, issues, locate: source.locate };
  }
  const statedTally =
    tally.agreed !== undefined &&
    tally.partlyAgreed !== undefined &&
    tally.notAgreed !== undefined &&
    tally.total !== undefined
      ? { agreed: tally.agreed, partlyAgreed: tally.partlyAgreed, notAgreed: tally.notAgreed, total: tally.total }
      : undefined;
  const respondent = respondentLines.join(' ').trim();
  const plan: ActionPlan = {
    format: 'action-plan/1',
    title,
    ...(respondent === '' ? {} : { respondent }),
    ...(header.reportTitle === undefined ? {} : { reportTitle: header.reportTitle }),
    ...(header.reportPublished === undefined ? {} : { reportPublished: header.reportPublished }),
    ...(header.submitted === undefined ? {} : { submitted: header.submitted }),
    recommendations: drafts.map(recommendationOf),
    ...(statedTally === undefined ? {} : { statedTally }),
  };
  return { ok: true, value: plan, issues, locate: source.locate };
}
