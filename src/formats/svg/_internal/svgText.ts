// Text as an SVG picture writes it: escaped for XML, on one line, and short enough for its place.

/**
 * Characters XML 1.0 cannot hold at all, not even as a reference: the control characters but tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML =
  /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** White space of any kind, as one run. */
const SPACE = /[\s\u0085]+/g;

/**
 * Text of a plan as the picture shows it: every run of white space (line breaks included) one
 * space, trimmed, and each character XML cannot hold replaced by U+FFFD, the replacement character.
 * Not yet escaped.
 */
export function oneLine(text: string): string {
  return text.replace(SPACE, ' ').trim().replace(NOT_XML, '\ufffd');
}

/**
 * Text shortened to at most `max` characters, with an ellipsis when cut: at the last space in
 * the final few characters, where there is one, and never inside a surrogate pair.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(max - 1, 1));
  const space = cut.lastIndexOf(' ');
  if (space > cut.length - 12 && space > 0) cut = cut.slice(0, space);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** About how wide a text is in Arial (or a font with its metrics) at a size, in pixels: wide enough not to overlap. */
export const textWidth = (text: string, size: number, bold = false): number =>
  Math.ceil(text.length * size * (bold ? 0.56 : 0.5));

/** How many characters of text fit in a width at a size. */
export const fits = (width: number, size: number, bold = false): number =>
  Math.max(Math.floor(width / (size * (bold ? 0.58 : 0.5))), 4);

/** A number as the picture writes it: at most one decimal, the same on every machine. */
export const num = (n: number): string => String(Math.round(n * 10) / 10);

/** Escapes text for XML content and attribute values: `&`, `<`, `>` and both quotes. */
export { escapeMarkup as escape } from '../../_internal/escapeMarkup.js';
