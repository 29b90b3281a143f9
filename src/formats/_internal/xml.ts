// A tokenizer of well-formed XML, as office documents write it: elements, attributes, text, CDATA
// sections, comments and processing instructions, the five predefined entities and numeric
// character references. It refuses a document type declaration (`<!DOCTYPE`), so no entity is ever
// defined or expanded, and it never recurses, so any depth of nesting costs only an array entry.
// Namespace prefixes are resolved by the caller (see `namespaces`).

// Browsers and Node have it; the library's own types name no platform.
declare const TextDecoder: new (label: string) => { decode(bytes: Uint8Array): string };

/** The text of an XML part: UTF-8, or UTF-16 where a byte order mark says so. */
export function xmlText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** What the tokenizer reports as it reads, in document order. */
export interface XmlHandler {
  /** An element starts. `attributes` is valid only during the call. */
  open(name: string, attributes: XmlAttributes): void;
  /** An element ends (right after `open` for an empty element). */
  close(name: string): void;
  /** Text inside the root element, decoded (character data and CDATA sections alike). */
  text(text: string): void;
}

/**
 * The attributes of the element starting, read from the text only when asked for: most elements
 * of an office document have attributes no reader needs.
 */
export interface XmlAttributes {
  /** How many there are. */
  readonly length: number;
  /** Whether one of them declares a namespace prefix (`xmlns`, `xmlns:w`). */
  readonly declares: boolean;
  /** The k-th attribute's name, as written. */
  name(k: number): string;
  /** The k-th attribute's value, decoded. */
  value(k: number): string;
}

/** Why a text is not well-formed XML, and where: the line and column in the XML text. */
export interface XmlError {
  /** What is wrong. */
  readonly detail: string;
  /** The 1-based line in the XML text. */
  readonly line: number;
  /** The 1-based column. */
  readonly column: number;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&([^;&<\s]{0,12});?/g;

/** Decodes the entities and character references of a text, or says which one is not allowed. */
function decode(text: string): string | { bad: string } {
  let bad: string | undefined;
  const decoded = text.replace(REFERENCE, (match, body: string) => {
    if (!match.endsWith(';')) {
      bad ??= `"&" not starting a reference ("${match}")`;
      return '';
    }
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const digits = body[1] === 'x' ? /^#x[0-9a-fA-F]+$/ : /^#[0-9]+$/;
      if (
        digits.test(body) &&
        (code === 0x9 ||
          code === 0xa ||
          code === 0xd ||
          (code >= 0x20 && code <= 0xd7ff) ||
          (code >= 0xe000 && code <= 0xfffd) ||
          (code >= 0x10000 && code <= 0x10ffff))
      ) {
        return String.fromCodePoint(code);
      }
      bad ??= `the character reference "${match}" names no character XML allows`;
      return '';
    }
    const entity = Object.hasOwn(ENTITIES, body) ? ENTITIES[body] : undefined;
    if (entity === undefined) {
      bad ??= `the entity "${match}" is not one of XML's five (documents here may define no others)`;
      return '';
    }
    return entity;
  });
  return bad === undefined ? decoded : { bad };
}

/** The 1-based line and column of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    start = at + 1;
  }
  return { line, column: offset - start + 1 };
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
/** Characters that end a name: white space, `/`, `>`, `=`, `<`, quotes. */
const endsName = (c: number): boolean =>
  isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x3c || c === 0x22 || c === 0x27 || Number.isNaN(c);

/** The hash of a name so far, with one more character. */
const nextHash = (hash: number, c: number): number => (Math.imul(hash, 31) + c) | 0;

/** How many names {@link nameCache} keeps: far more than the element and attribute names of any office document. */
const NAME_SLOTS = 4096;

/**
 * The names of a text, each kept as one string: a document names a few dozen elements and
 * attributes millions of times, and slicing a fresh string for each tag would make garbage, and
 * make every lookup and comparison of the name downstream hash and compare characters anew. A name
 * is found by the hash of its characters, computed while the tag is scanned, in a table of fixed
 * size; the name in the slot is checked against the text, so two names with one hash (or one slot)
 * are never confused: the later one takes the slot.
 */
function nameCache(text: string): (start: number, end: number, hash: number) => string {
  const slots: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);
  return (start, end, hash) => {
    const slot = (hash ^ (hash >>> 12)) & (NAME_SLOTS - 1);
    const kept = slots[slot];
    if (kept !== undefined && kept.length === end - start && text.startsWith(kept, start)) return kept;
    const name = text.slice(start, end);
    slots[slot] = name;
    return name;
  };
}

