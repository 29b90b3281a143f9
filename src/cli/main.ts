import { readFileSync } from 'node:fs';
import type { CommandResult } from './_internal/report.js';
import { check, type CheckCommandOptions } from './check.js';
import { convert, type ConvertCommandOptions } from './convert.js';
import { overdue, type OverdueCommandOptions } from './overdue.js';
import { tally, type TallyCommandOptions } from './tally.js';
import { describeError } from '../_lib/describeError.js';
import {
  HELP_FLAGS,
  commandHelp,
  commandItem,
  isOptionLike,
  parseCommandArgs,
  type CommandSpec,
  type OptionSpec,
} from './_internal/args.js';
import { DEFAULT_ZONE } from './_internal/asOf.js';
import { formatHelp, helpWidth, type HelpText } from './_internal/help.js';
import { suggestion } from './_internal/suggest.js';
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

const PROGRAM = 'action-plan';
const USAGE = 'Usage: action-plan check|tally|overdue|convert FILE... [options]';
const FILES =
  'plans: JSON, CSV, published text, HTML, Word (.docx), OpenDocument (.odt) or PDF, recognised by content; or - for standard input';
const DESCRIPTION =
  'Check, tally, monitor and convert inspectorate action plans.\n' +
  'Each FILE is canonical JSON, CSV, published text, HTML, Word (.docx), OpenDocument (.odt) or PDF (with pdfjs-dist installed), recognised by its content, or - for standard input.\n' +
  'Exit codes: 0 done, 1 check found errors, 2 a usage problem or a file that cannot be read as a plan.';
const DUE_SOON = 'how many days before its deadline an action counts as due soon (30 unless given)';

/** The formats `convert --to` writes, as its help and its messages name them. */
const TO_FORMATS = 'json, csv, md (or markdown), html or svg';

const TITLE: OptionSpec = {
  name: 'title',
  value: '<text>',
  description:
    'the title of a plan whose file carries none (CSV): one file only; a CSV file is otherwise titled by its name',
};
const ZONE: OptionSpec = {
  name: 'zone',
  value: '<zone>',
  description: 'with --as-of today, the time zone whose date it is: an IANA name',
  default: DEFAULT_ZONE,
};
const format = (description: string): OptionSpec => ({
  name: 'format',
  value: '<format>',
  description,
  default: 'text',
});

/** A command: what its help says, and what it does with its files and options. */
interface Command extends CommandSpec {
  readonly run: (files: string[], options: Readonly<Record<string, string | true>>) => Promise<CommandResult>;
}

/** The options of a command as its module takes them: `as-of` is `asOf`. */
function camelCased<Options>(values: Readonly<Record<string, string | true>>): Options {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), value]),
  ) as Options;
}

const COMMANDS: readonly Command[] = [
  {
    name: 'check',
    description:
      'Check plans against the rules of the action-plan template, listing every issue with its line.\n' +
      'Exits 1 when a plan has errors, 2 when a file cannot be read as a plan.',
    options: [
      { name: 'as-of', value: '<date>', description: 'also judge progress as of this date (YYYY-MM-DD or today)' },
      ZONE,
      { name: 'due-soon-days', value: '<days>', description: `with --as-of, ${DUE_SOON}` },
      format('text, json (one document) or sarif (one log, for CI)'),
      { name: 'explain', description: "under each finding, the rule's description and how to fix it" },
      TITLE,
    ],
    after:
      '\nExamples:\n  action-plan check plan.txt --explain\n  action-plan check plans/*.json --format sarif > action-plan.sarif',
    run: (files, options) => check(files, camelCased<CheckCommandOptions>(options)),
  },
  {
    name: 'tally',
    description:
      "Count each plan's recommendations by category, compare with its stated tally, and count all the plans together.",
    options: [
      {
        name: 'as-of',
        value: '<date>',
        description: 'also count actions by status as of this date (YYYY-MM-DD or today)',
      },
      ZONE,
      { name: 'due-soon-days', value: '<days>', description: `with --as-of, ${DUE_SOON}` },
      format('text or json'),
      TITLE,
    ],
    after: '\nExample:\n  action-plan tally plans/*.json --as-of today',
    run: (files, options) => tally(files, camelCased<TallyCommandOptions>(options)),
  },
  {
    name: 'overdue',
    description: "List each plan's overdue actions, most overdue first, and with --due-soon-days what falls due soon.",
    options: [
      {
        name: 'as-of',
        value: '<date>',
        description: 'the date to judge as of (YYYY-MM-DD or today)',
        required: true,
      },
      ZONE,
      { name: 'due-soon-days', value: '<days>', description: 'also list what falls due within this many days' },
      { name: 'within', value: '<days>', description: 'another name for --due-soon-days', hidden: true },
      format('text or json'),
      TITLE,
    ],
    after: '\nExample:\n  action-plan overdue plan.json --as-of today --due-soon-days 30',
    run: (files, options) => {
      const { within, ...rest } = camelCased<OverdueCommandOptions & { within?: string }>(options);
      const dueSoonDays = rest.dueSoonDays ?? within;
      return overdue(files, { ...rest, ...(dueSoonDays === undefined ? {} : { dueSoonDays }) });
    },
  },
  {
    name: 'convert',
    description:
      'Write a plan as canonical JSON, CSV, Markdown, HTML or its timeline picture (SVG): to standard output, or to --out.\n' +
      'Several files are each written beside their file, with the extension of the format.',
    options: [
      { name: 'to', value: '<format>', description: `${TO_FORMATS}; unless given, told by --out's extension` },
      {
        name: 'out',
        value: '<path>',
        description: 'write to this file (.json, .csv, .md, .markdown, .html, .htm or .svg) instead of standard output',
      },
      {
        name: 'as-of',
        value: '<date>',
        description:
          'for svg, the date the timeline judges progress as of (YYYY-MM-DD or today); for html, also add the timeline after the table',
      },
      ZONE,
      { name: 'due-soon-days', value: '<days>', description: `with --as-of, ${DUE_SOON}` },
      { name: 'fragment', description: 'for HTML, a fragment to embed instead of a complete page' },
      TITLE,
    ],
    after:
      '\nExamples:\n  action-plan convert plan.txt --out plan.html\n  action-plan convert plan.csv --title "Serious Further Offence Annual Report 2024-2025" --to md\n  action-plan convert plans/*.txt --to json\n  action-plan convert plan.pdf --to svg --as-of today > timeline.svg',
    run: (files, options) => convert(files, camelCased<ConvertCommandOptions>(options)),
  },
];

