import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXml, type XmlAttributes } from '../../../src/formats/_internal/xml.js';

/** The elements a text opens, with their attributes' names and values, in order; or the error. */
function elements(text: string): string[] | string {
  const opened: string[] = [];
  const error = readXml(text, {
    open(name: string, attributes: XmlAttributes) {
      const pairs: string[] = [];
      for (let k = 0; k < attributes.length; k += 1) pairs.push(`${attributes.name(k)}=${attributes.value(k)}`);
      opened.push(pairs.length === 0 ? name : `${name} ${pairs.join(' ')}`);
    },
    close() {},
    text() {},
  });
  return error === undefined ? opened : error.detail;
}

describe('readXml', () => {
  it('tells apart names whose characters hash alike', () => {
    // "Aa" and "BB" (and any names built of them) have one hash: each must still be read as written.
    expect(elements('<r><Aa BB="1" Aa="2"/><BB/><AaBB/><BBAa/><AaAa/><BBBB/><Aa/></r>')).toEqual([
      'r',
      'Aa BB=1 Aa=2',
      'BB',
      'AaBB',
      'BBAa',
      'AaAa',
      'BBBB',
      'Aa',
    ]);
  });

  it('tells apart a name from the start of a longer one', () => {
    expect(elements('<w:p><w:pPr/><w:p/><w:pPrChange/><w:pPr/></w:p>')).toEqual([
      'w:p',
      'w:pPr',
      'w:p',
      'w:pPrChange',
      'w:pPr',
    ]);
  });

  it('reads every name as written when a document has more names than it keeps', () => {
    // Far more distinct names than the reader keeps, each met twice: names must share slots.
    const names = Array.from({ length: 10_000 }, (_, n) => `e${n.toString(36)}`);
    const body = names.map((name, n) => `<${name} a${n}="${n}"/>`).join('');
    expect(elements(`<r>${body}${body}</r>`)).toEqual([
      'r',
      ...names.map((name, n) => `${name} a${n}=${n}`),
      ...names.map((name, n) => `${name} a${n}=${n}`),
    ]);
  });

  it('reads any names as written, in any order', () => {
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.:-]{0,6}$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 40 }), (names) => {
        const text = `<root>${names.map((n) => `<${n}></${n}>`).join('')}</root>`;
        expect(elements(text)).toEqual(['root', ...names]);
      }),
    );
  });

  it('still checks that an end tag closes the element open', () => {
    expect(elements('<r><Aa></BB></r>')).toBe('the end tag </BB> closes <Aa>');
  });
});