/**
 * Reads an XML text, reporting its elements and text to the handler.
 *
 * @returns `undefined` when the text is well-formed as far as this tokenizer checks (tags
 * balanced, attributes quoted, references known, one root), else the first error.
 */
export function readXml(text: string, handler: XmlHandler): XmlError | undefined {
  const n = text.length;
  const stack: string[] = [];
  const names = nameCache(text);
  // Where each attribute's name and value stand, and its name's hash: five numbers an attribute (a
  // value holding a reference has its end negated), read only when the handler asks.
  const positions: number[] = [];
  let count = 0;
  let declares = false;
  const attributes: XmlAttributes = {
    get length() {
      return count;
    },
    get declares() {
      return declares;
    },
    name: (k) => names(positions[k * 5] as number, positions[k * 5 + 1] as number, positions[k * 5 + 2] as number),
    value: (k) => {
      const end = positions[k * 5 + 4] as number;
      const value = text.slice(positions[k * 5 + 3] as number, Math.abs(end));
      if (end >= 0) return value;
      const decoded = decode(value);
      return typeof decoded === 'string' ? decoded : '';
    },
  };
  let rooted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (detail: string, at: number): XmlError => ({ detail, ...position(text, at) });
  while (i < n) {
    const lt = text.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i) {
      const chunk = text.slice(i, stop);
      if (stack.length > 0) {
        if (chunk.includes('&')) {
          const decoded = decode(chunk);
          if (typeof decoded !== 'string') return fail(decoded.bad, i);
          handler.text(decoded);
        } else {
          handler.text(chunk);
        }
      } else if (/\S/.test(chunk)) {
        return fail('text stands outside the root element', i);
      }
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f) {
      // An end tag.
      const close = text.indexOf('>', lt);
      if (close < 0) return fail('an end tag is not closed', lt);
      const open = stack.pop();
      // The end tag names the element open, perhaps with white space after the name.
      if (
        open === undefined ||
        !text.startsWith(open, lt + 2) ||
        (lt + 2 + open.length !== close && text.slice(lt + 2 + open.length, close).trim() !== '')
      ) {
        const name = text.slice(lt + 2, close).trimEnd();
        return fail(
          open === undefined ? `the end tag </${name}> closes no element` : `the end tag </${name}> closes <${open}>`,
          lt,
        );
      }
      handler.close(open);
      i = close + 1;
    } else if (next === 0x3f) {
      const close = text.indexOf('?>', lt + 2);
      if (close < 0) return fail('a processing instruction is not closed', lt);
      i = close + 2;
    } else if (next === 0x21) {
      if (text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        if (close < 0) return fail('a comment is not closed', lt);
        i = close + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        if (close < 0) return fail('a CDATA section is not closed', lt);
        if (stack.length === 0) return fail('a CDATA section stands outside the root element', lt);
        handler.text(text.slice(lt + 9, close));
        i = close + 3;
      } else if (text.startsWith('<!DOCTYPE', lt)) {
        return fail('the XML declares a document type (<!DOCTYPE), which is refused: its entities are never read', lt);
      } else {
        return fail('"<!" starts no comment or CDATA section', lt);
      }
    } else {
      // A start tag.
      let at = lt + 1;
      let hash = 0;
      for (let c = text.charCodeAt(at); !endsName(c); c = text.charCodeAt((at += 1))) hash = nextHash(hash, c);
      if (at === lt + 1) return fail('"<" starts no tag', lt);
      const name = names(lt + 1, at, hash);
      if (stack.length === 0) {
        if (rooted) return fail('a second root element starts', lt);
        rooted = true;
      }
      count = 0;
      declares = false;
      let empty = false;
      for (;;) {
        let c = text.charCodeAt(at);
        while (isSpace(c)) c = text.charCodeAt((at += 1));
        if (c === 0x3e) {
          at += 1;
          break;
        }
        if (c === 0x2f && text.charCodeAt(at + 1) === 0x3e) {
          empty = true;
          at += 2;
          break;
        }
        if (Number.isNaN(c)) return fail(`the start tag <${name}> is not closed`, lt);
        const nameStart = at;
        let nameHash = 0;
        for (; !endsName(c); c = text.charCodeAt((at += 1))) nameHash = nextHash(nameHash, c);
        if (at === nameStart) return fail(`the start tag <${name}> holds something that is not an attribute`, at);
        const nameEnd = at;
        c = text.charCodeAt(at);
        while (isSpace(c)) c = text.charCodeAt((at += 1));
        if (c !== 0x3d) return fail(`the attribute ${text.slice(nameStart, nameEnd)} has no value`, at);
        c = text.charCodeAt((at += 1));
        while (isSpace(c)) c = text.charCodeAt((at += 1));
        if (c !== 0x22 && c !== 0x27)
          return fail(`the value of the attribute ${text.slice(nameStart, nameEnd)} is not quoted`, at);
        const quote = c;
        let end = at + 1;
        let amp = false;
        for (; end < n; end += 1) {
          const v = text.charCodeAt(end);
          if (v === quote) break;
          if (v === 0x3c) return fail(`the value of the attribute ${text.slice(nameStart, nameEnd)} holds "<"`, end);
          if (v === 0x26) amp = true;
        }
        if (end >= n) return fail(`the value of the attribute ${text.slice(nameStart, nameEnd)} is not closed`, at);
        if (amp) {
          const decoded = decode(text.slice(at + 1, end));
          if (typeof decoded !== 'string') return fail(decoded.bad, at);
        }
        if (
          text.startsWith('xmlns', nameStart) &&
          (nameEnd === nameStart + 5 || text.charCodeAt(nameStart + 5) === 0x3a)
        ) {
          declares = true;
        }
        const slot = count * 5;
        positions[slot] = nameStart;
        positions[slot + 1] = nameEnd;
        positions[slot + 2] = nameHash;
        positions[slot + 3] = at + 1;
        positions[slot + 4] = amp ? -end : end;
        count += 1;
        at = end + 1;
      }
      handler.open(name, attributes);
      if (empty) handler.close(name);
      else stack.push(name);
      i = at;
    }
  }
  if (stack.length > 0) return fail(`the element <${stack[stack.length - 1] as string}> is not closed`, n);
  if (!rooted) return fail('the XML has no root element', 0);
  return undefined;
}

