import { createRequire } from 'node:module';

/** The little of sax's strict parser the tests use. */
interface SaxParser {
  onerror: (error: Error) => void;
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
  error: Error | null;
  write(text: string): SaxParser;
  close(): SaxParser;
  resume(): SaxParser;
}

const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser };

/** Characters XML 1.0 cannot hold, not even as references. */
const NOT_XML =
  /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** What a strict XML parser (sax, strict mode) finds wrong with a text: nothing for a well-formed document. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  if (NOT_XML.test(xml.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) errors.push('a character XML cannot hold');
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    errors.push(error.message.split('\n')[0] as string);
    parser.error = null;
    parser.resume();
  };
  parser.write(xml).close();
  return errors;
}

/** The elements of a well-formed XML text, in order, with their attributes. */
export function xmlElements(xml: string): { name: string; attributes: Record<string, string> }[] {
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => elements.push({ name: tag.name, attributes: { ...tag.attributes } });
  parser.write(xml).close();
  return elements;
}
