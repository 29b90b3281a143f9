/** Where a JSON text stops being JSON, and why. */
export interface SyntaxErrorLocation {
  /** The 0-based offset of the first character that cannot be read. */
  readonly offset: number;
  /** The 1-based line of that character. */
  readonly line: number;
  /** The 1-based column of that character, in UTF-16 code units. */
  readonly column: number;
  /** What stands there: the character, quoted, or `end of input`. */
  readonly found: string;
  /** What the grammar allows there. */
  readonly expected: string;
}

const WHITESPACE = /* @__PURE__ */ new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERALS = ['true', 'false', 'null'] as const;

function describeChar(text: string, offset: number): string {
  if (offset >= text.length) return 'end of input';
  const code = text.codePointAt(offset) ?? 0;
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(String.fromCodePoint(code));
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds the first place where a text breaks the JSON grammar (RFC 8259).
 *
 * @remarks
 * `JSON.parse` reports errors differently in every engine, and not always with a position, so
 * this reader walks the grammar itself. It is iterative (deep nesting cannot overflow the stack)
 * and linear in the text's length. Call it only for a text `JSON.parse` refused.
 *
 * @param text - The text.
 * @returns The location, or `undefined` when the text is valid JSON.
 */
export function locateSyntaxError(text: string): SyntaxErrorLocation | undefined {
  let i = 0;
  // What each open container expects next.
  const stack: ('object' | 'array')[] = [];
  const fail = (expected: string): SyntaxErrorLocation => ({
    offset: i,
    ...positionOf(text, i),
    found: describeChar(text, i),
    expected,
  });
  const skip = (): void => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i += 1;
  };
  const readString = (): boolean => {
    // text[i] is the opening quote; stop on the closing one or on the first character not allowed
    i += 1;
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        i += 1;
        return true;
      }
      if (Number.isNaN(code) || code < 0x20) return false;
      if (code === 92) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return false;
        i = ESCAPE.lastIndex;
      } else {
        i += 1;
      }
    }
  };

  /** Reads `"name":` and the space after it; `expected` says what may stand where the name is missing. */
  const readKey = (expected: string): SyntaxErrorLocation | undefined => {
    if (text[i] !== '"') return fail(expected);
    if (!readString()) return fail('a closing double quote or a valid escape');
    skip();
    if (text[i] !== ':') return fail('":"');
    i += 1;
    skip();
    return undefined;
  };

  // state: 'value' (a value is due), 'after' (a value just ended)
  let state: 'value' | 'after' = 'value';
  skip();
  for (;;) {
    if (state === 'value') {
      const ch = text[i];
      if (ch === '{') {
        i += 1;
        skip();
        if (text[i] === '}') {
          i += 1;
          state = 'after';
          continue;
        }
        const error = readKey('a property name in double quotes or "}"');
        if (error !== undefined) return error;
        stack.push('object');
        continue;
      }
      if (ch === '[') {
        i += 1;
        skip();
        if (text[i] === ']') {
          i += 1;
          state = 'after';
          continue;
        }
        stack.push('array');
        continue;
      }
      if (ch === '"') {
        if (!readString()) return fail('a closing double quote or a valid escape');
        state = 'after';
        continue;
      }
      if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (match === null) return fail('a digit');
        i += match[0].length;
        state = 'after';
        continue;
      }
      const literal = LITERALS.find((word) => text.startsWith(word, i));
      if (literal !== undefined) {
        i += literal.length;
        state = 'after';
        continue;
      }
      return fail('a value (object, array, string, number, true, false or null)');
    }
    skip();
    const top = stack[stack.length - 1];
    if (top === undefined) {
      return i < text.length ? fail('end of input') : undefined;
    }
    const ch = text[i];
    if (top === 'array') {
      if (ch === ',') {
        i += 1;
        skip();
        state = 'value';
        continue;
      }
      if (ch === ']') {
        i += 1;
        stack.pop();
        continue;
      }
      return fail('"," or "]"');
    }
    if (ch === ',') {
      i += 1;
      skip();
      const error = readKey('a property name in double quotes');
      if (error !== undefined) return error;
      state = 'value';
      continue;
    }
    if (ch === '}') {
      i += 1;
      stack.pop();
      continue;
    }
    return fail('"," or "}"');
  }
}
