import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { toCsv } from '../formats/csv/toCsv.js';
import { toHtml } from '../formats/html/toHtml.js';
import { toJson } from '../formats/json/toJson.js';
import { toMarkdown } from '../formats/markdown/toMarkdown.js';
import { toTimelineSvg } from '../formats/svg/toTimelineSvg.js';
import type { ActionPlan } from '../model/ActionPlan.js';
import { readAsOf, readDays, readZone } from './_internal/asOf.js';
import { inputError } from './_internal/readPlan.js';
import { visible } from './_internal/terminal.js';
import { readFiles, unreadOnStderr, type CommandResult, type ReadOptions } from './_internal/report.js';

/** The options of `convert`, as given on the command line. */
export interface ConvertCommandOptions extends ReadOptions {
  readonly to?: string;
  readonly out?: string;
  readonly fragment?: boolean;
  /** The date to draw progress as of: needed by `--to svg`, and adds the picture to HTML. */
  readonly asOf?: string;
  /** The IANA time zone whose date `today` is; Europe/London unless given. */
  readonly zone?: string;
  readonly dueSoonDays?: string;
}

/** The formats a plan can be written in. */
type OutputFormat = 'json' | 'csv' | 'md' | 'html' | 'svg';

/** What `--to` takes, and the format each name stands for. */
const NAMES: Readonly<Record<string, OutputFormat>> = {
  json: 'json',
  csv: 'csv',
  md: 'md',
  markdown: 'md',
  html: 'html',
  svg: 'svg',
};

/** The extensions of `--out` the format is told from. */
const EXTENSIONS: Readonly<Record<string, OutputFormat>> = {
  '.json': 'json',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.svg': 'svg',
};

/** The extension a plan converted beside its file is written with. */
const EXTENSION_OF: Readonly<Record<OutputFormat, string>> = {
  json: '.json',
  csv: '.csv',
  md: '.md',
  html: '.html',
  svg: '.svg',
};

/** The format to write: `--to`, or else the extension of `--out`. */
function outputFormat(options: ConvertCommandOptions): OutputFormat {
  if (options.to !== undefined) {
    const name = options.to.toLowerCase();
    const named = Object.hasOwn(NAMES, name) ? NAMES[name] : undefined;
    if (named === undefined)
      throw inputError(`--to must be json, csv, md (or markdown), html or svg (received ${options.to})`);
    return named;
  }
  if (options.out === undefined)
    throw inputError('say what to write: --to json, csv, md, html or svg, or --out with one of those extensions');
  const ext = extname(options.out).toLowerCase();
  const told = EXTENSIONS[ext];
  if (told === undefined) {
    throw inputError(
      `cannot tell the format from ${ext === '' ? `--out ${options.out}, which has no extension` : `the extension ${ext} of --out`}: give --to json, csv, md, html or svg`,
    );
  }
  return told;
}

/** Writes a text to a file, or says why it cannot. */
function write(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'no such folder'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it could not be written';
    throw inputError(`cannot write ${visible(path)}: ${reason}`);
  }
}

/**
 * `convert FILE... [--to json|csv|md|markdown|html|svg] [--out PATH] [--fragment] [--as-of DATE]
 * [--due-soon-days N] [--title TEXT]`: writes a plan in another format, to standard output or to
 * `--out` (whose extension tells the format when `--to` is not given). Several files are each
 * written beside their file, with the format's extension. The timeline picture (`svg`) needs
 * `--as-of`; with HTML, `--as-of` adds the picture after the table. Exits 2 when a file cannot be
 * read as a plan (said on standard error).
 */
export async function convert(files: readonly string[], options: ConvertCommandOptions): Promise<CommandResult> {
  const to = outputFormat(options);
  if (options.fragment === true && to !== 'html')
    throw inputError('--fragment applies only to HTML output (--to html, or --out with .html)');
  const several = files.length > 1;
  if (several && options.out !== undefined) {
    throw inputError(
      '--out names one file, and several plans were given: leave --out out to write each plan beside its file',
    );
  }
  if (several && files.includes('-'))
    throw inputError('standard input (-) cannot be converted with other files: convert it on its own');
  if (to === 'svg' && options.asOf === undefined)
    throw inputError('--to svg draws progress as of a date: give --as-of (YYYY-MM-DD or today)');
  if (options.asOf !== undefined && to !== 'svg' && to !== 'html')
    throw inputError('--as-of applies only to the timeline picture: --to svg, or --to html to add it to the page');
  const zone = readZone(options.zone);
  const asOf = options.asOf === undefined ? undefined : readAsOf(options.asOf, zone);
  const dueSoonDays = options.dueSoonDays === undefined ? undefined : readDays(options.dueSoonDays, '--due-soon-days');
  const timeline = (plan: ActionPlan): string | undefined =>
    asOf === undefined ? undefined : toTimelineSvg(plan, dueSoonDays === undefined ? { asOf } : { asOf, dueSoonDays });
  const render = (plan: ActionPlan): string => {
    if (to === 'json') return toJson(plan);
    if (to === 'csv') return toCsv(plan);
    if (to === 'md') return toMarkdown(plan);
    const picture = timeline(plan);
    if (to === 'svg') return picture as string;
    const standalone = options.fragment !== true;
    return toHtml(plan, picture === undefined ? { standalone } : { standalone, timeline: picture });
  };
  const reads = await readFiles(files, options);
  const code = reads.every((read) => read.ok) ? 0 : 2;
  let stderr = unreadOnStderr(reads);
  if (!several) {
    const [read] = reads;
    if (read === undefined || !read.ok) return { stdout: '', stderr, code: 2 };
    const text = render(read.plan);
    if (options.out === undefined) return { stdout: text, stderr, code };
    write(options.out, text);
    return { stdout: '', stderr, code };
  }
  const written: string[] = [];
  let refused = false;
  for (const read of reads) {
    if (!read.ok) continue;
    const path = join(dirname(read.file), `${basename(read.file, extname(read.file))}${EXTENSION_OF[to]}`);
    if (resolve(path) === resolve(read.file)) {
      stderr += `action-plan: ${visible(read.file)} is already ${to === 'md' ? 'Markdown' : to.toUpperCase()}: not written over\n`;
      refused = true;
      continue;
    }
    write(path, render(read.plan));
    written.push(`${visible(read.file)} -> ${visible(path)}\n`);
  }
  return { stdout: written.join(''), stderr, code: refused ? 2 : code };
}
