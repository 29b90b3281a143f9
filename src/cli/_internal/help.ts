// The help the command prints: a usage line, a description, then lists of terms (arguments,
// options, commands) each with its description, aligned in a column and wrapped to the width of
// the terminal (80 columns when the output is not a terminal).

/** A term of a help list and what it means: `--as-of <date>` and its description. */
export interface HelpItem {
  readonly term: string;
  readonly description: string;
}

/** A list of a help text under its heading (`Options:`). */
export interface HelpSection {
  readonly heading: string;
  readonly items: readonly HelpItem[];
}

/** What a help text says, before it is laid out. */
export interface HelpText {
  readonly usage: string;
  readonly description: string;
  readonly sections: readonly HelpSection[];
  /** Text after the lists, as written (examples). */
  readonly after?: string;
}

/** Narrower than this, a description is not wrapped at all (it would be a column of words). */
const MIN_WRAP = 40;
const INDENT = '  ';
const GAP = 2;

/** Wraps text at white space to lines of at most `width` characters, keeping its own line breaks. */
export function wrap(text: string, width: number): string {
  if (width < MIN_WRAP) return text;
  return text
    .split('\n')
    .map((line) => {
      // Each word with the white space before it.
      let end = 0;
      const words = Array.from(line.matchAll(/\S+/g), (m) => {
        const word = line.slice(end, m.index + m[0].length);
        end = m.index + m[0].length;
        return word;
      });
      if (words.length === 0) return '';
      const lines: string[] = [];
      let current = words[0] as string;
      for (const word of words.slice(1)) {
        if (current.length + word.length <= width) {
          current += word;
        } else {
          lines.push(current);
          current = word.trimStart();
        }
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

/** Lays out a help text for a terminal `width` columns wide. */
export function formatHelp(help: HelpText, width: number): string {
  const termWidth = help.sections
    .flatMap((section) => section.items)
    .reduce((widest, { term }) => Math.max(widest, term.length), 0);
  const descriptionWidth = width - termWidth - GAP - INDENT.length;
  const item = ({ term, description }: HelpItem): string => {
    const wrapped = wrap(description, descriptionWidth).replaceAll('\n', `\n${' '.repeat(termWidth + GAP)}`);
    return `${INDENT}${term.padEnd(termWidth + GAP)}${wrapped.replaceAll('\n', `\n${INDENT}`)}`;
  };
  const lines = [`Usage: ${help.usage}`, '', wrap(help.description, width), ''];
  for (const section of help.sections) lines.push([section.heading, ...section.items.map(item), ''].join('\n'));
  const text = lines.join('\n');
  return help.after === undefined ? text : `${text}${help.after}\n`;
}

/** The width help is laid out to on a stream: the terminal's, or 80 columns. */
export function helpWidth(stream: { readonly isTTY?: boolean; readonly columns?: number }): number {
  return stream.isTTY === true && stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80;
}
