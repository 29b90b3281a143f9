import { parseArgs } from 'node:util';
import type { HelpText } from './help.js';
import { suggestion } from './suggest.js';

// Reading a command's arguments with `node:util`'s `parseArgs`, with the conventions of common
// command-line tools: options and files in any order; `--option value` or `--option=value`; an
// option's value taken as given even when it starts with a dash (`--title -`); `--` ends the
// options; a later option overrides an earlier one; a negative number is a file name, not an
// option.

/** An option of a command. */
export interface OptionSpec {
  /** The long name, without `--`: `as-of`. */
  readonly name: string;
  /** The placeholder of its value (`<date>`), for an option that takes one. */
  readonly value?: string;
  readonly description: string;
  /** The value it has unless given, shown in the help. */
  readonly default?: string;
  /** Whether the command cannot run without it. */
  readonly required?: boolean;
  /** Left out of the help and of suggestions: another name kept for old scripts. */
  readonly hidden?: boolean;
}

/** A command, with what its help says. */
export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  /** Examples, shown at the end of the help. */
  readonly after: string;
}

/** What the arguments of a command ask for. */
export type CommandArgs =
  | {
      readonly kind: 'run';
      readonly files: readonly string[];
      readonly values: Readonly<Record<string, string | true>>;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string; readonly suggestion: string };

/** The help options, which every command takes. */
export const HELP_FLAGS: readonly string[] = ['-h', '--help'];
const HELP = { term: '-h, --help', description: 'display help for command' };

/** An argument that reads as an option: a dash and more. */
export function isOptionLike(arg: string): boolean {
  return arg.length > 1 && arg.startsWith('-');
}

/** A negative number, which is an argument rather than an option. */
const NEGATIVE_NUMBER = /^-(?:\d+|\d*\.\d+)(?:e[+-]?\d+)?$/;

/** An option as its help and its messages name it: `--as-of <date>`. */
function flags(option: OptionSpec): string {
  return option.value === undefined ? `--${option.name}` : `--${option.name} ${option.value}`;
}

/**
 * Reads the arguments that follow a command's name. `globalOptions` are the options the whole
 * program takes, which an unknown option may be a slip for.
 */
export function parseCommandArgs(
  command: CommandSpec,
  args: readonly string[],
  globalOptions: readonly string[],
): CommandArgs {
  const byName = new Map(command.options.map((option) => [option.name, option]));
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(
      command.options.map((option) => [option.name, { type: option.value === undefined ? 'boolean' : 'string' }]),
    ) as Record<string, { type: 'string' | 'boolean' }>,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const files: string[] = [];
  const values: Record<string, string | true> = {};
  const unknown: string[] = [];
  const seen = new Set<number>();
  let missingValue: OptionSpec | undefined;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      files.push(token.value);
      continue;
    }
    if (token.kind !== 'option' || seen.has(token.index)) continue;
    // One argument may give several tokens (`-ex` is `-e` and `-x`): it is judged whole.
    seen.add(token.index);
    const raw = args[token.index] as string;
    const option = token.rawName.startsWith('--') ? byName.get(token.name) : undefined;
    if (NEGATIVE_NUMBER.test(raw)) {
      files.push(raw);
    } else if (option === undefined || (option.value === undefined && token.inlineValue === true)) {
      unknown.push(raw);
    } else if (option.value === undefined) {
      values[option.name] = true;
    } else if (token.value === undefined) {
      missingValue = option;
    } else {
      values[option.name] = token.value;
    }
  }
  const error = (message: string, hint = ''): CommandArgs => ({ kind: 'error', message, suggestion: hint });
  if (missingValue !== undefined) return error(`option '${flags(missingValue)}' argument missing`);
  if (unknown.some((arg) => HELP_FLAGS.includes(arg))) return { kind: 'help' };
  const absent = command.options.find((option) => option.required === true && values[option.name] === undefined);
  if (absent !== undefined) return error(`required option '${flags(absent)}' not specified`);
  const first = unknown[0];
  if (first !== undefined) {
    const names = [
      ...command.options.filter((option) => option.hidden !== true).map((option) => `--${option.name}`),
      '--help',
      ...globalOptions,
    ];
    return error(`unknown option '${first}'`, first.startsWith('--') ? suggestion(first, names) : '');
  }
  if (files.length === 0) return error("missing required argument 'file'");
  for (const option of command.options) {
    if (option.default !== undefined && values[option.name] === undefined) values[option.name] = option.default;
  }
  return { kind: 'run', files, values };
}

/** What the help of a command says. */
export function commandHelp(program: string, command: CommandSpec, file: string): HelpText {
  return {
    usage: `${program} ${command.name} [options] <file...>`,
    description: command.description,
    sections: [
      { heading: 'Arguments:', items: [{ term: 'file', description: file }] },
      {
        heading: 'Options:',
        items: [
          ...command.options
            .filter((option) => option.hidden !== true)
            .map((option) => ({
              term: flags(option),
              description:
                option.default === undefined
                  ? option.description
                  : `${option.description} (default: ${JSON.stringify(option.default)})`,
            })),
          HELP,
        ],
      },
    ],
    after: command.after,
  };
}

/** The line of a command in the program's help. */
export function commandItem(command: CommandSpec): { term: string; description: string } {
  return { term: `${command.name} [options] <file...>`, description: command.description };
}
