import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasText, plainText } from '../../../src/formats/text/_internal/cellBlocks.js';

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