/** The options of the program itself, besides `--help`. */
const GLOBAL_OPTIONS = ['--version', '--help'];
const VERSION_FLAGS = ['-v', '--version'];

/** What the program's help says. */
const PROGRAM_HELP: HelpText = {
  usage: `${PROGRAM} [options] [command]`,
  description: DESCRIPTION,
  sections: [
    {
      heading: 'Options:',
      items: [
        { term: '-v, --version', description: 'print the version' },
        { term: '-h, --help', description: 'display help for command' },
      ],
    },
    {
      heading: 'Commands:',
      items: [...COMMANDS.map(commandItem), { term: 'help [command]', description: 'display help for command' }],
    },
  ],
};

/** Prints a help text: on standard output when asked for (exit 0), on standard error as a usage problem (2). */
function printHelp(help: HelpText, asked: boolean): number {
  const stream = asked ? process.stdout : process.stderr;
  stream.write(formatHelp(help, helpWidth(stream)));
  return asked ? 0 : 2;
}

/** Says a usage problem in one line (and a line of suggestion), and exits 2. */
function usageError(message: string, hint = ''): number {
  // Every argument is made visible: a control character in one reaches the terminal escaped.
  process.stderr.write(`${PROGRAM}: ${visible(message)}${hint}\n`);
  return 2;
}

/**
 * The `action-plan` command: check, tally, list what is overdue, and convert action plans.
 * Exit codes: 0 (done; for `check`, no errors), 1 (`check` found errors), 2 (a usage or input
 * problem). The arguments are read here; what each command does is in its own module.
 */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0) {
    // No command: a line of usage and where to read more, not the whole help.
    process.stderr.write(
      `${USAGE}\nRun 'action-plan --help' for the commands, or 'action-plan COMMAND --help' for one.\n`,
    );
    return 2;
  }
  // The version is asked for wherever it stands, before `--`.
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).some((arg) => VERSION_FLAGS.includes(arg))) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  // `action-plan -- check plan.json`: everything after `--` is a command and its files.
  const terminated = argv[0] === '--';
  const args = terminated ? argv.slice(1) : argv;
  const name = args[0];
  if (name === undefined) return printHelp(PROGRAM_HELP, false);
  if (!terminated && isOptionLike(name)) {
    if (args.some((arg) => HELP_FLAGS.includes(arg))) return printHelp(PROGRAM_HELP, true);
    return usageError(`unknown option '${name}'`, name.startsWith('--') ? suggestion(name, GLOBAL_OPTIONS) : '');
  }
  const rest = terminated ? ['--', ...args.slice(1)] : args.slice(1);
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    if (name === 'help') {
      // `help` alone, or `help COMMAND`; `help` of something that is no command is a usage problem.
      const next = args[1] === '--' && !terminated ? args[2] : args[1];
      const of = next !== undefined && (terminated || args[1] === '--' || !isOptionLike(next)) ? next : undefined;
      if (of === undefined) return printHelp(PROGRAM_HELP, true);
      const named = COMMANDS.find((c) => c.name === of);
      return named === undefined ? printHelp(PROGRAM_HELP, false) : printHelp(commandHelp(PROGRAM, named, FILES), true);
    }
    // Help asked for after the first option (and not after a `--` that ends the options).
    const firstOption = rest.findIndex(isOptionLike);
    if (
      firstOption !== -1 &&
      rest[firstOption] !== '--' &&
      rest.slice(firstOption).some((arg) => HELP_FLAGS.includes(arg))
    ) {
      return printHelp(PROGRAM_HELP, true);
    }
    return usageError(`unknown command '${name}'`, suggestion(name, COMMANDS.map((c) => c.name).concat('help')));
  }
  const parsed = parseCommandArgs(command, rest, GLOBAL_OPTIONS);
  if (parsed.kind === 'help') return printHelp(commandHelp(PROGRAM, command, FILES), true);
  if (parsed.kind === 'error') return usageError(parsed.message, parsed.suggestion);
  let result: CommandResult;
  try {
    result = await command.run([...parsed.files], parsed.values);
  } catch (error) {
    // One line, whatever the message holds: a line break in a value cannot cut it short.
    return usageError(describeError(error));
  }
  writeOut(result.stdout, result.stderr, result.code);
  return result.code;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
