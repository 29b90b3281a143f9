import type { IssueBase } from '../../model/Issue.js';

// Text from a plan or a file name goes to a terminal only as visible text: a control character
// in it could otherwise move the cursor, erase lines, retitle the window or plant a link
// (`ESC [1A`, `ESC ] 0 ; title BEL`, `CSI` as the one character U+009B), and a bidirectional
// override could make a line read other than it is. Each such character is written as the escape
// a programmer would type: `\x1b`, `\x9b`, `\u202e`; a tab, a line break or a carriage return
// as `\t`, `\n`, `\r`. Only the text reports do this: JSON and SARIF escape every control
// character already, and `convert` writes the document itself.

/**
 * C0 controls, DEL, C1 controls, the bidirectional embeddings, overrides and isolates, and the
 * line and paragraph separators.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, but for the line feed between lines of a report. */
const CONTROL_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The colours the command itself writes (see `paint`), which alone pass through. */
const OWN_COLOUR = /\u001b\[(?:0|1|2|31|33|36)m/y;

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The escape of one control character, as typed in a program. */
function escapeOf(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}

/**
 * A text from a plan or the command line as one line of a terminal report shows it: every control
 * character escaped, the line feed included, so that nothing in it moves the cursor or ends the
 * line early.
 */
export function visible(text: string): string {
  return text.replace(CONTROL, escapeOf);
}

/**
 * A whole report as it goes to the terminal: every control character escaped but the line feeds
 * between its lines and the colours the command writes itself. The last guard: the texts of a
 * plan are escaped with {@link visible} before the report is laid out.
 */
export function forTerminal(report: string): string {
  return report.replace(CONTROL_BUT_LF, (c, offset: number) => {
    if (c === '\u001b') {
      OWN_COLOUR.lastIndex = offset;
      if (OWN_COLOUR.test(report)) return c;
    }
    return escapeOf(c);
  });
}

/** An issue with its texts made visible, for a text report. */
export function visibleIssue(issue: IssueBase): IssueBase {
  const shown: { -readonly [K in keyof IssueBase]: IssueBase[K] } = {
    ...issue,
    code: visible(String(issue.code)),
    message: visible(typeof issue.message === 'string' ? issue.message : ''),
  };
  if (Array.isArray(issue.evidence))
    shown.evidence = issue.evidence.map((e) => ({ ...e, text: visible(String(e.text)) }));
  return shown;
}

/** A copy of a plan, or any part of one, with every text in it made visible, for a text report. */
export function visibleTexts<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) return value.map(visibleTexts) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visibleTexts(item)])) as T;
  }
  return value;
}
