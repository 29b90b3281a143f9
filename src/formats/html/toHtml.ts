import { booleanOption, checkOptionsObject, optionRangeError, textOption } from '../../_lib/options.js';
import type { Action } from '../../model/Action.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { Block } from '../../model/Block.js';
import type { Recommendation } from '../../model/Recommendation.js';
import { categoryLabel } from '../../_lib/categoryLabel.js';
import {
  closingTally,
  HEADINGS,
  headerLines,
  layoutRows,
  COUNTED_TALLY_CAPTION,
  NOT_STATED_ROW,
  titleOf,
  UNTITLED,
} from '../_internal/layout.js';
import { escapeMarkup as escape } from '../_internal/escapeMarkup.js';

/**
 * Options for {@link toHtml}.
 * @category Formats
 */
export interface HtmlOptions {
  /**
   * Whether to write a complete page (doctype, language, title, a `<main>` landmark, styles for
   * narrow screens and print, no scripts) rather than a fragment to embed.
   *
   * @defaultValue `false`
   */
  readonly standalone?: boolean;
  /**
   * A timeline picture of the plan's actions to show after the table and its tally: the SVG text
   * that `toTimelineSvg` (in `action-plan-kit/svg`) wrote for the same plan. It goes into the page
   * as it is, in a `<figure>` with a caption, in a labelled region that scrolls sideways on a narrow
   * screen. The writer of the picture is passed its result, not imported, so that pages without a
   * picture do not carry it.
   */
  readonly timeline?: string;
}

function blocks(response: readonly Block[]): string {
  return response
    .map((block) =>
      block.type === 'paragraph'
        ? `<p>${escape(block.text)}</p>`
        : `<ul>${block.items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`,
    )
    .join('');
}

/** Adds the rows of a recommendation to `out`, one at a time: a recommendation may have any number of actions. */
function recommendationRows(out: string[], recommendation: Recommendation): void {
  const { actions } = recommendation;
  const span = Math.max(actions.length, 1);
  const rowspan = span > 1 ? ` rowspan="${span}"` : '';
  const first = actions[0];
  // An answer with no category and no label says so in words, emphasised as the writer's, never an empty cell.
  const answer = categoryLabel(recommendation.agreement);
  const shared =
    `<th scope="row"${rowspan}>${escape(recommendation.ref)}</th>` +
    `<td${rowspan}>${escape(recommendation.text)}</td>` +
    `<td${rowspan}>${answer === undefined ? '<em>Not stated</em>' : escape(answer)}</td>` +
    `<td${rowspan}>${blocks(recommendation.response)}</td>`;
  const cells = (owner: string, target: string): string => `<td>${escape(owner)}</td><td>${escape(target)}</td>`;
  out.push(`<tr>${shared}${first === undefined ? '<td></td><td></td>' : cells(first.owner, first.target.raw)}</tr>`);
  for (let i = 1; i < actions.length; i += 1) {
    const action = actions[i] as Action;
    out.push(`<tr>${cells(action.owner, action.target.raw)}</tr>`);
  }
}

/** Print-friendly styles for the standalone page (compact: they ship in every bundle that writes HTML). */
const STYLES =
  'body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.4;color:#0b0c0c;margin:2rem}' +
  'h1{font-size:1.5rem}' +
  'dl.header{display:grid;grid-template-columns:max-content auto;gap:0.25rem 1rem}' +
  'dl.header dt{font-weight:bold}dl.header dd{margin:0}' +
  'h1,dd{overflow-wrap:anywhere}' +
  '.table-scroll{overflow-x:auto;margin:1rem 0}' +
  'table{border-collapse:collapse;width:100%;margin:1rem 0}.table-scroll table{margin:0;min-width:50rem}' +
  'caption{text-align:left;font-weight:bold;font-size:1.1rem;padding:0.5rem 0}' +
  '.table-scroll caption{position:sticky;left:0;max-width:calc(100vw - 4rem)}' +
  'th,td{border:1px solid #505a5f;padding:0.4rem 0.5rem;vertical-align:top;text-align:left}' +
  'thead th{background:#dee0e2}tr.section th{background:#f3f2f1}tr.addressee td{font-style:italic}' +
  'td p{margin:0 0 0.5rem}td p:last-child{margin-bottom:0}td ul{margin:0;padding-left:1.2rem}' +
  'table.tally{width:auto}table.tally td{text-align:right}' +
  '@media (max-width:40rem){body{margin:1rem}}' +
  '@media print{body{margin:0;font-size:9pt}.table-scroll{overflow:visible}.table-scroll table{min-width:0}' +
  'thead{display:table-header-group}tr{break-inside:avoid}}';

/** The styles of the timeline picture, when the page shows one: it scrolls on a narrow screen, and shrinks to the paper in print. */
const TIMELINE_STYLES =
  'figure.timeline{margin:1rem 0}.timeline-scroll{overflow-x:auto}figure.timeline svg{display:block}' +
  'figcaption{font-weight:bold;padding:0.5rem 0}' +
  '@media print{figure.timeline svg{max-width:100%;height:auto}}';

