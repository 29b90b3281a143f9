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
  /**
   * An element starts. `attributes` holds names and values in turn (`[name, value, name, value, …]`),
   * values decoded; it is reused after the call returns.
   */
  open(name: string, attributes: readonly string[]): void;
  /** An element ends (right after `open` for an empty element). */
  close(name: string): void;
  /** Text inside the root element, decoded (character data and CDATA sections alike). */
  text(text: string): void;
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

/**
 * Reads an XML text, reporting its elements and text to the handler.
 *
 * @returns `undefined` when the text is well-formed as far as this tokenizer checks (tags
 * balanced, attributes quoted, references known, one root), else the first error.
 */
export function readXml(text: string, handler: XmlHandler): XmlError | undefined {
  const n = text.length;
  const stack: string[] = [];
  const attributes: string[] = [];
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
      const name = text.slice(lt + 2, close).trimEnd();
      const open = stack.pop();
      if (open !== name) {
        return fail(
          open === undefined ? `the end tag </${name}> closes no element` : `the end tag </${name}> closes <${open}>`,
          lt,
        );
      }
      handler.close(name);
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
      while (at < n && !endsName(text.charCodeAt(at))) at += 1;
      if (at === lt + 1) return fail('"<" starts no tag', lt);
      const name = text.slice(lt + 1, at);
      if (stack.length === 0) {
        if (rooted) return fail('a second root element starts', lt);
        rooted = true;
      }
      attributes.length = 0;
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
        while (at < n && !endsName(text.charCodeAt(at))) at += 1;
        if (at === nameStart) return fail(`the start tag <${name}> holds something that is not an attribute`, at);
        const attribute = text.slice(nameStart, at);
        c = text.charCodeAt(at);
        while (isSpace(c)) c = text.charCodeAt((at += 1));
        if (c !== 0x3d) return fail(`the attribute ${attribute} has no value`, at);
        c = text.charCodeAt((at += 1));
        while (isSpace(c)) c = text.charCodeAt((at += 1));
        if (c !== 0x22 && c !== 0x27) return fail(`the value of the attribute ${attribute} is not quoted`, at);
        const end = text.indexOf(c === 0x22 ? '"' : "'", at + 1);
        if (end < 0) return fail(`the value of the attribute ${attribute} is not closed`, at);
        let value = text.slice(at + 1, end);
        if (value.includes('<')) return fail(`the value of the attribute ${attribute} holds "<"`, at);
        if (value.includes('&')) {
          const decoded = decode(value);
          if (typeof decoded !== 'string') return fail(decoded.bad, at);
          value = decoded;
        }
        attributes.push(attribute, value);
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
export function attributeOf(attributes: readonly string[], name: string): string | undefined {
  for (let k = 0; k < attributes.length; k += 2) if (attributes[k] === name) return attributes[k + 1];
  return undefined;
}

/**
 * Keeps the namespace prefixes in scope while a handler reads, and gives each qualified name with
 * its prefix replaced by the short prefix its namespace has in `known` (`{ [uri]: 'w' }`); a name
 * whose namespace is not known gets `?` as its prefix. Declarations may stand on any element.
 */
export function namespaces(known: Readonly<Record<string, string>>): {
  /** Call on every element start, before `name`: takes in its declarations. */
  enter(attributes: readonly string[]): void;
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
  return {
    enter(attributes) {
      depth += 1;
      let next: Map<string, string> | undefined;
      for (let k = 0; k < attributes.length; k += 2) {
        const attribute = attributes[k] as string;
        if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
          next ??= new Map(scope);
          const uri = attributes[k + 1] as string;
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
    name(qualified) {
      let name = cache.get(qualified);
      if (name === undefined) {
        const colon = qualified.indexOf(':');
        const prefix = colon < 0 ? '' : qualified.slice(0, colon);
        name = `${scope.get(prefix) ?? '?'}:${qualified.slice(colon + 1)}`;
        cache.set(qualified, name);
      }
      return name;
    },
  };
}
