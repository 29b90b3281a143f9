import { isIsoDate } from '../../_lib/isIsoDate.js';
import { dayNumber } from '../../dates/dayNumber.js';
import { categoryLabel } from '../../_lib/categoryLabel.js';
import { checkOptionsObject, dateOption, daysOption, optionRangeError, optionTypeError } from '../../_lib/options.js';
import { plural } from '../../_lib/text.js';
import { deadlineOf } from '../../dates/deadlineOf.js';
import type { Action } from '../../model/Action.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { ActionStatus, ActionStatusName } from '../../model/ActionStatus.js';
import type { IsoDate } from '../../model/IsoDate.js';
import type { Recommendation } from '../../model/Recommendation.js';
import { actionStatus } from '../../progress/actionStatus.js';
import { DEFAULT_DUE_SOON_DAYS } from '../../progress/resolveProgressOptions.js';
import { longDate, titleOf, UNTITLED } from '../_internal/layout.js';
import { axisOf, MONTHS } from './_internal/axis.js';
import { asOfLine, COLOURS, GREY, hatchPattern, mark, movedFrom, spanBar } from './_internal/marks.js';
import { clip, escape, fits, num, oneLine, textWidth } from './_internal/svgText.js';

/**
 * Options for {@link toTimelineSvg}.
 * @category Formats
 */
export interface TimelineSvgOptions {
  /**
   * The date to judge progress as of, written `YYYY-MM-DD`, drawn as a line across the picture.
   * The library never reads the clock: pass today's date yourself.
   */
  readonly asOf: string;
  /**
   * How many days before its deadline an action counts as due soon, as for {@link actionStatus}.
   *
   * @defaultValue `30`
   */
  readonly dueSoonDays?: number;
  /**
   * The picture's width in pixels, a whole number from 720 to 4800; its height follows from the
   * number of rows.
   *
   * @defaultValue `1040`
   */
  readonly width?: number;
  /**
   * The start of every `id` in the picture (its title, description and fill pattern), so that
   * several pictures in one page never share an id: a letter or `_`, then letters, digits, `_`, `-`
   * or `.`, at most 64 characters.
   *
   * @defaultValue `"action-plan-timeline"`
   */
  readonly idPrefix?: string;
}

const FN = 'toTimelineSvg';
const ID = /^[A-Za-z_][\w.-]{0,63}$/;

const M = 16;
const ROW = 22;
const GROUP = 26;