/** The value of an attribute, by its name as written, or `undefined`. */
export function attributeOf(attributes: XmlAttributes, name: string): string | undefined {
  for (let k = 0; k < attributes.length; k += 1) if (attributes.name(k) === name) return attributes.value(k);
  return undefined;
}

/**
 * Keeps the namespace prefixes in scope while a handler reads, and gives each qualified name with
 * its prefix replaced by the short prefix its namespace has in `known` (`{ [uri]: 'w' }`); a name
 * whose namespace is not known gets `?` as its prefix. Declarations may stand on any element.
 */
export function namespaces(
  known: Readonly<Record<string, string>>,
  names: readonly string[] = [],
): {
  /** Call on every element start, before `name`: takes in its declarations. */
  enter(attributes: XmlAttributes): void;
  /** The value of an attribute by its name with the short prefix of its namespace (`w:val`), or `undefined`. */
  attribute(attributes: XmlAttributes, name: string): string | undefined;
  /** Call on every element end. */
  leave(): void;
  /** The name with its namespace's short prefix. */
  name(qualified: string): string;
} {
  // Each element that declares a prefix pushes a scope; others push nothing (a depth count).
  let scope = new Map<string, string>();
  const saved: { depth: number; scope: Map<string, string>; cache: Map<string, string> }[] = [];
  let cache = new Map<string, string>();
  let depth = 0;
  // The names a reader compares against, as the reader's own strings: comparing them is then cheap.
  const own = new Map(names.map((name) => [name, name]));
  const nameOf = (qualified: string): string => {
    let name = cache.get(qualified);
    if (name === undefined) {
      const colon = qualified.indexOf(':');
      const prefix = colon < 0 ? '' : qualified.slice(0, colon);
      name = `${scope.get(prefix) ?? '?'}:${qualified.slice(colon + 1)}`;
      name = own.get(name) ?? name;
      cache.set(qualified, name);
    }
    return name;
  };
  return {
    enter(attributes) {
      depth += 1;
      if (!attributes.declares) return;
      let next: Map<string, string> | undefined;
      for (let k = 0; k < attributes.length; k += 1) {
        const attribute = attributes.name(k);
        if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
          next ??= new Map(scope);
          const uri = attributes.value(k);
          next.set(
            attribute === 'xmlns' ? '' : attribute.slice(6),
            Object.hasOwn(known, uri) ? (known[uri] as string) : '?',
          );
        }
      }
      if (next !== undefined) {
        saved.push({ depth, scope, cache });
        scope = next;
        cache = new Map();
      }
    },
    leave() {
      const top = saved[saved.length - 1];
      if (top !== undefined && top.depth === depth) {
        saved.pop();
        scope = top.scope;
        cache = top.cache;
      }
      depth -= 1;
    },
    attribute(attributes, wanted) {
      for (let k = 0; k < attributes.length; k += 1)
        if (nameOf(attributes.name(k)) === wanted) return attributes.value(k);
      return undefined;
    },
    name: nameOf,
  };
}
