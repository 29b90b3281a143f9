import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/Block.js';
import { cellBlocks, hasText, plainText } from '../../../src/formats/text/_internal/cellBlocks.js';

describe('plainText', () => {
  it('folds every white space character, alone or in a run, to one space: the white space of \\s', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      const space = /\s/.test(c);
      expect(plainText(`a${c}b`)).toBe(space ? 'a b' : `a${c}b`);
      expect(plainText(`a${c}${c}b`)).toBe(space ? 'a b' : `a${c}${c}b`);
    }
  });
});

describe('hasText', () => {
  /** Cells of tags, references that read as white space or as text, white space, and text. */
  const cell = fc
    .array(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<li class="x">',
        '<',
        '>',
        '< >',
        '&nbsp;',
        '&#32;',
        '&#x9;',
        '&amp;',
        '&bogus;',
        '&',
        ' ',
        '\t',
        '\u00a0',
        '\u2028',
        'x',
        '-',
      ),
      { maxLength: 8 },
    )
    .map((pieces) => pieces.join(''));

  it('says a cell has text exactly when its plain text is not empty', () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.string()), (html) => {
        expect(hasText(html)).toBe(plainText(html) !== '');
      }),
      { numRuns: 5000 },
    );
  });
});

describe('cellBlocks', () => {
  /**
   * The oracle: the blocks of a cell read with the regular expression that names the tags a cell's
   * blocks come from, `<(\/?)\s*(p|ul|ol|li|br)\b[^<>]*>` without regard to case. cellBlocks reads
   * the tags by hand and must find exactly these.
   */
  function blocksByExpression(html: string): { blocks: Block[]; inferredItems: boolean } {
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
      if (list.marked) flush();
      else {
        const items = plainText(buffer)
          .split(/(?<=[.!?]) (?=[A-Z0-9"'(])/)
          .filter((s) => s !== '');
        buffer = '';
        if (items.length > 1) inferredItems = true;
        list.items.push(...items);
      }
      if (list.items.length > 0) blocks.push({ type: 'list', items: list.items });
      list = undefined;
    };
    let last = 0;
    for (const match of html.matchAll(/<(\/?)\s*(p|ul|ol|li|br)\b[^<>]*>/gi)) {
      buffer += html.slice(last, match.index);
      last = match.index + match[0].length;
      const tag = (match[2] as string).toLowerCase();
      if (tag === 'br') buffer += ' ';
      else if (tag === 'ul' || tag === 'ol') {
        if (match[1] === '/') closeList();
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
        list.marked = true;
        flush();
      } else flush();
    }
    buffer += html.slice(last);
    if (list !== undefined) closeList();
    else flush();
    return { blocks, inferredItems };
  }

  /** Cells of the tags a cell's blocks come from, in every spelling, tags that only look like them, and text. */
  const cell = fc
    .array(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<P class="x">',
        '</ Li >',
        '<li',
        '<LI>',
        '<ul>',
        '</UL>',
        '<ol type="a">',
        '</ol>',
        '<br/>',
        '<BR>',
        '</\u00a0p>',
        '<\u2028li>',
        '<\tul>',
        '<pre>',
        '<p_x>',
        '<p-x>',
        '<li2>',
        '<bR\n>',
        '<b>',
        '<\u0131>',
        '<\u017fpan>',
        '< /p>',
        '<//p>',
        '<',
        '>',
        '<p<',
        '&amp;',
        'One. Two.',
        ' ',
        'x',
        'A',
      ),
      { maxLength: 12 },
    )
    .map((pieces) => pieces.join(''));

  it('reads the same blocks as the regular expression that names the tags', () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.string(), fc.string({ unit: 'binary' })), (html) => {
        expect(cellBlocks(html)).toEqual(blocksByExpression(html));
      }),
      { numRuns: 20000 },
    );
  });

  it('reads a tag at the very end of a cell, and one cut off by it', () => {
    expect(cellBlocks('a<br>').blocks).toEqual([{ type: 'paragraph', text: 'a' }]);
    expect(cellBlocks('a<p').blocks).toEqual([{ type: 'paragraph', text: 'a<p' }]);
    expect(cellBlocks('<ul>One. Two.</ul>')).toEqual({
      blocks: [{ type: 'list', items: ['One.', 'Two.'] }],
      inferredItems: true,
    });
  });
});
