import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fromCsv } from '../../formats/csv/fromCsv.js';
import { fromJson } from '../../formats/json/fromJson.js';
import { fromPublishedText } from '../../formats/text/fromPublishedText.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { IssuePath, SourceLocation } from '../../model/Issue.js';
import type { Issue } from '../../formats/issues/Issue.js';

/** The formats a plan file can be in. */
export type InputFormat = 'json' | 'csv' | 'text';

/** A plan read from a file, with the issues of reading it. */
export interface ReadPlan {
  readonly plan: ActionPlan;
  readonly issues: readonly Issue[];
  readonly format: InputFormat;
  /** Where a path of the plan stands in the file. */
  readonly locate: (path: IssuePath) => SourceLocation | undefined;
}

/** A problem with the input that stops the command (exit code 2, one line on stderr). */
export function inputError(message: string): Error {
  const error = new Error(message);
  error.name = 'InputError';
  return error;
}

/** Recognises the format of a plan by its content, the file's extension breaking a tie. */
export function detectFormat(text: string, file: string): InputFormat {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  const firstLine = (start.split(/\r\n|\r|\n/, 1)[0] ?? '').toLowerCase();
  const columns = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (columns.includes('ref') && columns.includes('recommendation') && columns.includes('category')) return 'csv';
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'csv';
  return 'text';
}

/** Reads a file (or standard input for `-`). */
export function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it could not be read';
    throw inputError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
  }
}

/** Reads a plan from a file in any of the formats, or throws an input error when it cannot. */
export function readPlan(file: string): ReadPlan {
  const text = readInput(file);
  const format = detectFormat(text, file);
  // For a plan that carries no title (CSV, or a text without a title line): the file's name, or
  // "standard input". A title the text names always wins.
  const title = file === '-' ? 'standard input' : basename(file, extname(file));
  const result =
    format === 'json'
      ? fromJson(text)
      : format === 'csv'
        ? fromCsv(text, { title })
        : fromPublishedText(text, { title });
  if (!result.ok) {
    const first = result.issues.find((issue) => issue.severity === 'error') ?? result.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
    const name = file === '-' ? 'standard input' : file;
    throw inputError(
      `${name} is not a readable action plan (${format}): ${first?.message ?? 'no plan found'}${where}${more}`,
    );
  }
  return { plan: result.value, issues: result.issues, format, locate: result.locate };
}
