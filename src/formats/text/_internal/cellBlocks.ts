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

const TAG = /<(\/?)\s*(p|ul|ol|li|br)\b[^<>]*>/gi;

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
  // Matched with exec rather than matchAll, which copies the expression for every cell.
  TAG.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TAG.exec(html)) !== null) {
    buffer += html.slice(last, match.index);
    last = match.index + match[0].length;
    const closing = match[1] === '/';
    const tag = (match[2] as string).toLowerCase();
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
