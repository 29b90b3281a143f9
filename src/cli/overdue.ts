import type { DueSoonAction, OverdueAction } from '../model/DueAction.js';
import { findDueSoon } from '../progress/findDueSoon.js';
import { findOverdue } from '../progress/findOverdue.js';
import { plural } from '../_lib/text.js';
import { readAsOf, readDays, readZone } from './_internal/asOf.js';
import { table, useColour } from './_internal/output.js';
import { forTerminal, visible } from './_internal/terminal.js';
import type { PlanFile } from './_internal/readPlan.js';
import {
  json,
  oneOf,
  readFiles,
  sectionHeading,
  unreadOnStderr,
  type CommandResult,
  type ReadOptions,
  unreadJson,
} from './_internal/report.js';
import { targetJson } from './_internal/targetJson.js';

/** The options of `overdue`, as given on the command line. */
export interface OverdueCommandOptions extends ReadOptions {
  readonly asOf: string;
  /** The IANA time zone whose date `today` is; Europe/London unless given. */
  readonly zone?: string;
  readonly dueSoonDays?: string;
  readonly format: string;
}

/** An overdue or due-soon action as the JSON output writes it, its target as canonical JSON does. */
function item(action: OverdueAction | DueSoonAction): Record<string, unknown> {
  return {
    ref: action.ref,
    recommendationIndex: action.recommendationIndex,
    actionIndex: action.actionIndex,
    owner: action.owner,
    target: targetJson(action.target),
    revised: action.revised,
    deadline: action.deadline,
    ...('daysOverdue' in action ? { daysOverdue: action.daysOverdue } : { daysLeft: action.daysLeft }),
  };
}

/** The text section of one plan: what is overdue, and what falls due soon when asked. */
function section(
  read: PlanFile,
  late: readonly OverdueAction[],
  soon: readonly DueSoonAction[] | undefined,
  asOf: string,
  days: number | undefined,
  colour: boolean,
): string {
  const lines = [sectionHeading(read, colour), ''];
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
        late.map((a) => [
          visible(a.ref),
          visible(a.target.raw),
          a.deadline,
          String(a.daysOverdue),
          visible(a.owner) || '(no owner)',
        ]),
      ),
    );
  }
  if (soon !== undefined) {
    lines.push('');
    if (soon.length === 0) lines.push(`Nothing falls due within ${days} days.`);
    else {
      lines.push(
        `Due within ${days} days:`,
        '',
        table(
          [
            ['Rec', 'left'],
            ['Target date', 'left'],
            ['Deadline', 'left'],
            ['Days left', 'right'],
            ['Responsible owner', 'left'],
          ],
          soon.map((a) => [
            visible(a.ref),
            visible(a.target.raw),
            a.deadline,
            String(a.daysLeft),
            visible(a.owner) || '(no owner)',
          ]),
        ),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `overdue FILE... --as-of DATE|today [--zone ZONE] [--due-soon-days DAYS] [--format text|json] [--title TEXT]`:
 * lists each plan's overdue actions, most overdue first, and with `--due-soon-days` what falls due
 * within that many days. Exits 2 when a file cannot be read as a plan (said on standard error).
 */
export async function overdue(files: readonly string[], options: OverdueCommandOptions): Promise<CommandResult> {
  const output = oneOf('--format', options.format, ['text', 'json'] as const);
  const asOf = readAsOf(options.asOf, readZone(options.zone));
  const days = options.dueSoonDays === undefined ? undefined : readDays(options.dueSoonDays, '--due-soon-days');
  const reads = await readFiles(files, options);
  const code = reads.every((read) => read.ok) ? 0 : 2;
  const found = new Map(
    reads
      .filter((read): read is PlanFile => read.ok)
      .map((read) => [
        read,
        {
          late: findOverdue(read.plan, { asOf }),
          soon: days === undefined ? undefined : findDueSoon(read.plan, { asOf, dueSoonDays: days }),
        },
      ]),
  );
  if (output === 'json') {
    return {
      stdout: json({
        asOf,
        ...(days === undefined ? {} : { dueSoonDays: days }),
        files: reads.map((read) => {
          const entry = read.ok ? found.get(read) : undefined;
          if (!read.ok || entry === undefined) return unreadJson(read);
          return {
            file: read.file,
            ok: true,
            format: read.format,
            title: read.plan.title,
            overdue: entry.late.map(item),
            ...(entry.soon === undefined ? {} : { dueSoon: entry.soon.map(item) }),
          };
        }),
      }),
      stderr: '',
      code,
    };
  }
  const colour = useColour(process.stdout);
  const sections = [...found].map(([read, { late, soon }]) => section(read, late, soon, asOf, days, colour));
  if (reads.length > 1) {
    const late = [...found.values()].reduce((n, { late }) => n + late.length, 0);
    const plans = plural(found.size, 'plan');
    sections.push(
      `In all ${plans}: ${plural(late, 'action')} overdue as of ${asOf}` +
        (days === undefined
          ? '.\n'
          : `, ${[...found.values()].reduce((n, { soon }) => n + (soon?.length ?? 0), 0)} due within ${days} days.\n`),
    );
  }
  return { stdout: forTerminal(sections.join('\n')), stderr: unreadOnStderr(reads), code };
}
