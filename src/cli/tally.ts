import type { ProgressCounts } from '../model/ProgressTally.js';
import type { Tally } from '../model/Tally.js';
import { TALLY_FIGURES } from '../model/vocabulary.js';
import { tallyAgreement } from '../tally/tallyAgreement.js';
import { tallyPlans } from '../tally/tallyPlans.js';
import { tallyProgress } from '../tally/tallyProgress.js';
import { plural } from '../_lib/text.js';
import { readAsOf, readDays, readZone } from './_internal/asOf.js';
import { paint, table, useColour } from './_internal/output.js';
import { forTerminal } from './_internal/terminal.js';
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

/** The options of `tally`, as given on the command line. */
export interface TallyCommandOptions extends ReadOptions {
  readonly asOf?: string;
  /** The IANA time zone whose date `today` is; Europe/London unless given. */
  readonly zone?: string;
  readonly dueSoonDays?: string;
  readonly format: string;
}

const LABELS: Readonly<Record<(typeof TALLY_FIGURES)[number], string>> = {
  agreed: 'Agreed',
  partlyAgreed: 'Partly Agreed',
  notAgreed: 'Not Agreed',
  total: 'Total',
};

/** The row for recommendations that state no category, which a tally's total counts and its figures do not. */
const NOT_STATED_ROW = 'No category stated';

const percent = (rate: number): string => `${Math.round(rate * 100)}%`;

/** The verb for a count of recommendations: "1 states", "2 state". */
const states = (n: number): string => (n === 1 ? 'states' : 'state');

/** How many of a tally's recommendations state no category. */
const notStated = (tally: Tally): number => tally.total - tally.agreed - tally.partlyAgreed - tally.notAgreed;

/**
 * The rows of a tally's table: each figure counted and, with `stated` (a plan's own tally, or
 * `null` for a plan that states none), stated. Recommendations that state no category get a row of
 * their own before the total, when there are any: the total counts them, the figures do not.
 */
function tallyRows(counted: Tally, stated?: Tally | null): string[][] {
  const withStated = stated !== undefined;
  const rows = TALLY_FIGURES.map((f) => {
    const row = [LABELS[f], String(counted[f])];
    if (withStated) row.push(stated === null ? '' : String(stated[f]));
    return row;
  });
  const missing = notStated(counted);
  if (missing > 0) {
    const row = [NOT_STATED_ROW, String(missing)];
    if (withStated) row.push('');
    rows.splice(rows.length - 1, 0, row);
  }
  return rows;
}

/** A sentence counting actions by status. */
function actionsLine(asOf: string, actions: ProgressCounts): string {
  return (
    `Actions as of ${asOf}: ${actions.overdue} overdue, ${actions.dueSoon} due soon, ` +
    `${actions.onTrack} on track, ${actions.openEnded} open-ended, ${actions.completed} completed, ` +
    `${actions.withdrawn} withdrawn (of ${actions.total}).`
  );
}

/**
 * `tally FILE... [--as-of DATE|today [--zone ZONE]] [--due-soon-days DAYS] [--format text|json] [--title TEXT]`: counts
 * each plan's recommendations by category and compares with its stated tally, and counts all the
 * plans together. Exits 2 when a file cannot be read as a plan (said on standard error).
 */
export async function tally(files: readonly string[], options: TallyCommandOptions): Promise<CommandResult> {
  const output = oneOf('--format', options.format, ['text', 'json'] as const);
  const zone = readZone(options.zone);
  const asOf = options.asOf === undefined ? undefined : readAsOf(options.asOf, zone);
  const dueSoonDays = options.dueSoonDays === undefined ? undefined : readDays(options.dueSoonDays, '--due-soon-days');
  const reads = await readFiles(files, options);
  const plans = reads.filter((read): read is PlanFile => read.ok);
  const code = plans.length === reads.length ? 0 : 2;
  const window = dueSoonDays === undefined ? {} : { dueSoonDays };
  const each = plans.map((read) => {
    const counted = tallyAgreement(read.plan);
    const stated = read.plan.statedTally;
    const matches = stated === undefined ? undefined : TALLY_FIGURES.every((f) => stated[f] === counted[f]);
    const actions = asOf === undefined ? undefined : tallyProgress(read.plan, { asOf, ...window }).actions;
    return { read, counted, stated, matches, actions };
  });
  // The agreement counts and the acceptance rate do not depend on the date: without --as-of, any
  // date serves, and the action counts are left out.
  const combined = tallyPlans(
    plans.map((read) => read.plan),
    { asOf: asOf ?? readAsOf('today', zone), ...window },
  );
  const { actions: combinedActions, implementationRate, ...agreement } = combined;

  if (output === 'json') {
    const byFile = new Map(each.map((entry) => [entry.read, entry]));
    return {
      stdout: json({
        ...(asOf === undefined ? {} : { asOf }),
        ...window,
        files: reads.map((read) => {
          const entry = read.ok ? byFile.get(read) : undefined;
          if (entry === undefined) return unreadJson(read);
          return {
            file: read.file,
            ok: true,
            format: entry.read.format,
            title: entry.read.plan.title,
            counted: entry.counted,
            ...(entry.stated === undefined ? {} : { stated: entry.stated, matches: entry.matches }),
            ...(entry.actions === undefined ? {} : { actions: entry.actions }),
          };
        }),
        combined: asOf === undefined ? agreement : combined,
      }),
      stderr: '',
      code,
    };
  }
  const colour = useColour(process.stdout);
  const sections = each.map(({ read, counted, stated, matches, actions }) => {
    const rows = tallyRows(counted, stated ?? null);
    const lines = [
      sectionHeading(read, colour),
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
    if (asOf !== undefined && actions !== undefined) lines.push('', actionsLine(asOf, actions));
    return `${lines.join('\n')}\n`;
  });
  if (reads.length > 1) {
    const lines = [
      paint(
        colour,
        'bold',
        `All ${plural(plans.length, 'plan')}${plans.length < reads.length ? ` (of ${reads.length} files)` : ''}`,
      ),
      '',
      table(
        [
          ['Recommendations', 'left'],
          ['Counted', 'right'],
        ],
        tallyRows(agreement.agreement),
      ),
    ];
    if (agreement.acceptanceRate !== undefined) {
      const counts = agreement.agreement;
      const accepted = counts.agreed + counts.partlyAgreed;
      const answered = accepted + counts.notAgreed;
      const missing = notStated(counts);
      lines.push(
        '',
        `Accepted (agreed or partly agreed): ${percent(agreement.acceptanceRate)} (${accepted} of the ${plural(answered, 'recommendation')} that ${states(answered)} a category${missing > 0 ? `; ${missing} ${states(missing)} none` : ''}).`,
      );
    }
    if (asOf !== undefined) {
      lines.push('', actionsLine(asOf, combinedActions));
      if (implementationRate !== undefined) {
        const done = combinedActions.completed;
        const of = combinedActions.total - combinedActions.withdrawn;
        lines.push(
          `Implemented: ${percent(implementationRate)} (${done} of the ${of} actions not withdrawn are completed).`,
        );
      }
    }
    sections.push(`${lines.join('\n')}\n`);
  }
  return { stdout: forTerminal(sections.join('\n')), stderr: unreadOnStderr(reads), code };
}
