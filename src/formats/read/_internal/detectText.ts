import type { SourceFormat } from '../issues.js';

/** A text format, as the content tells it. */
export interface TextFormat {
  /** The format to read the text as; `semicolon-csv` is CSV split by semicolons, which is named, not read. */
  readonly format: 'json' | 'csv' | 'text' | 'html' | 'semicolon-csv';
  /** Whether the content alone says so (`{`, a CSV heading row, HTML markup), rather than nothing at all. */
  readonly certain: boolean;
}

/** The columns of a first line, split at a separator, lower case and unquoted. */
const columnsOf = (line: string, separator: string): string[] =>
  line.split(separator).map((c) => c.trim().replace(/^"|"$/g, ''));

const isCsvHeading = (columns: readonly string[]): boolean =>
  columns.includes('ref') && columns.includes('recommendation') && columns.includes('category');

/** Markup that only a web page starts with: a doctype, `<html>`, `<head>`, `<body>`. */
const PAGE = /^<(?:!doctype\s+html\b|html\b|head\b|body\b)/i;

/** An XML declaration, then the start of an XHTML page. */
const XHTML = /^<\?xml\b[^<]{0,200}>\s*(?:<!doctype\s+html\b|<html\b)/i;

/** Elements a fragment of HTML starts with. */
const FRAGMENT = /^<(?:table|section|div|main|article|h[1-6]|dl|meta|title|style|p|ul|ol)\b/i;

/** The most comments skipped before the first element. */
const MAX_COMMENTS = 100;

/** A text from its first character that is neither white space nor in a comment. */
function afterComments(text: string): string {
  let start = text.trimStart();
  for (let i = 0; i < MAX_COMMENTS && start.startsWith('<!--'); i += 1) {
    const end = start.indexOf('-->', 4);
    if (end < 0) return '';
    start = start.slice(end + 3).trimStart();
  }
  return start;
}

/** A table, a row or a cell of HTML. */
const TABLE = /<(?:table|tr|td|th)\b/i;

/**
 * What a text is, by its content: JSON (it starts with `{`), CSV (its first line has the columns
 * `ref`, `recommendation` and `category`, split by commas or semicolons), HTML (a page, or a
 * fragment of markup that holds a table), or else published text. A published text's cells hold
 * `<p>` and `<ul>` fragments, but never a table.
 *
 * @param text - The text, without a byte order mark.
 * @param named - The format the file's name or media type stands for, which decides only when the
 * content does not: `json`, `csv` and `html` then read the text as that.
 */
export function detectText(text: string, named: SourceFormat | undefined): TextFormat {
  const start = text.trimStart();
  if (start.startsWith('{')) return { format: 'json', certain: true };
  const end = start.search(/\r|\n/);
  const firstLine = (end < 0 ? start : start.slice(0, end)).toLowerCase();
  if (isCsvHeading(columnsOf(firstLine, ','))) return { format: 'csv', certain: true };
  if (isCsvHeading(columnsOf(firstLine, ';'))) return { format: 'semicolon-csv', certain: true };
  const markup = afterComments(start);
  if (PAGE.test(markup) || XHTML.test(markup) || (FRAGMENT.test(markup) && TABLE.test(markup)))
    return { format: 'html', certain: true };
  if (named === 'json' || named === 'html') return { format: named, certain: false };
  if (named === 'csv') {
    const semicolons = firstLine.includes(';') && !firstLine.includes(',');
    return { format: semicolons ? 'semicolon-csv' : 'csv', certain: false };
  }
  return { format: 'text', certain: false };
}
