import type { ActionPlan } from '../../model/ActionPlan.js';
import type { Block } from '../../model/Block.js';
import { categoryLabel } from '../../_lib/categoryLabel.js';
import {
  closingTally,
  HEADINGS,
  headerLines,
  layoutRows,
  NOT_STATED_ROW,
  titleOf,
  UNTITLED,
} from '../_internal/layout.js';

/**
 * Escapes text for a Markdown table cell or line: the characters with an inline meaning in
 * Markdown (`\`, backtick, `*`, `_`, `[`, `]`, `|`, `~`, `#`) get a backslash; `&`, `<` and `>`
 * become character references (so no HTML passes through); line breaks become `<br>` (so a row
 * never breaks).
 */
function escape(text: string): string {
  return text
    .replace(/[\\`*_[\]|~#]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>');
}

/**
 * Escaped text in emphasis (`**` bold, `*` italics). Markdown takes delimiters next to white space
 * for plain asterisks, so white space around the text goes outside them (`** x **` would show its
 * asterisks); text that is only white space gets no emphasis.
 */
function emphasised(text: string, mark: '**' | '*'): string {
  const core = text.trim();
  if (core === '') return escape(text);
  const start = text.indexOf(core);
  return `${escape(text.slice(0, start))}${mark}${escape(core)}${mark}${escape(text.slice(start + core.length))}`;
}

function response(blocks: readonly Block[]): string {
  return blocks
    .map((block) =>
      block.type === 'paragraph' ? escape(block.text) : block.items.map((item) => `• ${escape(item)}`).join('<br>'),
    )
    .join('<br><br>');
}

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/**
 * Writes a plan as Markdown: the header, the published table, and the closing tally.
 * @category Formats
 *
 * @remarks
 * The table has the published columns — Rec No, Recommendation, Agreed / Partly Agreed / Not
 * Agreed, Response, Responsible owner, Target date — with a row in bold for each section and in
 * italics for each addressee line (white space around either stays outside the emphasis, so it
 * always shows as emphasis). Paragraphs and list items of a response, and the several owners
 * and target dates of a recommendation, are separated by `<br>` so each recommendation stays one
 * row, owners and dates aligned. Every text is escaped: Markdown characters get a backslash,
 * `&`, `<` and `>` become character references, line breaks become `<br>`; no text can break the
 * table or inject HTML. A recommendation that states no category shows its label as written, or
 * *Not stated* in italics when it has none. The tally is the plan's stated one, or counted from
 * the rows when it states none (then it says so, with a row for the recommendations that state no
 * category, if any). Uses GitHub-flavoured Markdown tables. The first line is the
 * plan's title as a heading; a plan object with a blank title (which validation refuses) gets
 * `# Action plan`, never an empty heading.
 *
 * @param plan - The plan.
 * @returns The Markdown text, ending with a newline.
 *
 * @example
 * ```ts
 * import { parseTargetDate, toMarkdown } from 'action-plan-kit';
 * const md = toMarkdown({
 *   format: 'action-plan/1',
 *   title: 'Plan',
 *   recommendations: [{
 *     ref: '1',
 *     text: 'Use A | B <safely>',
 *     agreement: { category: 'agreed' },
 *     response: [],
 *     actions: [{ owner: 'Governor', target: parseTargetDate('March 2026') }],
 *   }],
 * });
 * md.split('\n')[4] //=> '| 1 | Use A \\| B &lt;safely&gt; | Agreed |  | Governor | March 2026 |'
 * ```
 */
export function toMarkdown(plan: ActionPlan): string {
  const lines: string[] = [`# ${escape(titleOf(plan) ?? UNTITLED)}`, ''];
  const header = headerLines(plan);
  if (header.length > 0) {
    // bounded: the plan's header fields, a handful at most
    lines.push(...header.map(([label, value]) => `**${label}:** ${escape(value)}  `), '');
  }
  lines.push(row(HEADINGS.map(escape)), row(HEADINGS.map(() => '---')));
  for (const entry of layoutRows(plan)) {
    if (entry.type === 'section') lines.push(row(['', emphasised(entry.text, '**'), '', '', '', '']));
    else if (entry.type === 'addressee') lines.push(row(['', emphasised(entry.text, '*'), '', '', '', '']));
    else {
      const r = entry.recommendation;
      const answer = categoryLabel(r.agreement);
      lines.push(
        row([
          escape(r.ref),
          escape(r.text),
          answer === undefined ? '*Not stated*' : escape(answer),
          response(r.response),
          r.actions.map((a) => escape(a.owner)).join('<br>'),
          r.actions.map((a) => escape(a.target.raw)).join('<br>'),
        ]),
      );
    }
  }
  const { tally, stated, notStated } = closingTally(plan);
  lines.push(
    '',
    stated ? '**Tally**' : '**Tally** (counted from the rows; the plan states none)',
    '',
    '| Recommendations | |',
    '| --- | ---: |',
    `| Agreed | ${tally.agreed} |`,
    `| Partly Agreed | ${tally.partlyAgreed} |`,
    `| Not Agreed | ${tally.notAgreed} |`,
  );
  if (notStated > 0) lines.push(`| ${NOT_STATED_ROW} | ${notStated} |`);
  lines.push(`| Total | ${tally.total} |`, '');
  return lines.join('\n');
}