/** "28 Nov 2026". */
const shortDate = (date: IsoDate): string =>
  `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;

/** The status as the status column and the row's title say it. */
function statusText(status: ActionStatus): string {
  switch (status.status) {
    case 'overdue':
      return `Overdue by ${plural(status.daysOverdue, 'day')}`;
    case 'due-soon':
      return status.daysLeft === 0 ? 'Due today' : `Due in ${plural(status.daysLeft, 'day')}`;
    case 'on-track':
      return 'On track';
    case 'completed':
      return status.on === undefined ? 'Completed' : `Completed ${shortDate(status.on)}`;
    case 'withdrawn':
      return `Withdrawn ${shortDate(status.on)}`;
    default:
      return 'No deadline';
  }
}

/** An action as the picture draws it. */
interface Row {
  readonly recommendation: Recommendation;
  readonly action: Action;
  readonly index: number;
  readonly status: ActionStatus;
  /** The deadline in effect, where there is one. */
  readonly deadline: IsoDate | undefined;
  /** The first day of the month or period of the target in effect. */
  readonly start: IsoDate | undefined;
  /** The deadline of the plan's own target, when a revised target replaced it. */
  readonly original: IsoDate | undefined;
}

const dateOrNone = (date: string | undefined): IsoDate | undefined => (isIsoDate(date) ? date : undefined);

/** A text of the plan as the picture shows it in full (in a row's title): one line, `none` when blank. */
const full = (text: unknown, none: string): string => {
  const line = typeof text === 'string' ? oneLine(text) : '';
  return line === '' ? none : line;
};

/**
 * Writes a plan's actions along a time axis, as one self-contained, accessible SVG picture:
 * "progress as a picture".
 * @category Formats
 *
 * @remarks
 * One row per action, grouped by recommendation under its ref and category. Each row shows the
 * action (its description, or its owner when it has none; shortened with an ellipsis to fit, the
 * full text in the row's `<title>`), the target date as written, its mark on the axis at its
 * deadline and its status in words. The status is the one {@link actionStatus} gives as of `asOf`:
 *
 * - overdue: a red triangle with an exclamation mark;
 * - due soon (within `dueSoonDays`): an orange diamond;
 * - on track: a blue ring;
 * - completed: a green disc with a tick;
 * - withdrawn: a grey square with a cross;
 * - no deadline ("Commenced and ongoing", "TBC", "After decision", a target not understood, or
 *   "Completed" with no date): a hatched purple arrow in the "No date" lane at the right of the axis.
 *
 * Shapes differ as well as colours, so the picture reads in print and for readers who do not tell
 * the colours apart; a legend explains them, with the count of each. A month or a period ("Q2
 * 2026", "2026-27") is drawn as its span, first day to last, with the mark at its end (the
 * deadline, from {@link deadlineOf}). A revised target in effect shows where it moved from: a faint
 * dashed ring at the earlier deadline, joined to the new mark. `asOf` is a dashed line across the
 * rows, labelled with its date.
 *
 * The axis runs from the first month to the last month of every date drawn, `asOf` included, with
 * ticks by month, quarter, half year or year as the width leaves room for, written in English
 * month names (no locale, no time zone).
 *
 * The picture has `role="img"`, a `<title>` (the plan's title) and a `<desc>` (how many actions,
 * and how many of each status as of the date), which name it for screen readers. Every text of the
 * plan is escaped (`&`, `<`, `>`, both quotes), and characters XML cannot hold (control
 * characters, lone surrogates) become U+FFFD. The same plan and options give the same text, byte
 * for byte; ids start with `idPrefix`, so several pictures can share a page.
 *
 * @param plan - The plan.
 * @param options - `asOf`, and `dueSoonDays`, `width`, `idPrefix`.
 * @returns The SVG text, ending with a newline.
 * @throws {TypeError | RangeError} Only when the calling code passes a bad option, never because of
 * the plan: a `TypeError` when `options` is not an object or an option has the wrong type, a
 * `RangeError` when `asOf` is not a real calendar date written `YYYY-MM-DD`, `dueSoonDays` is not a
 * whole number, 0 or more, `width` is not a whole number from 720 to 4800, or `idPrefix` is not
 * a name as described.
 *
 * @example
 * ```ts
 * import { parseTargetDate, type ActionPlan } from 'action-plan-kit';
 * import { toTimelineSvg } from 'action-plan-kit/svg';
 * const plan = {
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [{
 *     ref: '4',
 *     text: 'Ensure the countersigning process is robust.',
 *     agreement: { category: 'agreed' },
 *     response: [],
 *     actions: [{ owner: 'Chief Probation Officer', target: parseTargetDate('April 2026') }],
 *   }],
 * } satisfies ActionPlan;
 * const svg = toTimelineSvg(plan, { asOf: '2026-11-26' });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') //=> true
 * svg.includes('<desc id="action-plan-timeline-desc">1 action as of 26 November 2026: 1 overdue') //=> true
 * ```
 */
export function toTimelineSvg(plan: ActionPlan, options: TimelineSvgOptions): string {
  checkOptionsObject(FN, options);
  const asOf = dateOption(FN, 'options.asOf', options?.asOf);
  const dueSoonDays = daysOption(FN, 'options.dueSoonDays', options?.dueSoonDays, DEFAULT_DUE_SOON_DAYS);
  const W = options.width ?? 1040;
  if (typeof W !== 'number') throw optionTypeError(FN, 'options.width', 'a whole number from 720 to 4800', W);
  if (!Number.isInteger(W) || W < 720 || W > 4800)
    throw optionRangeError(FN, 'options.width', 'a whole number from 720 to 4800', W);
  const prefix = options.idPrefix ?? 'action-plan-timeline';
  if (typeof prefix !== 'string') throw optionTypeError(FN, 'options.idPrefix', 'a string', prefix);
  if (!ID.test(prefix))
    throw optionRangeError(
      FN,
      'options.idPrefix',
      'a letter or "_", then letters, digits, "_", "-" or ".", at most 64 characters',
      prefix,
    );
  const ids = { title: `${prefix}-title`, desc: `${prefix}-desc`, hatch: `${prefix}-hatch` };

  // What each action is as of the date, and the dates the axis must hold.
  const counts: Record<ActionStatusName, number> = {
    overdue: 0,
    'due-soon': 0,
    'on-track': 0,
    completed: 0,
    withdrawn: 0,
    'open-ended': 0,
  };
  let earliest = asOf;
  let latest = asOf;
  const include = (date: IsoDate | undefined): void => {
    if (date === undefined) return;
    if (date < earliest) earliest = date;
    if (date > latest) latest = date;
  };
  const groups: { recommendation: Recommendation; rows: Row[] }[] = [];
  let total = 0;
  for (const recommendation of plan.recommendations) {
    const rows: Row[] = [];
    recommendation.actions.forEach((action, index) => {
      const status = actionStatus(action, { asOf, dueSoonDays });
      const target = status.target;
      const deadline = dateOrNone(deadlineOf(target));
      const start =
        deadline === undefined
          ? undefined
          : target.type === 'month'
            ? dateOrNone(`${target.month}-01`)
            : target.type === 'period'
              ? dateOrNone(target.start)
              : undefined;
      const original = status.revised ? dateOrNone(deadlineOf(action.target)) : undefined;
      include(start);
      include(deadline);
      include(original);
      counts[status.status] += 1;
      rows.push({ recommendation, action, index, status, deadline, start, original });
    });
    total += rows.length;
    groups.push({ recommendation, rows });
  }

  // Columns: the action, its target as written, the axis, the lane of actions with no date, the status.
  const labelW = Math.round((W - 2 * M) * 0.26);
  const targetX = M + labelW + 10;
  const targetW = 130;
  const statusW = 134;
  const statusX = W - M - statusW;
  const laneW = 56;
  const laneX = statusX - 10 - laneW;
  const laneMid = laneX + laneW / 2;
  const x0 = targetX + targetW + 18;
  const x1 = laneX - 18;
  const axis = axisOf(earliest, latest, x1 - x0);
  const xDay = (day: number): number => x0 + ((day - axis.from) / (axis.to - axis.from)) * (x1 - x0);
  const x = (date: IsoDate): number => xDay(dayNumber(date));

  const out: string[] = [];
  const text = (tx: number, ty: number, content: string, attributes = ''): void => {
    out.push(`<text x="${num(tx)}" y="${num(ty)}"${attributes}>${escape(content)}</text>`);
  };

  // The heading, and the legend with the count of each status.
  const title = `Timeline of the actions: ${oneLine(titleOf(plan) ?? UNTITLED) || UNTITLED}`;
  const actions = plural(total, 'action');
  const summary =
    `${actions} as of ${longDate(asOf)}: ${counts.overdue} overdue, ${counts['due-soon']} due soon ` +
    `(within ${plural(dueSoonDays, 'day')}), ${counts['on-track']} on track, ${counts.completed} completed, ` +
    `${counts.withdrawn} withdrawn, ${counts['open-ended']} with no deadline.`;
  text(M, 26, clip(title, fits(W - 2 * M, 16, true)), ' font-size="16" font-weight="bold"');
  text(M, 46, `${actions} as of ${longDate(asOf)}`);
  const legend: [string, string][] = [
    ['overdue', `Overdue (${counts.overdue})`],
    ['due-soon', `Due soon, within ${plural(dueSoonDays, 'day')} (${counts['due-soon']})`],
    ['on-track', `On track (${counts['on-track']})`],
    ['completed', `Completed (${counts.completed})`],
    ['withdrawn', `Withdrawn (${counts.withdrawn})`],
    ['open-ended', `No deadline: ongoing, TBC (${counts['open-ended']})`],
    ['span', 'Month or period of the target'],
    ['moved', 'Earlier deadline of a revised target'],
    ['as-of', 'As of: the date judged'],
  ];
  let lx = M;
  let ly = 68;
  for (const [key, label] of legend) {
    const itemW = 26 + textWidth(label, 11.5) + 18;
    if (lx + itemW > W - M && lx > M) {
      lx = M;
      ly += 22;
    }
    out.push(
      key === 'span'
        ? spanBar('on-track', lx, lx + 20, ly)
        : key === 'moved'
          ? movedFrom(lx + 4, lx + 20, ly)
          : key === 'as-of'
            ? asOfLine(lx + 9, ly - 8, ly + 8)
            : mark(key as ActionStatusName, lx + 9, ly, ids.hatch),
    );
    text(lx + 26, ly + 4, label, ' font-size="11.5"');
    lx += itemW;
  }

  // The axis: the line of `asOf` with its date, the column headings, ticks and their months and years.
  const top = ly + 22;
  const rowsTop = top + 56;
  let y = rowsTop;
  const body: string[] = [];
  const asOfX = x(asOf);
  const heading = ' font-size="11.5" font-weight="bold"';
  const asOfLabel = `As of ${shortDate(asOf)}`;
  const half = textWidth(asOfLabel, 11.5, true) / 2;
  text(
    Math.min(Math.max(asOfX, x0 + half - 14), x1 + 14 - half),
    top + 12,
    asOfLabel,
    `${heading} text-anchor="middle"`,
  );
  text(M, top + 34, 'Action', heading);
  text(targetX, top + 34, 'Target date', heading);
  text(laneMid, top + 34, 'No date', `${heading} text-anchor="middle"`);
  text(statusX, top + 34, 'Status', heading);
  const ticks: string[] = [];
  for (const tick of axis.ticks) {
    const tx = xDay(tick.day);
    ticks.push(`M${num(tx)},${num(top + 22)}V`);
    if (tick.month !== '') text(tx + 3, top + 34, tick.month, ' font-size="11" fill="#505a5f"');
    if (tick.year !== '')
      text(tx + 3, tick.month === '' ? top + 34 : top + 47, tick.year, ' font-size="11" fill="#505a5f"');
  }

  // The rows, a band for each recommendation and a row for each action.
  for (const { recommendation, rows } of groups) {
    const answer = categoryLabel(recommendation.agreement);
    const groupLabel = `Recommendation ${full(recommendation.ref, '(no ref)')}: ${answer === undefined ? 'category not stated' : full(answer, '(blank)')}`;
    body.push(
      `<g><title>${escape(`${groupLabel}. ${full(recommendation.text, '')}`.trim())}</title>`,
      `<rect x="${M}" y="${y}" width="${W - 2 * M}" height="${GROUP - 4}" fill="#f3f2f1"/>`,
      `<text x="${M + 6}" y="${y + 15}" font-size="12.5" font-weight="bold">${escape(clip(groupLabel, fits(W - 2 * M - 12, 12.5, true)))}</text></g>`,
    );
    y += GROUP;
    if (rows.length === 0) {
      body.push(`<text x="${M + 10}" y="${y + 15}" font-style="italic" fill="#505a5f">No actions</text>`);
      y += ROW;
    }
    for (const row of rows) {
      const { action, status, deadline, start, original } = row;
      const mid = y + ROW / 2;
      const description = full(action.description, '');
      const owner = full(action.owner, '(no owner)');
      const target = full(status.target.raw, '(none)');
      const said = statusText(status);
      const revisedFrom = status.revised ? ` (revised from ${full(action.target.raw, '(none)')})` : '';
      const when = deadline === undefined ? '' : `, deadline ${longDate(deadline)}`;
      const described =
        `Recommendation ${full(recommendation.ref, '(no ref)')}, action ${row.index + 1}` +
        `${description === '' ? '' : `: ${description}`}. Owner: ${owner}. Target: ${target}${revisedFrom}${when}. ${said}.`;
      body.push(`<g><title>${escape(described)}</title>`);
      body.push(
        `<text x="${M + 10}" y="${y + 15}">${escape(clip(description === '' ? owner : description, fits(labelW - 10, 12)))}</text>`,
        `<text x="${targetX}" y="${y + 15}" font-size="11.5">${escape(clip(target, fits(targetW, 11.5)))}</text>`,
      );
      const at = deadline === undefined ? laneMid : x(deadline);
      if (start !== undefined && deadline !== undefined) body.push(spanBar(status.status, x(start), at, mid));
      if (original !== undefined && original !== deadline) body.push(movedFrom(x(original), at, mid));
      body.push(mark(status.status, at, mid, ids.hatch));
      body.push(
        `<text x="${statusX}" y="${y + 15}" font-size="11.5" fill="${COLOURS[status.status]}"${status.status === 'overdue' ? ' font-weight="bold"' : ''}>${escape(said)}</text></g>`,
      );
      y += ROW;
    }
  }
  if (groups.length === 0) {
    body.push(
      `<text x="${M + 10}" y="${y + 15}" font-style="italic" fill="#505a5f">The plan has no recommendations</text>`,
    );
    y += ROW;
  }

  const height = y + 14;
  const grid = ticks.map((t) => `${t}${num(y)}`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="${ids.title} ${ids.desc}" font-family="Arial, Helvetica, sans-serif" font-size="12" fill="#0b0c0c">`,
    `<title id="${ids.title}">${escape(title)}</title>`,
    `<desc id="${ids.desc}">${escape(summary)}</desc>`,
    `<defs>${hatchPattern(ids.hatch)}</defs>`,
    `<rect width="${W}" height="${height}" fill="#fff"/>`,
    grid === '' ? '' : `<path d="${grid}" stroke="#dee0e2"/>`,
    `<rect x="${laneX}" y="${top + 22}" width="${laneW}" height="${y - top - 22}" fill="#f8f8f8" stroke="#dee0e2"/>`,
    `<path d="M${M},${rowsTop - 4}H${W - M}" stroke="${GREY}"/>`,
    ...out,
    ...body,
    `<path d="M${num(asOfX - 4)},${top + 16}H${num(asOfX + 4)}L${num(asOfX)},${top + 21}Z"/>`,
    asOfLine(asOfX, rowsTop - 4, y),
    '</svg>\n',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
