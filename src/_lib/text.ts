import type { IssuePath } from '../model/Issue.js';

/** A count with its noun: "1 day", "2 days", "1 of its actions has", with the plural given when it is not an "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A path as people and tools read it: `recommendations[6].actions[0].target`. */
export function pathName(path: IssuePath): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')
    .replace(/^\./, '');
}

/** The same shape with every field writable, for building a value before it is handed out. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A text shortened to 80 characters for a message, with an ellipsis when cut. */
export function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
