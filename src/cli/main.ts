import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { CommandResult } from './_internal/report.js';
import { check } from './check.js';
import { convert } from './convert.js';
import { overdue } from './overdue.js';
import { tally } from './tally.js';
import { describeError } from '../_lib/describeError.js';
import { writeOut } from './_internal/writeOut.js';
import { visible } from './_internal/terminal.js';

/** The package's version, from the package.json beside the built CLI. */
function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

const USAGE = 'Usage: action-plan check|tally|overdue|convert FILE... [options]';
const FILES =
  'plans: JSON, CSV, published text, HTML, Word (.docx), OpenDocument (.odt) or PDF, recognised by content; or - for standard input';
const TITLE =
  'the title of a plan whose file carries none (CSV): one file only; a CSV file is otherwise titled by its name';
const DUE_SOON = 'how many days before its deadline an action counts as due soon (30 unless given)';

/**
 * The `action-plan` command: check, tally, list what is overdue, and convert action plans.
 * Exit codes: 0 (done; for `check`, no errors), 1 (`check` found errors), 2 (a usage or input
 * problem). The arguments are read here; what each command does is in its own module.
 */
async function main(argv: readonly string[]): Promise<number> {
  let pending: Promise<CommandResult> | undefined;
  const run = (command: () => Promise<CommandResult>): void => {
    pending = command();
  };
  const program = new Command()
    .name('action-plan')
    .description(
      'Check, tally, monitor and convert inspectorate action plans.\n' +
        'Each FILE is canonical JSON, CSV, published text, HTML, Word (.docx), OpenDocument (.odt) or PDF (with pdfjs-dist installed), recognised by its content, or - for standard input.\n' +
        'Exit codes: 0 done, 1 check found errors, 2 a usage problem or a file that cannot be read as a plan.',
    )
    .version(version(), '-v, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      // Every argument is made visible: a control character in one reaches the terminal escaped.
      outputError: (message, write) =>
        write(
          `action-plan: ${visible(message.replace(/^error: /, '').trim()).replace(/\\n\(Did you mean/g, '\n(Did you mean')}\n`,
        ),
    })
    .showSuggestionAfterError(true);
  program
    .command('check')
    .description(
      'Check plans against the rules of the action-plan template, listing every issue with its line.\n' +
        'Exits 1 when a plan has errors, 2 when a file cannot be read as a plan.',
    )
    .argument('<file...>', FILES)
    .option('--as-of <date>', 'also judge progress as of this date (YYYY-MM-DD or today)')
    .option('--due-soon-days <days>', `with --as-of, ${DUE_SOON}`)
    .option('--format <format>', 'text, json (one document) or sarif (one log, for CI)', 'text')
    .option('--explain', "under each finding, the rule's description and how to fix it")
    .option('--title <text>', TITLE)
    .addHelpText(
      'after',
      '\nExamples:\n  action-plan check plan.txt --explain\n  action-plan check plans/*.json --format sarif > action-plan.sarif',
    )
    .action(
      (
        files: string[],
        options: { asOf?: string; dueSoonDays?: string; format: string; explain?: boolean; title?: string },
      ) => run(() => check(files, options)),
    );
  program
    .command('tally')
    .description(
      "Count each plan's recommendations by category, compare with its stated tally, and count all the plans together.",
    )
    .argument('<file...>', FILES)
    .option('--as-of <date>', 'also count actions by status as of this date (YYYY-MM-DD or today)')
    .option('--due-soon-days <days>', `with --as-of, ${DUE_SOON}`)
    .option('--format <format>', 'text or json', 'text')
    .option('--title <text>', TITLE)
    .addHelpText('after', '\nExample:\n  action-plan tally plans/*.json --as-of today')
    .action((files: string[], options: { asOf?: string; dueSoonDays?: string; format: string; title?: string }) =>
      run(() => tally(files, options)),
    );
  program
    .command('overdue')
    .description("List each plan's overdue actions, most overdue first, and with --due-soon-days what falls due soon.")
    .argument('<file...>', FILES)
    .requiredOption('--as-of <date>', 'the date to judge as of (YYYY-MM-DD or today)')
    .option('--due-soon-days <days>', 'also list what falls due within this many days')
    .addOption(new Option('--within <days>').hideHelp())
    .option('--format <format>', 'text or json', 'text')
    .option('--title <text>', TITLE)
    .addHelpText('after', '\nExample:\n  action-plan overdue plan.json --as-of today --due-soon-days 30')
    .action(
      (
        files: string[],
        options: { asOf: string; dueSoonDays?: string; within?: string; format: string; title?: string },
      ) => {
        const { within, ...rest } = options;
        const dueSoonDays = rest.dueSoonDays ?? within;
        run(() => overdue(files, { ...rest, ...(dueSoonDays === undefined ? {} : { dueSoonDays }) }));
      },
    );
  program
    .command('convert')
    .description(
      'Write a plan as canonical JSON, CSV, Markdown or HTML: to standard output, or to --out.\n' +
        'Several files are each written beside their file, with the extension of the format.',
    )
    .argument('<file...>', FILES)
    .option('--to <format>', "json, csv, md (or markdown) or html; unless given, told by --out's extension")
    .option(
      '--out <path>',
      'write to this file (.json, .csv, .md, .markdown, .html or .htm) instead of standard output',
    )
    .option('--fragment', 'for HTML, a fragment to embed instead of a complete page')
    .option('--title <text>', TITLE)
    .addHelpText(
      'after',
      '\nExamples:\n  action-plan convert plan.txt --out plan.html\n  action-plan convert plan.csv --title "Serious Further Offence Annual Report 2024-2025" --to md\n  action-plan convert plans/*.txt --to json',
    )
    .action((files: string[], options: { to?: string; out?: string; fragment?: boolean; title?: string }) =>
      run(() => convert(files, options)),
    );

  if (argv.length === 0) {
    // No command: a line of usage and where to read more, not the whole help.
    process.stderr.write(
      `${USAGE}\nRun 'action-plan --help' for the commands, or 'action-plan COMMAND --help' for one.\n`,
    );
    return 2;
  }
  let result: CommandResult | undefined;
  try {
    program.parse(argv as string[], { from: 'user' });
    result = await pending;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Asked-for help and the version end well; any other misuse (no command given included) was
      // already said on standard error.
      return error.exitCode === 0 ? 0 : 2;
    }
    // One line, whatever the message holds: a line break in a value cannot cut it short.
    process.stderr.write(`action-plan: ${visible(describeError(error))}\n`);
    return 2;
  }
  if (result === undefined) return 0;
  writeOut(result.stdout, result.stderr, result.code);
  return result.code;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
