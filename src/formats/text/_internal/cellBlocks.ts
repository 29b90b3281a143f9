import type { Block } from '../../../model/Block.js';
import { foldSpace } from '../../_internal/foldSpace.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references a published document's cells carry. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{1,8}));/gi,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return ENTITIES[name.toLowerCase()] ?? whole;
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** Plain text of a piece of a cell: tags removed, references decoded, white space folded. */
export function plainText(html: string): string {
  // Each step only when the text needs it: this runs on every cell of a document.
  let text = html.includes('<') ? html.replace(/<[^<>]*>/g, ' ') : html;
  if (text.includes('&')) text = decodeEntities(text);
  return foldSpace(text);
}

/**
 * Whether a cell has text: the same as `plainText(html) !== ''`, without building the text unless
 * it holds a character reference, which may read as white space (`&nbsp;`).
 */
export const hasText = (html: string): boolean =>
  !/^(?:\s|<[^<>]*>)*$/.test(html) && (!html.includes('&') || plainText(html) !== '');

/** The blocks of a cell and whether a list in it had no item markers. */
export interface CellBlocks {
  readonly blocks: Block[];
  /** Whether a list had no `<li>` markers, so its items were split at sentence ends. */
  readonly inferredItems: boolean;
}

/** Splits the text of a list that lost its item markers at sentence ends ("… an SFO. Following …"). */
function sentences(text: string): string[] {
  // The text is plain, its white space folded to single spaces.
  return text.split(/(?<=[.!?]) (?=[A-Z0-9"'(])/).filter((s) => s !== '');
}

/**
 * A tag a cell's blocks are read from, where a `<` stands: sticky, and tried only at each `<` (found
 * with `indexOf`), and tested rather than executed, so that no match array is built: this runs on
 * every tag of a document.
 */
const TAG = /<\/?\s*(?:p|ul|ol|li|br)\b[^<>]*>/iy;

/** The tags of {@link TAG} by the first letter of their name, in lower case. */
const TAG_NAMES: Readonly<Record<number, string>> = { 112: 'p', 117: 'ul', 111: 'ol', 108: 'li', 98: 'br' };

/**
 * Reads a cell of a published plan — `<p>` paragraphs, `<ul>`/`<ol>` lists with or without
 * `<li>`, or plain text — into blocks. Text outside any tag is a paragraph of its own; nothing is
 * dropped.
 */
export function cellBlocks(html: string): CellBlocks {
  if (!html.includes('<')) {
    // No tags: the cell is one paragraph, or empty.
    const text = plainText(html);
    return { blocks: text === '' ? [] : [{ type: 'paragraph', text }], inferredItems: false };
  }
  const blocks: Block[] = [];
  let inferredItems = false;
  let list: { items: string[]; marked: boolean } | undefined;
  let buffer = '';

  const flush = (): void => {
    const text = plainText(buffer);
    buffer = '';
    if (text === '') return;
    if (list !== undefined) list.items.push(text);
    else blocks.push({ type: 'paragraph', text });
  };
  const closeList = (): void => {
    if (list === undefined) return;
    if (list.marked) {
      flush();
    } else {
      // No <li> at all: the bullets were lost in extraction; one sentence, one item.
      const text = plainText(buffer);
      buffer = '';
      const items = sentences(text);
      if (items.length > 1) inferredItems = true;
      for (const item of items) list.items.push(item);
    }
    if (list.items.length > 0) blocks.push({ type: 'list', items: list.items });
    list = undefined;
  };

  let last = 0;
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1)) {
    TAG.lastIndex = lt;
    if (!TAG.test(html)) continue;
    buffer += html.slice(last, lt);
    last = TAG.lastIndex;
    const closing = html.charCodeAt(lt + 1) === 47; // "/"
    // The name is the first letter past "<", "/" and white space (none of which is a letter of a
    // name, even with the bit of case set); the match says it is there.
    let tag: string | undefined;
    for (let i = lt + 1; tag === undefined; i += 1) tag = TAG_NAMES[html.charCodeAt(i) | 32];
    lt = last - 1;
    if (tag === 'br') {
      buffer += ' ';
    } else if (tag === 'ul' || tag === 'ol') {
      if (closing) closeList();
      else {
        if (list !== undefined) closeList();
        flush();
        list = { items: [], marked: false };
      }
    } else if (tag === 'li') {
      if (list === undefined) {
        flush();
        list = { items: [], marked: true };
      }
      if (!list.marked) {
        // Text before the first <li> of a list is an item of its own.
        list.marked = true;
      }
      flush();
    } else {
      // <p> and </p> both end the text before them.
      flush();
    }
  }
  buffer += html.slice(last);
  if (list !== undefined) closeList();
  else flush();
  return { blocks, inferredItems };
}
