import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { check, convert, overdue, tally, type CommandResult } from './commands.js';

/** The package's version, from the package.json beside the built CLI. */
function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

/**
 * The `action-plan` command: check, tally, list what is overdue, and convert action plans.
 * Exit codes: 0 (done; for `check`, no errors), 1 (`check` found errors), 2 (a usage or input
 * problem, said in one line on standard error).
 */
function main(argv: readonly string[]): number {
  let result: CommandResult | undefined;
  const run = (command: () => CommandResult): void => {
    result = command();
  };
  const program = new Command()
    .name('action-plan')
    .description(
      'Check, tally, monitor and convert inspectorate action plans.\n' +
        'FILE is canonical JSON, CSV or published text (recognised by its content), or - for standard input.',
    )
    .version(version(), '-v, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      outputError: (message, write) => write(`action-plan: ${message.replace(/^error: /, '').trim()}\n`),
    })
    .showSuggestionAfterError(true);
  program
    .command('check')
    .description('Check a plan against the rules of the action-plan template. Exits 1 when there are errors.')
    .argument('<file>', 'the plan: JSON, CSV or published text, or - for standard input')
    .option('--as-of <date>', 'also judge progress as of this date (YYYY-MM-DD or today)')
    .option('--format <format>', 'text, json or sarif', 'text')
    .action((file: string, options: { asOf?: string; format: string }) => run(() => check(file, options)));
  program
    .command('tally')
    .description("Count a plan's recommendations by category and compare with its stated tally.")
    .argument('<file>', 'the plan: JSON, CSV or published text, or - for standard input')
    .option('--as-of <date>', 'also count actions by status as of this date (YYYY-MM-DD or today)')
    .option('--format <format>', 'text or json', 'text')
    .action((file: string, options: { asOf?: string; format: string }) => run(() => tally(file, options)));
  program
    .command('overdue')
    .description('List the actions that are overdue, most overdue first.')
    .argument('<file>', 'the plan: JSON, CSV or published text, or - for standard input')
    .requiredOption('--as-of <date>', 'the date to judge as of (YYYY-MM-DD or today)')
    .option('--within <days>', 'also list what falls due within this many days')
    .option('--format <format>', 'text or json', 'text')
    .action((file: string, options: { asOf: string; within?: string; format: string }) =>
      run(() => overdue(file, options)),
    );
  program
    .command('convert')
    .description('Write a plan as canonical JSON, CSV, Markdown or HTML.')
    .argument('<file>', 'the plan: JSON, CSV or published text, or - for standard input')
    .requiredOption('--to <format>', 'json, csv, md or html')
    .option('--out <path>', 'write to this file instead of standard output')
    .option('--fragment', 'with --to html, write a fragment to embed instead of a complete page')
    .action((file: string, options: { to: string; out?: string; fragment?: boolean }) =>
      run(() => convert(file, options)),
    );

  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Asked-for help and the version end well; any other misuse (no command given included) was
      // already said on standard error.
      return error.exitCode === 0 ? 0 : 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`action-plan: ${message.split('\n')[0]}\n`);
    return 2;
  }
  if (result === undefined) return 0;
  process.stdout.write(result.stdout);
  return result.code;
}

process.exitCode = main(process.argv.slice(2));
