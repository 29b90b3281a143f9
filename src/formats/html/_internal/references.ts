// Character references of HTML text: numeric ones as HTML decodes them, and the named ones that
// documents written by people and office suites use — every name of HTML 4 (Latin-1, symbols and
// Greek, typographic marks), which is all that Word and LibreOffice write, and HTML's names for
// punctuation and spaces. A name not in the table stays as written, as it does in a browser.

/** The names of U+00A0 to U+00FF, in order. */
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
  'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash ' +
  'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
  'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml';

/** The Greek letters, capital from U+0391 and small from U+03B1 (U+03A2 has no letter; U+03C2 is `sigmaf`). */
const GREEK = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho';
const GREEK_END = 'Sigma Tau Upsilon Phi Chi Psi Omega';

/** Other names, each with its code point in hexadecimal. */
const OTHERS =
  'quot:22 QUOT:22 amp:26 AMP:26 apos:27 lt:3c LT:3c gt:3e GT:3e COPY:a9 REG:ae Tab:9 NewLine:a excl:21 num:23 ' +
  'dollar:24 percnt:25 lpar:28 rpar:29 ast:2a plus:2b comma:2c period:2e sol:2f colon:3a semi:3b equals:3d ' +
  'quest:3f commat:40 lsqb:5b bsol:5c rsqb:5d lowbar:5f grave:60 lcub:7b verbar:7c vert:7c rcub:7d half:bd ' +
  'centerdot:b7 OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 circ:2c6 tilde:2dc sigmaf:3c2 ' +
  'thetasym:3d1 upsih:3d2 piv:3d6 ensp:2002 emsp:2003 numsp:2007 puncsp:2008 thinsp:2009 hairsp:200a ' +
  'ZeroWidthSpace:200b zwnj:200c zwj:200d lrm:200e rlm:200f hyphen:2010 dash:2010 ndash:2013 mdash:2014 ' +
  'horbar:2015 lsquo:2018 rsquo:2019 rsquor:2019 sbquo:201a lsquor:201a ldquo:201c rdquo:201d rdquor:201d ' +
  'bdquo:201e ldquor:201e dagger:2020 Dagger:2021 bull:2022 bullet:2022 hellip:2026 permil:2030 prime:2032 ' +
  'Prime:2033 lsaquo:2039 rsaquo:203a oline:203e frasl:2044 MediumSpace:205f NoBreak:2060 euro:20ac ' +
  'image:2111 weierp:2118 real:211c trade:2122 TRADE:2122 alefsym:2135 frac13:2153 frac23:2154 larr:2190 ' +
  'uarr:2191 rarr:2192 darr:2193 harr:2194 crarr:21b5 lArr:21d0 uArr:21d1 rArr:21d2 dArr:21d3 hArr:21d4 ' +
  'forall:2200 part:2202 exist:2203 empty:2205 nabla:2207 isin:2208 notin:2209 ni:220b prod:220f sum:2211 ' +
  'minus:2212 lowast:2217 radic:221a prop:221d infin:221e ang:2220 and:2227 or:2228 cap:2229 cup:222a ' +
  'int:222b there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 equiv:2261 le:2264 ge:2265 sub:2282 sup:2283 ' +
  'nsub:2284 sube:2286 supe:2287 oplus:2295 otimes:2297 perp:22a5 sdot:22c5 lceil:2308 rceil:2309 ' +
  'lfloor:230a rfloor:230b lang:27e8 rang:27e9 loz:25ca starf:2605 star:2606 phone:260e female:2640 ' +
  'male:2642 spades:2660 clubs:2663 hearts:2665 diams:2666 check:2713 cross:2717';

/** Names that HTML decodes even without their semicolon ("&copy 2024"), as browsers do for old pages. */
const LEGACY: ReadonlySet<string> = /* @__PURE__ */ new Set(
  `${LATIN_1} quot QUOT amp AMP lt LT gt GT COPY REG`.split(' '),
);

let table: Map<string, string> | undefined;

/** The table of names, built on first use. */
function names(): Map<string, string> {
  if (table !== undefined) return table;
  const map = new Map<string, string>();
  LATIN_1.split(' ').forEach((name, i) => map.set(name, String.fromCharCode(0xa0 + i)));
  GREEK.split(' ').forEach((name, i) => {
    map.set(name, String.fromCharCode(0x391 + i));
    map.set(name.toLowerCase(), String.fromCharCode(0x3b1 + i));
  });
  GREEK_END.split(' ').forEach((name, i) => {
    map.set(name, String.fromCharCode(0x3a3 + i));
    map.set(name.toLowerCase(), String.fromCharCode(0x3c3 + i));
  });
  for (const pair of OTHERS.split(' ')) {
    const [name, hex] = pair.split(':') as [string, string];
    map.set(name, String.fromCharCode(Number.parseInt(hex, 16)));
  }
  table = map;
  return map;
}

/** What numeric references to U+0080–U+009F stand for: the Windows-1252 characters, as HTML reads them. */
const WINDOWS_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The character a numeric reference stands for, as HTML decodes it: U+FFFD for none. */
function numeric(digits: string, radix: number): string {
  // Leading zeros are allowed; more than eight significant digits is out of range anyway.
  const trimmed = digits.replace(/^0+/, '');
  const code = trimmed.length > 8 ? Number.POSITIVE_INFINITY : trimmed === '' ? 0 : Number.parseInt(trimmed, radix);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252.charAt(code - 0x80);
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#([0-9]+);?|#[xX]([0-9a-fA-F]+);?|([A-Za-z][A-Za-z0-9]*)(;?))/g;

/**
 * Decodes the character references of HTML text: `&#8217;`, `&#x2019;` (the semicolon optional, as
 * in HTML), the named references of the table, and a legacy name without its semicolon
 * ("&copy2024" reads "©2024"). Anything else stays as written.
 */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string, semicolon?: string) => {
    if (dec !== undefined) return numeric(dec, 10);
    if (hex !== undefined) return numeric(hex, 16);
    const map = names();
    const known = semicolon === ';' ? map.get(name as string) : undefined;
    if (known !== undefined) return known;
    // The longest legacy name the text starts with, as browsers read "&notit;" and "&amp2".
    for (let end = Math.min((name as string).length, 6); end >= 2; end -= 1) {
      const prefix = (name as string).slice(0, end);
      if (LEGACY.has(prefix)) return `${map.get(prefix) as string}${whole.slice(end + 1)}`;
    }
    return whole;
  });
}
