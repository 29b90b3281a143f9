// A tokenizer of HTML text: text, start tags and end tags, with their offsets, as HTML's own
// tokenizer splits them — comments, doctypes, processing instructions and Word's conditional
// markup (`<![if !supportLists]>`) are skipped, the content of `script`, `style` and the other
// raw-text elements is skipped whole, and a tag cut off by the end of the text is dropped. It
// reads each character a bounded number of times, so its time is linear in the text.

/** What the tokenizer reports, in the order of the text. */
export interface HtmlHandler {
  /** Text between tags, as written (references not decoded), from `start` to just before `end`. */
  text(start: number, end: number): void;
  /** A start tag: its lower-case name, where its `<` is, and where its attributes end (at the `>`). */
  open(name: string, start: number, end: number): void;
  /** An end tag: its lower-case name and where its `<` is. */
  close(name: string, start: number): void;
}

/** Elements whose content is not markup, skipped whole: not text a page shows. */
const SKIPPED: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'script',
  'style',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'template',
]);

/** The end tag of each skipped element and of `textarea`, whose content is text, found in any case. */
const endTags = new Map<string, RegExp>();

function endTagOf(name: string): RegExp {
  let pattern = endTags.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    endTags.set(name, pattern);
  }
  return pattern;
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/**
 * Where a tag whose name ends at `from` ends: the offset of its `>`, or -1 when the text ends
 * first. A `>` inside a quoted attribute value does not end it.
 */
function tagEnd(html: string, from: number): number {
  let value = false;
  for (let i = from; i < html.length; i += 1) {
    const c = html.charCodeAt(i);
    if (c === 62) return i;
    if (c === 61) value = true;
    else if (value && (c === 34 || c === 39)) {
      const quote = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (quote === -1) return -1;
      i = quote;
      value = false;
    } else if (!isSpace(c)) value = false;
  }
  return -1;
}

/** Where a tag name starting at `from` ends. */
function nameEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62 || c === 47 || isSpace(c)) break;
    i += 1;
  }
  return i;
}

/** Tokenizes HTML text, reporting its text and tags to `handler` in order. */
export function scanHtml(html: string, handler: HtmlHandler): void {
  const length = html.length;
  let text = 0;
  let at = 0;
  const flush = (end: number): void => {
    if (end > text) handler.text(text, end);
  };
  while (at < length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    if (isLetter(next)) {
      const end = nameEnd(html, lt + 1);
      const close = tagEnd(html, end);
      if (close === -1) {
        // A tag cut off by the end of the text is dropped, as in HTML.
        flush(lt);
        text = length;
        break;
      }
      flush(lt);
      const name = html.slice(lt + 1, end).toLowerCase();
      handler.open(name, lt, close);
      at = close + 1;
      text = at;
      if (SKIPPED.has(name) || name === 'textarea') {
        const pattern = endTagOf(name);
        pattern.lastIndex = at;
        const found = pattern.exec(html);
        const stop = found === null ? length : found.index;
        if (name === 'textarea') flush(stop);
        text = stop;
        at = stop;
      } else if (name === 'plaintext') {
        break;
      }
    } else if (next === 47 /* / */) {
      const first = html.charCodeAt(lt + 2);
      if (isLetter(first)) {
        const end = nameEnd(html, lt + 2);
        const close = tagEnd(html, end);
        flush(lt);
        if (close === -1) {
          text = length;
          break;
        }
        handler.close(html.slice(lt + 2, end).toLowerCase(), lt);
        at = close + 1;
      } else {
        // "</>" is dropped; "</ …>" with no name is a comment.
        const close = html.indexOf('>', lt + 2);
        flush(lt);
        if (close === -1) {
          text = length;
          break;
        }
        at = close + 1;
      }
      text = at;
    } else if (next === 33 /* ! */ || next === 63 /* ? */) {
      flush(lt);
      let close: number;
      if (html.startsWith('<!--', lt)) {
        // "<!-->" and "<!--->" are empty comments; any other ends at "-->".
        if (html.startsWith('>', lt + 4)) close = lt + 4;
        else if (html.startsWith('->', lt + 4)) close = lt + 5;
        else {
          const dashes = html.indexOf('-->', lt + 4);
          close = dashes === -1 ? -1 : dashes + 2;
        }
      } else {
        // A doctype, a processing instruction, CDATA or Word's "<![if …]>": up to the next ">".
        close = html.indexOf('>', lt + 2);
      }
      if (close === -1) {
        text = length;
        break;
      }
      at = close + 1;
      text = at;
    } else {
      // A "<" that starts no tag is text.
      at = lt + 1;
    }
  }
  flush(length);
}

const ATTRIBUTE =
  /([^\t\n\f\r />][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]*)))?/g;

/**
 * The value of an attribute of the start tag from `start` (its `<`) to `end` (its `>`), as
 * written (references not decoded), or `undefined`. The first of two attributes of one name wins,
 * as in HTML.
 */
export function attributeOf(html: string, start: number, end: number, name: string): string | undefined {
  const tag = html.slice(nameEnd(html, start + 1), end);
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(tag); match !== null; match = ATTRIBUTE.exec(tag)) {
    if ((match[1] as string).toLowerCase() === name) return match[2] ?? match[3] ?? match[4] ?? '';
  }
  return undefined;
}