/**
 * Writes a plan as HTML: an accessible table like the published plan, with its header and
 * closing tally.
 * @category Formats
 *
 * @remarks
 * The table has a `<caption>`, column headings with `scope="col"`, each recommendation's ref as a
 * row heading (`scope="row"`), section rows as row-group headings and addressee rows across the
 * table. A recommendation with several actions spans several rows, so each owner stands beside its
 * target date. Responses keep their paragraphs and lists. A recommendation that states no category
 * shows its label as written, or *Not stated* (in `<em>`) when it has none, never an empty cell; a
 * tally counted from the rows has a row for such recommendations. Every text is escaped (`&`, `<`, `>`,
 * `"`, `'`): no text of the plan can add markup or script.
 *
 * The table stands in a `<div class="table-scroll">` region, labelled like the table and focusable,
 * so that on a narrow screen it can scroll sideways inside its own box (give that class
 * `overflow-x: auto` when you embed the fragment) while the page around it does not. With
 * `standalone`, the fragment comes in a complete page — the plan in a `<main>` landmark, styles
 * that fit a 400 px wide screen and print well, no scripts.
 *
 * The heading, the caption and the page's `<title>` are the plan's title; a plan object with a
 * blank title (which validation refuses) gets "Action plan" in their place, never an empty one.
 *
 * With `timeline`, the picture `toTimelineSvg` drew of the plan follows the tally, in a
 * `<figure class="timeline">` captioned "Timeline of the actions", inside a labelled, focusable
 * `<div class="timeline-scroll">` region that scrolls sideways on a narrow screen (and, in print,
 * shrinks to the page's width). {@link fromHtml} reads such a page back to the same plan: it skips
 * the picture.
 *
 * @param plan - The plan.
 * @param options - `standalone`, `timeline`.
 * @returns The HTML text, ending with a newline.
 * @throws {TypeError | RangeError} A `TypeError` when `options` is not an object, `standalone` is
 * not `true` or `false` or `timeline` is not a string; a `RangeError` when `timeline` is not an SVG
 * picture (`<svg …>…</svg>`).
 *
 * @example
 * ```ts
 * import { toHtml } from 'action-plan-kit';
 * const html = toHtml({ format: 'action-plan/1', title: '<script>alert(1)</script>', recommendations: [] });
 * html.includes('<script>') //=> false
 * html.includes('&lt;script&gt;alert(1)&lt;/script&gt;') //=> true
 * toHtml({ format: 'action-plan/1', title: 'Plan', recommendations: [] }, { standalone: true }).startsWith('<!DOCTYPE html>') //=> true
 * ```
 */
export function toHtml(plan: ActionPlan, options?: HtmlOptions): string {
  checkOptionsObject('toHtml', options);
  const standalone = booleanOption('toHtml', 'options.standalone', options?.standalone);
  const timeline = textOption('toHtml', 'options.timeline', options?.timeline);
  if (timeline !== undefined && !(timeline.startsWith('<svg ') && timeline.trimEnd().endsWith('</svg>')))
    throw optionRangeError(
      'toHtml',
      'options.timeline',
      'an SVG picture written by toTimelineSvg',
      timeline.slice(0, 40),
    );
  const title = titleOf(plan);
  const heading = escape(title ?? UNTITLED);
  const caption = title === undefined ? UNTITLED : `Action plan: ${escape(title)}`;
  const out: string[] = ['<section class="action-plan">', `<h1>${heading}</h1>`];
  const header = headerLines(plan);
  if (header.length > 0) {
    out.push('<dl class="header">');
    for (const [label, value, date] of header) {
      out.push(
        `<dt>${escape(label)}</dt><dd>${date === undefined ? escape(value) : `<time datetime="${date}">${escape(value)}</time>`}</dd>`,
      );
    }
    out.push('</dl>');
  }
  out.push(
    `<div class="table-scroll" role="region" aria-label="${caption}" tabindex="0">`,
    '<table class="action-plan-table">',
    `<caption>${caption}</caption>`,
    `<thead><tr>${HEADINGS.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
  );
  for (const entry of layoutRows(plan)) {
    if (entry.type === 'section')
      out.push(`<tr class="section"><th scope="rowgroup" colspan="6">${escape(entry.text)}</th></tr>`);
    else if (entry.type === 'addressee')
      out.push(`<tr class="addressee"><td colspan="6">${escape(entry.text)}</td></tr>`);
    else recommendationRows(out, entry.recommendation);
  }
  out.push('</tbody>', '</table>', '</div>');
  const { tally, stated, notStated } = closingTally(plan);
  out.push(
    '<table class="tally">',
    `<caption>${stated ? 'Tally' : COUNTED_TALLY_CAPTION}</caption>`,
    '<thead><tr><th scope="col">Recommendations</th><th scope="col">Number</th></tr></thead>',
    '<tbody>',
    `<tr><th scope="row">Agreed</th><td>${tally.agreed}</td></tr>`,
    `<tr><th scope="row">Partly Agreed</th><td>${tally.partlyAgreed}</td></tr>`,
    `<tr><th scope="row">Not Agreed</th><td>${tally.notAgreed}</td></tr>`,
  );
  if (notStated > 0) out.push(`<tr><th scope="row">${NOT_STATED_ROW}</th><td>${notStated}</td></tr>`);
  out.push(`<tr><th scope="row">Total</th><td>${tally.total}</td></tr>`, '</tbody>', '</table>');
  if (timeline !== undefined) {
    out.push(
      '<figure class="timeline">',
      '<div class="timeline-scroll" role="region" aria-label="Timeline of the actions" tabindex="0">',
      timeline.trimEnd(),
      '</div>',
      '<figcaption>Timeline of the actions</figcaption>',
      '</figure>',
    );
  }
  out.push('</section>');
  const fragment = out.join('\n');
  if (!standalone) return `${fragment}\n`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${heading}</title>`,
    `<style>${STYLES}${timeline === undefined ? '' : TIMELINE_STYLES}</style>`,
    '</head>',
    '<body>',
    '<main>',
    fragment,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
