/** A record of a CSV text, with the line it starts on and where each of its fields starts. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
  /** The 1-based line of each field's first character (a quoted field may hold line breaks). */
  readonly lines: number[];
  /** The 1-based column of each field's first character. */
  readonly columns: number[];
}

/** Where a CSV text breaks RFC 4180. */
export interface CsvSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly detail: string;
}

/** Writes one field: quoted when it holds a quote, a comma or a line break, quotes doubled. */
export function writeField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Reads the records of a CSV text (RFC 4180; LF or CR LF line breaks; a final line break or none).
 * Linear in the text's length.
 */
export function readRecords(text: string): { records: CsvRecord[] } | { error: CsvSyntaxError } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let lines: number[] = [];
  let columns: number[] = [];
  let field = '';
  let line = 1;
  let lineStart = 0;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  let atFieldStart = true;
  let fieldLine = 1;
  let fieldColumn = 1;
  while (i < n) {
    const ch = text[i] as string;
    if (atFieldStart) {
      fieldLine = line;
      fieldColumn = i - lineStart + 1;
    }
    if (atFieldStart && ch === '"') {
      // A quoted field runs to the next quote that is not doubled.
      const openLine = line;
      const openColumn = i - lineStart + 1;
      i += 1;
      for (;;) {
        const next = text.indexOf('"', i);
        const chunk = next === -1 ? text.slice(i) : text.slice(i, next);
        for (let k = 0; k < chunk.length; k += 1) {
          if (chunk[k] === '\n' || (chunk[k] === '\r' && chunk[k + 1] !== '\n')) {
            line += 1;
            lineStart = i + k + 1;
          }
        }
        if (next === -1)
          return { error: { line: openLine, column: openColumn, detail: 'a quoted field is not closed' } };
        field += chunk;
        if (text[next + 1] === '"') {
          field += '"';
          i = next + 2;
          continue;
        }
        i = next + 1;
        break;
      }
      const after = text[i];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
        return { error: { line, column: i - lineStart + 1, detail: 'text follows a closing quote' } };
      }
      atFieldStart = false;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      lines.push(fieldLine);
      columns.push(fieldColumn);
      field = '';
      atFieldStart = true;
      i += 1;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      fields.push(field);
      lines.push(fieldLine);
      columns.push(fieldColumn);
      records.push({ line: recordLine, fields, lines, columns });
      fields = [];
      lines = [];
      columns = [];
      field = '';
      atFieldStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      lineStart = i;
      recordLine = line;
      continue;
    }
    if (ch === '"') {
      return { error: { line, column: i - lineStart + 1, detail: 'a quote inside an unquoted field' } };
    }
    // Take the run of ordinary characters at once.
    let j = i + 1;
    while (j < n) {
      const c = text[j];
      if (c === ',' || c === '\n' || c === '\r' || c === '"') break;
      j += 1;
    }
    field += text.slice(i, j);
    atFieldStart = false;
    i = j;
  }
  if (!atFieldStart || field !== '' || fields.length > 0) {
    if (atFieldStart) {
      fieldLine = line;
      fieldColumn = i - lineStart + 1;
    }
    fields.push(field);
    lines.push(fieldLine);
    columns.push(fieldColumn);
    records.push({ line: recordLine, fields, lines, columns });
  }
  return { records };
}
