import type { IssuePath } from '../../../model/Issue.js';

/** The start and end offsets of every value of a JSON text, keyed by {@link pathKey}. */
export type JsonPathMap = ReadonlyMap<string, readonly [start: number, end: number]>;

/** A path as one string key: array indices and object keys kept apart. */
export function pathKey(path: IssuePath): string {
  let key = '';
  for (const part of path) key += typeof part === 'number' ? `\u0000#${part}` : `\u0000.${part}`;
  return key;
}

const STRING_END = /(?:[^"\\]|\\.)*"/y;
const SCALAR_END = /[^\s,\]}]*/y;

/**
 * Maps every value of a valid JSON text to where it stands: for each path (as `pathKey`), the
 * offset of its first character and the offset just after its last. A repeated key keeps its last
 * place, as `JSON.parse` keeps its last value. Iterative and linear in the text's length.
 *
 * @param text - A text that `JSON.parse` read.
 */
export function mapJsonPaths(text: string): JsonPathMap {
  const map = new Map<string, readonly [number, number]>();
  interface Frame {
    readonly key: string;
    readonly start: number;
    readonly array: boolean;
    index: number;
  }
  const stack: Frame[] = [];
  let i = 0;
  /** The key of the value that starts next, inside the innermost container. */
  let nextKey = '';
  const skip = (): void => {
    for (;;) {
      const ch = text.charCodeAt(i);
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13) i += 1;
      else return;
    }
  };
  const readString = (): string => {
    const start = i;
    STRING_END.lastIndex = i + 1;
    if (STRING_END.exec(text) === null) return '';
    i = STRING_END.lastIndex;
    const raw = text.slice(start + 1, i - 1);
    return raw.includes('\\') ? (JSON.parse(text.slice(start, i)) as string) : raw;
  };
  skip();
  for (;;) {
    // A value starts at i, with the key nextKey.
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      stack.push({ key: nextKey, start: i, array: ch === '[', index: 0 });
      i += 1;
      skip();
      const close = ch === '{' ? '}' : ']';
      if (text[i] !== close) {
        const frame = stack[stack.length - 1] as Frame;
        if (frame.array) nextKey = `${frame.key}\u0000#0`;
        else {
          nextKey = `${frame.key}\u0000.${readString()}`;
          skip();
          i += 1; // ':'
          skip();
        }
        continue;
      }
    } else {
      const start = i;
      if (ch === '"') readString();
      else {
        SCALAR_END.lastIndex = i;
        SCALAR_END.exec(text);
        i = Math.max(SCALAR_END.lastIndex, i + 1);
      }
      map.set(nextKey, [start, i]);
      skip();
    }
    // After a value: close containers, or move to the next member.
    for (;;) {
      const frame = stack[stack.length - 1];
      if (frame === undefined || i >= text.length) return map;
      if (text[i] === ',') {
        i += 1;
        skip();
        frame.index += 1;
        if (frame.array) nextKey = `${frame.key}\u0000#${frame.index}`;
        else {
          nextKey = `${frame.key}\u0000.${readString()}`;
          skip();
          i += 1; // ':'
          skip();
        }
        break;
      }
      // '}' or ']'
      i += 1;
      stack.pop();
      map.set(frame.key, [frame.start, i]);
      skip();
    }
  }
}
