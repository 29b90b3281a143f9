import { writeFileSync } from 'node:fs';
import { toCsv } from '../formats/csv/toCsv.js';
import { toHtml } from '../formats/html/toHtml.js';
import { formatIssues } from '../formats/issues/formatIssues.js';
import { toSarif } from '../formats/issues/toSarif.js';
import { toJson } from '../formats/json/toJson.js';
import { toMarkdown } from '../formats/markdown/toMarkdown.js';
import type { Issue } from '../formats/issues/Issue.js';
import type { Tally } from '../model/Tally.js';
import { findDueSoon } from '../progress/findDueSoon.js';
import { findOverdue } from '../progress/findOverdue.js';
import { checkActionPlan } from '../rules/checkActionPlan.js';
import { tallyAgreement } from '../tally/tallyAgreement.js';
import { tallyProgress } from '../tally/tallyProgress.js';
import { readAsOf, readDays } from './_internal/asOf.js';
import { paint, paintSeverities, table, useColour } from './_internal/output.js';
import { inputError, readPlan } from './_internal/readPlan.js';
import { TALLY_FIGURES } from '../model/vocabulary.js';

/** What a command prints and the exit code it ends with. */
export interface CommandResult {
  readonly stdout: string;
  readonly code: 0 | 1;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** What a report is headed with: the plan's title, or where it came from. */
const heading = (title: string, file: string): string => title || (file === '-' ? 'standard input' : file);

function format<F extends string>(value: string, allowed: readonly F[]): F {
  if (!(allowed as readonly string[]).includes(value))
    throw inputError(`--format must be ${allowed.join(', ')} (received ${value})`);
  return value as F;
}

/** `check FILE [--as-of DATE] [--format text|json|sarif]` */
export function check(file: string, options: { asOf?: string; format: string }): CommandResult {
  const output = format(options.format, ['text', 'json', 'sarif'] as const);
  const asOf = options.asOf === undefined ? undefined : readAsOf(options.asOf);
  const { plan, issues: importIssues, locate } = readPlan(file);
  // Every issue says where it is in the file: readers' issues carry it, rule findings are located.
  const issues: Issue[] = [...importIssues, ...checkActionPlan(plan, asOf === undefined ? {} : { asOf })].map(
    (issue) => {
      if (issue.location !== undefined) return issue;
      const location = locate(issue.path);
      return location === undefined ? issue : { ...issue, location };
    },
  );
  const count = (severity: string): number => issues.filter((issue) => issue.severity === severity).length;
  const code = count('error') > 0 ? 1 : 0;
  if (output === 'sarif') return { stdout: toSarif(issues, { uri: file === '-' ? 'stdin' : file }), code };
  if (output === 'json') {
    return {
      stdout: json({
        file,
        ...(asOf === undefined ? {} : { asOf }),
        errors: count('error'),
        warnings: count('warning'),
        notes: count('info'),
        issues,
      }),
      code,
    };
  }
  const colour = useColour(process.stdout);
  return {
    stdout: `${paint(colour, 'bold', heading(plan.title, file))}\n\n${paintSeverities(colour, formatIssues(issues, { plan }))}`,
    code,
  };
}

/** `tally FILE [--as-of DATE] [--format text|json]` */
export function tally(file: string, options: { asOf?: string; format: string }): CommandResult {
  const output = format(options.format, ['text', 'json'] as const);
  const asOf = options.asOf === undefined ? undefined : readAsOf(options.asOf);
  const { plan } = readPlan(file);
  const counted = tallyAgreement(plan);
  const stated = plan.statedTally;
  const figures = TALLY_FIGURES;
  const matches = stated === undefined ? undefined : figures.every((f) => stated[f] === counted[f]);
  const progress = asOf === undefined ? undefined : tallyProgress(plan, { asOf }).actions;
  if (output === 'json') {
    return {
      stdout: json({
        file,
        counted,
        ...(stated === undefined ? {} : { stated, matches }),
        ...(progress === undefined ? {} : { asOf, actions: progress }),
      }),
      code: 0,
    };
  }
  const labels: Record<(typeof figures)[number], string> = {
    agreed: 'Agreed',
    partlyAgreed: 'Partly Agreed',
    notAgreed: 'Not Agreed',
    total: 'Total',
  };
  const rows = figures.map((f) => [
    labels[f],
    String(counted[f]),
    stated === undefined ? '' : String((stated as Tally)[f]),
  ]);
  const lines = [
    heading(plan.title, file),
    '',
    table(
      [
        ['Recommendations', 'left'],
        ['Counted', 'right'],
        ['Stated', 'right'],
      ],
      rows,
    ),
    '',
  ];
  if (matches === undefined) lines.push('The plan states no tally.');
  else lines.push(matches ? 'The stated tally matches the rows.' : 'The stated tally does not match the rows.');
  if (progress !== undefined) {
    lines.push(
      '',
      `Actions as of ${asOf}: ${progress.overdue} overdue, ${progress.dueSoon} due soon, ` +
        `${progress.onTrack} on track, ${progress.openEnded} open-ended, ${progress.completed} completed, ` +
        `${progress.withdrawn} withdrawn (of ${progress.total}).`,
    );
  }
  return { stdout: `${lines.join('\n')}\n`, code: 0 };
}

/** `overdue FILE --as-of DATE|today [--within DAYS] [--format text|json]` */
export function overdue(file: string, options: { asOf: string; within?: string; format: string }): CommandResult {
  const output = format(options.format, ['text', 'json'] as const);
  const asOf = readAsOf(options.asOf);
  const within = options.within === undefined ? undefined : readDays(options.within, '--within');
  const { plan } = readPlan(file);
  const late = findOverdue(plan, { asOf });
  const soon = within === undefined ? undefined : findDueSoon(plan, { asOf, dueSoonDays: within });
  if (output === 'json') {
    const item = (a: (typeof late)[number] | NonNullable<typeof soon>[number]) => ({
      ref: a.ref,
      recommendationIndex: a.recommendationIndex,
      actionIndex: a.actionIndex,
      owner: a.owner,
      target: a.target.raw,
      revised: a.revised,
      deadline: a.deadline,
      ...('daysOverdue' in a ? { daysOverdue: a.daysOverdue } : { daysLeft: a.daysLeft }),
    });
    return {
      stdout: json({
        file,
        asOf,
        overdue: late.map(item),
        ...(soon === undefined ? {} : { within, dueSoon: soon.map(item) }),
      }),
      code: 0,
    };
  }
  const lines = [heading(plan.title, file), ''];
  if (late.length === 0) lines.push(`Nothing is overdue as of ${asOf}.`);
  else {
    lines.push(
      `${late.length} ${late.length === 1 ? 'action is' : 'actions are'} overdue as of ${asOf}:`,
      '',
      table(
        [
          ['Rec', 'left'],
          ['Target date', 'left'],
          ['Deadline', 'left'],
          ['Days overdue', 'right'],
          ['Responsible owner', 'left'],
        ],
        late.map((a) => [a.ref, a.target.raw, a.deadline, String(a.daysOverdue), a.owner || '(no owner)']),
      ),
    );
  }
  if (soon !== undefined) {
    lines.push('');
    if (soon.length === 0) lines.push(`Nothing falls due within ${within} days.`);
    else {
      lines.push(
        `Due within ${within} days:`,
        '',
        table(
          [
            ['Rec', 'left'],
            ['Target date', 'left'],
            ['Deadline', 'left'],
            ['Days left', 'right'],
            ['Responsible owner', 'left'],
          ],
          soon.map((a) => [a.ref, a.target.raw, a.deadline, String(a.daysLeft), a.owner || '(no owner)']),
        ),
      );
    }
  }
  return { stdout: `${lines.join('\n')}\n`, code: 0 };
}

/** `convert FILE --to json|csv|md|html [--out PATH] [--fragment]` */
export function convert(file: string, options: { to: string; out?: string; fragment?: boolean }): CommandResult {
  const to = options.to;
  if (!['json', 'csv', 'md', 'html'].includes(to))
    throw inputError(`--to must be json, csv, md or html (received ${to})`);
  const { plan } = readPlan(file);
  const text =
    to === 'json'
      ? toJson(plan)
      : to === 'csv'
        ? toCsv(plan)
        : to === 'md'
          ? toMarkdown(plan)
          : toHtml(plan, { standalone: options.fragment !== true });
  if (options.out === undefined) return { stdout: text, code: 0 };
  try {
    writeFileSync(options.out, text);
  } catch (error) {
    throw inputError(
      `cannot write ${options.out}: ${(error as { code?: string }).code === 'ENOENT' ? 'no such folder' : 'it could not be written'}`,
    );
  }
  return { stdout: '', code: 0 };
}
