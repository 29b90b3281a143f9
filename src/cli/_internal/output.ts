import type { Severity } from '../../model/Issue.js';

/** Whether to colour text for this stream: only a terminal, and never with NO_COLOR set. */
export function useColour(stream: { isTTY?: boolean }): boolean {
  return stream.isTTY === true && (process.env.NO_COLOR ?? '') === '' && process.env.TERM !== 'dumb';
}

const CODES = { red: 31, yellow: 33, cyan: 36, bold: 1, dim: 2 } as const;

/** Wraps text in an ANSI colour when colour is on. */
export function paint(on: boolean, colour: keyof typeof CODES, text: string): string {
  return on ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}

/** Colours the severity words of a report from formatIssues. */
export function paintSeverities(on: boolean, report: string): string {
  if (!on) return report;
  const colour: Record<Severity, keyof typeof CODES> = { error: 'red', warning: 'yellow', info: 'cyan' };
  return report.replace(
    /^ {2}(error|warning|info)(?= )/gm,
    (_, severity: Severity) => `  ${paint(true, colour[severity], severity)}`,
  );
}

/** Lays rows out as an aligned table with a heading row and a rule. */
export function table(
  columns: readonly (readonly [string, 'left' | 'right'])[],
  rows: readonly (readonly string[])[],
): string {
  // A loop, not Math.max(...lengths): a table may have more rows than a call takes arguments.
  const widths = columns.map(([title], i) => rows.reduce((w, row) => Math.max(w, (row[i] ?? '').length), title.length));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (columns[i]?.[1] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns.map(([title]) => title)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
