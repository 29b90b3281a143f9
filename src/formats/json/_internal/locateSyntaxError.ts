import { lineIndex } from '../../../_lib/lineIndex.js';
import type { IssuePath } from '../../../model/Issue.js';

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

/** The start and end offsets of every value of a JSON text, keyed by {@link pathKey}. */
export type JsonPathMap = ReadonlyMap<string, readonly [start: number, end: number]>;

/** A path as one string key: array indices and object keys kept apart. */
export function pathKey(path: IssuePath): string {
  let key = '';
  for (const part of path) key += typeof part === 'number' ? `\u0000#${part}` : `\u0000.${part}`;
  return key;
}

/**
 * Finds the first place where a text breaks the JSON grammar (RFC 8259). Call it only for a text
 * `JSON.parse` refused.
 *
 * @param text - The text.
 * @returns The location, or `undefined` when the text is valid JSON.
 */
export function locateSyntaxError(text: string): SyntaxErrorLocation | undefined {
  return scanJson(text);
}

/**
 * Maps every value of a valid JSON text to where it stands: for each path (as `pathKey`), the
 * offset of its first character and the offset just after its last. A repeated key keeps its last
 * place, as `JSON.parse` keeps its last value.
 *
 * @param text - A text that `JSON.parse` read.
 */
export function mapJsonPaths(text: string): JsonPathMap {
  const paths = new Map<string, readonly [number, number]>();
  scanJson(text, paths);
  return paths;
}

/**
 * Walks the JSON grammar: returns the first place where the text breaks it and, given `paths`,
 * records where each value stands.
 *
 * @remarks
 * `JSON.parse` reports errors differently in every engine, and not always with a position, so
 * this reader walks the grammar itself. It is iterative (deep nesting cannot overflow the stack)
 * and linear in the text's length.
 */
function scanJson(text: string, paths?: Map<string, readonly [number, number]>): SyntaxErrorLocation | undefined {
  let i = 0;
  // What each open container expects next; with paths, its path key, its start and its count.
  const stack: ('object' | 'array')[] = [];
  const keys: string[] = [];
  const starts: number[] = [];
  const counts: number[] = [];
  let nextKey = '';
  let keyStart = 0;
  const fail = (expected: string): SyntaxErrorLocation => ({
    offset: i,
    ...lineIndex(text).position(i),
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
    keyStart = i;
    if (!readString()) return fail('a closing double quote or a valid escape');
    if (paths !== undefined) {
      const raw = text.slice(keyStart + 1, i - 1);
      nextKey = `${keys[keys.length - 1] ?? ''}\u0000.${raw.includes('\\') ? (JSON.parse(text.slice(keyStart, i)) as string) : raw}`;
    }
    skip();
    if (text[i] !== ':') return fail('":"');
    i += 1;
    skip();
    return undefined;
  };

  /** Opens a container: with paths, its key and start are remembered until it closes. */
  const open = (kind: 'object' | 'array', start: number): void => {
    stack.push(kind);
    if (paths === undefined) return;
    keys.push(nextKey);
    starts.push(start);
    counts.push(0);
    if (kind === 'array') nextKey = `${nextKey}\u0000#0`;
  };
  /** Closes the innermost container, recording where it stood. */
  const close = (): void => {
    stack.pop();
    if (paths === undefined) return;
    paths.set(keys.pop() as string, [starts.pop() as number, i]);
    counts.pop();
  };

  // state: 'value' (a value is due), 'after' (a value just ended)
  let state: 'value' | 'after' = 'value';
  let start = 0;
  skip();
  for (;;) {
    if (state === 'value') {
      const ch = text[i];
      start = i;
      if (ch === '{') {
        i += 1;
        skip();
        if (text[i] === '}') {
          i += 1;
          paths?.set(nextKey, [start, i]);
          state = 'after';
          continue;
        }
        open('object', start);
        const error = readKey('a property name in double quotes or "}"');
        if (error !== undefined) return error;
        continue;
      }
      if (ch === '[') {
        i += 1;
        skip();
        if (text[i] === ']') {
          i += 1;
          paths?.set(nextKey, [start, i]);
          state = 'after';
          continue;
        }
        open('array', start);
        continue;
      }
      if (ch === '"') {
        if (!readString()) return fail('a closing double quote or a valid escape');
      } else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (match === null) return fail('a digit');
        i += match[0].length;
      } else {
        const literal = LITERALS.find((word) => text.startsWith(word, i));
        if (literal === undefined) return fail('a value (object, array, string, number, true, false or null)');
        i += literal.length;
      }
      paths?.set(nextKey, [start, i]);
      state = 'after';
      continue;
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
        if (paths !== undefined) {
          const count = (counts[counts.length - 1] as number) + 1;
          counts[counts.length - 1] = count;
          nextKey = `${keys[keys.length - 1] as string}\u0000#${count}`;
        }
        state = 'value';
        continue;
      }
      if (ch === ']') {
        i += 1;
        close();
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
      close();
      continue;
    }
    return fail('"," or "}"');
  }
}
