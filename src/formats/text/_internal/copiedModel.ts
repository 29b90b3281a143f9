import { parseTargetDate, type TargetDateOptions } from '../../../dates/parseTargetDate.js';
import type { Block } from '../../../model/Block.js';
import type { SourceLocation } from '../../../model/Issue.js';
import { categoryOf } from '../../_internal/categories.js';
import { HEADINGS } from '../../_internal/layout.js';
import { refOf } from '../../_internal/refs.js';
import { modelCell } from '../../document/modelCell.js';
import type { ModelCell, ModelItem, ModelRow, TableModel } from '../../document/TableModel.js';
import { columnsOf, isColumnHeadings, isPageBanner, TEMPLATE_COLUMNS, type Columns } from '../../document/words.js';
import { plainText } from './cellBlocks.js';
import { proseModel } from './proseModel.js';
import { endsSentence } from '../../_internal/endsSentence.js';

/** A line of the text: its plain text, its 1-based number, and whether a page starts with it. */
export interface TextLine {
  readonly text: string;
  readonly n: number;
  readonly pageStart: boolean;
  /** The line as written, its spaces kept (a form feed as a space): columns of copied text line up in it. */
  readonly raw: string;
  /** Whether a blank line stands before it. */
  readonly blankBefore: boolean;
}

/** The first column heading: "1. Rec No", "1. Rec.", "Ref", "Rec No". */
const FIRST_HEADING =
  /^(?:1\.?\s*)?(?:rec(?:ommendation)?\.?(?:\s*(?:no|number|ref)\.?)?|ref(?:erence)?\.?(?:\s*no\.?)?)(?:\s|$)/i;
/** A numbered heading's number, where a heading starts: "2. Recommendation". */
const HEADING_NUMBER = /(?:^|\s)(\d{1,2})\.\s+/g;
/** A category label as a plan writes it, capitalised, with the words around it. */
const LABEL =
  /(?:^|(?<=[.!?;:]["')\]]? )|(?<= {2}))((?:Partly|Partially|Part|Not) [Aa](?:greed|ccepted)|Agreed|Accepted|Rejected|Disagreed)(?=[ .,;:]|$)/g;
/** A label anywhere in the text, as a whole capitalised word: the last resort. */
const LABEL_ANYWHERE =
  /\b((?:Partly|Partially|Part|Not) [Aa](?:greed|ccepted)|Agreed|Accepted|Rejected|Disagreed)(?=[ .,;:]|$)/g;
const BULLET = /^[•◦▪▫●○■□‣⁃∙·*–-]\s+/;
/** The end of a line that cannot end an owner: it goes on on the next line. */
const GOES_ON = /(?:[,&/-]|\b(?:and|of|for|the|to|in|at|on|with))$/i;
/** A word before a date that makes the date part of a sentence ("… by March 2026"). */
const IN_SENTENCE = /^(?:by|in|from|until|till|to|of|on|before|after|since|during|between|and|or|the)$/;

/** The headings of the action table read from lines, and the lines they took. */
interface Headings {
  readonly texts: readonly string[];
  readonly columns: Columns;
  /** The index of the line after them. */
  readonly next: number;
}

/** The column headings starting at line `i`, numbered ("1. Rec No 2. Recommendation …", on one line or several) or one per line. */
function headingsAt(lines: readonly TextLine[], i: number): Headings | undefined {
  const first = lines[i] as TextLine;
  if (first.text.length > 300 || !FIRST_HEADING.test(first.text)) return undefined;
  if (/^1\.?\s/.test(first.text)) {
    // Numbered: take lines while the headings go on (short lines, or a line with the next number).
    let joined = '';
    let j = i;
    let count = 0;
    for (; j < lines.length && j < i + 16; j += 1) {
      const text = (lines[j] as TextLine).text;
      if (j > i && (text.length > 60 || (lines[j] as TextLine).pageStart)) break;
      const numbers = numbersIn(text);
      if (j > i && numbers.length === 0 && count >= 4 && namesTarget(joined)) break;
      if (numbers.length > 0 && numbers[0] !== count + 1) {
        if (j === i || count >= 4) break;
        return undefined;
      }
      count = numbers.length > 0 ? (numbers[numbers.length - 1] as number) : count;
      joined = joined === '' ? text : `${joined} ${text}`;
    }
    const texts = splitNumbered(joined);
    return texts.length >= 4 && isColumnHeadings(texts) ? headings(texts, j) : undefined;
  }
  // One heading a line, unnumbered: "Rec No", "Recommendation", "Accepted/ Rejected", "Response" …
  const texts = [first.text];
  let j = i + 1;
  for (; j < lines.length && texts.length < 8; j += 1) {
    const text = (lines[j] as TextLine).text;
    if (text.length > 40) break;
    const found = columnsOf(['', ...texts.slice(1), text]);
    if (found === TEMPLATE_COLUMNS && texts.length >= 4) break;
    if (!isHeadingWord(text)) break;
    texts.push(text);
  }
  return texts.length >= 4 && isColumnHeadings(texts) && columnsOf(texts) !== TEMPLATE_COLUMNS
    ? headings(texts, j)
    : undefined;
}

/** Whether a short text names a column: its words are those of a heading. */
function isHeadingWord(text: string): boolean {
  const columns = columnsOf(['Ref', text, text, text, text]);
  return (
    columns !== TEMPLATE_COLUMNS ||
    /\b(?:agreed|accepted|rejected|categor|owner|responsib|lead|date|timescale|target|response|action|progress|recommendation|concern|improvement|finding)/i.test(
      text,
    )
  );
}

/** Whether the headings so far name a target date, the template's last column. */
const namesTarget = (joined: string): boolean =>
  /\b(?:dates?|timescales?|deadlines?|target|completion)\b/i.test(joined);

/** The heading numbers a line holds, in order: "2. Recommendation 3. Agreed/" → [2, 3]. */
function numbersIn(text: string): number[] {
  const numbers: number[] = [];
  HEADING_NUMBER.lastIndex = 0;
  for (let m = HEADING_NUMBER.exec(text); m !== null; m = HEADING_NUMBER.exec(text)) numbers.push(Number(m[1]));
  return numbers;
}

/** Numbered headings split at their numbers, in sequence from 1: the number stays with its heading. */
function splitNumbered(joined: string): string[] {
  const texts: string[] = [];
  let expected = 1;
  let start = 0;
  HEADING_NUMBER.lastIndex = 0;
  for (let m = HEADING_NUMBER.exec(joined); m !== null; m = HEADING_NUMBER.exec(joined)) {
    if (Number(m[1]) !== expected) continue;
    const at = m.index + (m[0].startsWith(' ') ? 1 : 0);
    if (expected > 1) texts.push(joined.slice(start, at).trim());
    start = at;
    expected += 1;
  }
  if (expected > 1) texts.push(joined.slice(start).trim());
  return texts;
}

function headings(texts: readonly string[], next: number): Headings | undefined {
  const columns = columnsOf(texts);
  // The cells are told apart in the template's order: a table in another order is not read here.
  const order = [columns.ref, columns.text, columns.category, columns.response, columns.owner, columns.target].filter(
    (c) => c >= 0,
  );
  for (let k = 1; k < order.length; k += 1) if ((order[k] as number) <= (order[k - 1] as number)) return undefined;
  return { texts, columns, next };
}

/** How a line that starts with a ref starts: a digit after at most three letters, or a word that names a ref. */
const REF_START = /^(?:[A-Za-z]{0,3} ?\d|rec|ref|area|priority|key)/i;
/** How a target date ends: a digit, or the last word of a status ("Completed", "ongoing", "TBC"). */
const DATE_END =
  /(?:\d|\b(?:completed?|ongoing|on-going|continuous|usual|tbc|tbd|tba|confirmed|determined|agreed|decision|done|achieved))[.,;]?$/i;

/** The ref a line starts with, and the text after it, when the line starts a recommendation. */
function refStart(text: string, options: TargetDateOptions): { ref: string; rest: string } | undefined {
  // Most lines start with a word that no ref starts with: tell them at once.
  if (!REF_START.test(text)) return undefined;
  const words = text.split(' ');
  for (let k = 1; k <= 4 && k <= words.length; k += 1) {
    const head = words.slice(0, k).join(' ');
    if (refOf(head) === undefined) continue;
    const rest = words.slice(k).join(' ');
    if (rest !== '' && !/^["'‘“(]?[A-Z]/.test(rest)) return undefined;
    // A date ("31 March 2026") or a figure of a tally is no ref.
    if (parseTargetDate(text, options).type !== 'unknown') return undefined;
    return { ref: head, rest };
  }
  return undefined;
}

/** Whether a line is a section heading or an addressee line, which stands between recommendations. */
const isSectionLine = (text: string): boolean =>
  (text.length <= 40 &&
    /^(?:recommendations?|priority concerns?|key concerns?|areas? (?:for|of) improvement)$/i.test(text)) ||
  (text.length <= 160 && /\b(?:should|must)\s*:$/i.test(text));

/** Whether a line is a figure of a closing tally ("Partly Agreed 1", "Total 7"). */
const isTallyLine = (text: string): boolean => {
  const space = text.lastIndexOf(' ');
  if (space < 1 || space > 40 || !/^\d{1,5}$/.test(text.slice(space + 1))) return false;
  const label = text.slice(0, space);
  return /^total$/i.test(label) || categoryOf(label) !== undefined;
};

/** The lines at the top or the foot of several pages: running page headers and footers. */
function repeatedLines(lines: readonly TextLine[]): Set<number> {
  const edges = new Map<string, number[]>();
  const add = (line: TextLine | undefined): void => {
    if (line === undefined || line.text.length > 120) return;
    const key = line.text.replace(/\d+/g, '#');
    const at = edges.get(key);
    if (at === undefined) edges.set(key, [line.n]);
    else if (at[at.length - 1] !== line.n) at.push(line.n);
  };
  let pages = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as TextLine;
    if (i === 0 || line.pageStart) {
      pages += 1;
      add(line);
      add(lines[i - 1]);
    }
  }
  add(lines[lines.length - 1]);
  const repeated = new Set<number>();
  if (pages < 3) return repeated;
  for (const at of edges.values()) if (at.length >= 3) for (const n of at) repeated.add(n);
  return repeated;
}

/** A recommendation's lines, up to the next one or to column headings repeated on a new page. */
interface Part {
  /** Its ref as written; empty for the part after a page's repeated column headings. */
  readonly ref: string;
  /** The line its ref stands on, or where it goes on after the column headings. */
  readonly n: number;
  /** Its lines, the ref taken off the first. */
  readonly lines: TextLine[];
}

/** A word of a part and the line it stands on. */
interface Word {
  readonly text: string;
  /** The index of its line in the part. */
  readonly line: number;
}

/** The cells of a recommendation told apart, and whether its text ends cut (a page break may go on with it). */
interface PartCells {
  readonly row: ModelRow;
  readonly textCut: boolean;
}

/** A section heading copied on a line of its own, as a row with its text in the recommendation column. */
const sectionRow = (line: TextLine): ModelRow => ({
  cells: HEADINGS.map((_, k) => modelCell(k === 1 ? [{ type: 'paragraph', text: line.text }] : [], { line: line.n })),
  location: { line: line.n },
  text: line.text,
});
const span = (a: number, b: number): SourceLocation => (a === b ? { line: a } : { line: a, endLine: b });
const paragraphs = (texts: readonly string[]): Block[] => texts.map((text) => ({ type: 'paragraph', text }));

/** The target dates at the end of the words, read back from the last; `start` is where the first begins. */
function trailingDates(words: readonly Word[], lineTexts: readonly string[], options: TargetDateOptions) {
  const dates: string[] = [];
  let end = words.length;
  while (end > 0 && dates.length < 50 && DATE_END.test((words[end - 1] as Word).text)) {
    let taken = 0;
    for (let k = Math.min(6, end); k >= 1; k -= 1) {
      const text = words
        .slice(end - k, end)
        .map((w) => w.text)
        .join(' ');
      // Plans write a target with a capital or a digit first ("Completed", "March 2026"): "completed" is a word of a sentence.
      if (!/^[A-Z0-9]/.test(text)) continue;
      const target = parseTargetDate(text, options);
      if (target.type === 'unknown') continue;
      // A year alone or a number is a date only on a line of its own.
      const alone = lineTexts[(words[end - k] as Word).line] === text;
      if (target.type === 'period' && target.unit === 'year' && !alone) continue;
      const before = words[end - k - 1];
      if (before !== undefined && IN_SENTENCE.test(before.text)) continue;
      taken = k;
      dates.unshift(text);
      break;
    }
    if (taken === 0) break;
    end -= taken;
  }
  return { dates, start: end };
}

/** Whether a line of the owners' column is a target date of its own ("December 2026", "Completed"). */
function isDateLine(text: string, options: TargetDateOptions): boolean {
  if (!/^[A-Z0-9]/.test(text) || text.length > 40) return false;
  const target = parseTargetDate(text, options);
  return target.type !== 'unknown' && !(target.type === 'period' && target.unit === 'year');
}

/** Owner lines grouped into `count` owners: cut where a line was least likely wrapped. */
function groupOwners(pieces: readonly string[], count: number): string[] {
  const width = pieces.reduce((w, p) => Math.max(w, p.length), 0);
  const gaps: { at: number; score: number }[] = [];
  for (let k = 0; k + 1 < pieces.length; k += 1) {
    const piece = pieces[k] as string;
    const next = pieces[k + 1] as string;
    const nextWord = next.split(' ')[0] as string;
    const joined = GOES_ON.test(piece) || /^[a-z&(]/.test(next);
    gaps.push({ at: k, score: joined ? -Infinity : width - (piece.length + 1 + nextWord.length) });
  }
  const cuts = gaps
    .slice()
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(0, count - 1)
    // A line that would have fitted the next word was not wrapped: cut there, and nowhere unsure.
    .filter((g) => g.score > -3)
    .map((g) => g.at)
    .sort((a, b) => a - b);
  const owners: string[] = [];
  let from = 0;
  for (const cut of [...cuts, pieces.length - 1]) {
    owners.push(pieces.slice(from, cut + 1).join(' '));
    from = cut + 1;
  }
  return owners;
}

/** An owner text on one line for `count` owners: split only where it repeats one owner ("Governor Governor"). */
function splitOneLine(text: string, count: number): string[] {
  const words = text.split(' ');
  if (count > 1 && words.length % count === 0) {
    const size = words.length / count;
    const one = words.slice(0, size).join(' ');
    const owners: string[] = [];
    for (let k = 0; k < count; k += 1) owners.push(words.slice(k * size, (k + 1) * size).join(' '));
    if (owners.every((o) => o === one)) return owners;
  }
  return [text];
}

/** A response's blocks from its lines: bulleted lines are list items, and a paragraph ends where a line was not wrapped. */
function responseBlocks(lineTexts: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const width = lineTexts.reduce((w, t) => Math.max(w, t.length), 0);
  let paragraph: string | undefined;
  let items: string[] | undefined;
  let previous = '';
  const endParagraph = (): void => {
    if (paragraph !== undefined) blocks.push({ type: 'paragraph', text: paragraph });
    paragraph = undefined;
  };
  const endList = (): void => {
    if (items !== undefined) blocks.push({ type: 'list', items });
    items = undefined;
  };
  for (const raw of lineTexts) {
    // Bullets run together on one line are items of their own.
    const pieces = raw.split(/ (?=[•◦▪●■‣] )/);
    for (let p = 0; p < pieces.length; p += 1) {
      const text = pieces[p] as string;
      const bullet = BULLET.exec(text);
      if (bullet !== null && /^[•◦▪▫●○■□‣⁃∙·*]/.test(text)) {
        endParagraph();
        items ??= [];
        items.push(text.slice(bullet[0].length));
      } else {
        const firstWord = text.split(' ')[0] as string;
        const newParagraph =
          previous !== '' &&
          endsSentence(previous) &&
          /^["'‘“(]?[A-Z0-9]/.test(text) &&
          (p > 0 || previous.length + 1 + firstWord.length < width - 1);
        if (items !== undefined && !newParagraph) {
          items[items.length - 1] = `${items[items.length - 1] as string} ${text}`;
        } else if (paragraph !== undefined && !newParagraph) {
          paragraph = `${paragraph} ${text}`;
        } else {
          endList();
          endParagraph();
          paragraph = text;
        }
      }
      previous = text;
    }
  }
  endList();
  endParagraph();
  return blocks;
}

/**
 * Tells a recommendation's cells apart in its lines: the ref, then its text up to the category
 * label, the response, the owners and, read back from the end, the target dates. A part after a
 * page's repeated column headings goes on with the text where the text was cut, then the response.
 */
function readPart(part: Part, columns: Columns, textCutBefore: boolean, options: TargetDateOptions): PartCells {
  const lineTexts = part.lines.map((l) => l.text);
  let textWords: string[] = [];
  let label = '';
  /** The lines after the text and the label. */
  let rest: string[] = lineTexts;
  let restFirst = 0;
  if (part.ref !== '') {
    let found: { line: number; index: number; label: string } | undefined;
    if (columns.category >= 0) {
      for (const pattern of [LABEL, LABEL_ANYWHERE]) {
        for (let j = 0; j < lineTexts.length && found === undefined; j += 1) {
          pattern.lastIndex = 0;
          const m = pattern.exec(lineTexts[j] as string);
          // A label at the start of the part's first line is the ref's line's text, not its category.
          if (m !== null) found = { line: j, index: m.index, label: m[1] as string };
        }
        if (found !== undefined) break;
      }
    }
    if (found === undefined) {
      // No category: the text is the first line's, the rest is read on.
      textWords = lineTexts.length > 0 ? [lineTexts[0] as string] : [];
      rest = lineTexts.slice(1);
      restFirst = 1;
    } else {
      textWords = lineTexts.slice(0, found.line);
      const at = lineTexts[found.line] as string;
      const before = at.slice(0, found.index).trim();
      if (before !== '') textWords.push(before);
      label = found.label;
      const after = at.slice(found.index + found.label.length).trim();
      rest = after === '' ? lineTexts.slice(found.line + 1) : [after, ...lineTexts.slice(found.line + 1)];
      restFirst = after === '' ? found.line + 1 : found.line;
    }
  } else if (textCutBefore) {
    // The recommendation's text goes on to its first sentence end.
    const end = lineTexts.findIndex(endsSentence);
    if (end >= 0) {
      textWords = lineTexts.slice(0, end + 1);
      rest = lineTexts.slice(end + 1);
      restFirst = end + 1;
    }
  }
  const words: Word[] = [];
  for (let j = 0; j < rest.length; j += 1) {
    for (const w of (rest[j] as string).split(' ')) if (w !== '') words.push({ text: w, line: j });
  }
  const { dates, start } =
    columns.target >= 0 ? trailingDates(words, rest, options) : { dates: [], start: words.length };
  let ownerStart = start;
  if (columns.owner >= 0 && dates.length > 0) {
    let end = start - 1;
    while (end >= 0 && !endsSentence((words[end] as Word).text)) end -= 1;
    if (end >= 0) {
      // Owners start on the line after the response's last sentence, or right after it on one line.
      const line = (words[end] as Word).line;
      let next = end + 1;
      while (next < start && (words[next] as Word).line === line) next += 1;
      ownerStart = next < start ? next : end + 1;
    } else if (start === 0 || rest.length > 1) {
      // No sentence at all: the lines are owners; on one line, the owner cannot be told from the response.
      ownerStart = start === 0 || rest.length <= 1 ? start : 0;
    }
    // The owners' column is narrow: a line as wide as the response's widest is the response's.
    const width = rest.reduce((w, t) => Math.max(w, t.length), 0);
    if (rest.length > 1 && width >= 40) {
      // The width of each line's words before the dates.
      const widths = new Map<number, number>();
      for (let k = ownerStart; k < start; k += 1) {
        const w = words[k] as Word;
        widths.set(w.line, (widths.get(w.line) ?? -1) + 1 + w.text.length);
      }
      let k = start - 1;
      while (k >= ownerStart && (widths.get((words[k] as Word).line) ?? 0) <= width * 0.6) k -= 1;
      if (k >= ownerStart) {
        const line = (words[k] as Word).line;
        while (k < start && (words[k] as Word).line === line) k += 1;
        ownerStart = k;
      }
    }
  }
  // Lines of the response, the owners' pieces by line.
  const byLine = (from: number, to: number): string[] => {
    const out: string[] = [];
    let line = -1;
    for (let k = from; k < to; k += 1) {
      const w = words[k] as Word;
      if (w.line !== line) out.push(w.text);
      else out[out.length - 1] = `${out[out.length - 1] as string} ${w.text}`;
      line = w.line;
    }
    return out;
  };
  const response = responseBlocks(byLine(0, ownerStart));
  // Owners and dates may alternate, an action to a row: a date line between owners ends an owner.
  const segments: string[][] = [[]];
  const between: string[] = [];
  const ownerLines = byLine(ownerStart, start);
  for (let k = 0; k < ownerLines.length; k += 1) {
    const piece = ownerLines[k] as string;
    // A date may be wrapped over two lines ("Commenced and" / "ongoing").
    const two = k + 1 < ownerLines.length ? `${piece} ${ownerLines[k + 1] as string}` : undefined;
    const date = isDateLine(piece, options) ? piece : two !== undefined && isDateLine(two, options) ? two : undefined;
    if (date !== undefined) {
      between.push(date);
      segments.push([]);
      if (date === two) k += 1;
    } else (segments[segments.length - 1] as string[]).push(piece);
  }
  const ownerSegments = segments.filter((g) => g.length > 0);
  const allDates = between.length === 0 ? dates : between.concat(dates);
  const pieces = ownerSegments.flat();
  const owners =
    between.length > 0 && ownerSegments.length === allDates.length
      ? ownerSegments.map((g) => g.join(' '))
      : pieces.length === 0
        ? []
        : pieces.length === 1
          ? splitOneLine(pieces[0] as string, allDates.length)
          : groupOwners(pieces, Math.max(1, allDates.length));

  const first = part.n;
  const last = part.lines.length === 0 ? first : (part.lines[part.lines.length - 1] as TextLine).n;
  const lineOf = (j: number): number =>
    (part.lines[Math.min(j, part.lines.length - 1)] as TextLine | undefined)?.n ?? first;
  const wordLine = (k: number): number => (k < words.length ? lineOf(restFirst + (words[k] as Word).line) : last);
  const text = textWords.join(' ');
  const cells: ModelCell[] = [
    modelCell(part.ref === '' ? [] : paragraphs([part.ref]), { line: first }),
    modelCell(text === '' ? [] : paragraphs([text]), { line: first }),
    modelCell(label === '' ? [] : paragraphs([label]), { line: lineOf(restFirst) }),
    modelCell(response, { line: wordLine(0) }),
    modelCell(paragraphs(owners), { line: wordLine(ownerStart) }),
    modelCell(paragraphs(allDates), { line: wordLine(start) }),
  ];
  const row: ModelRow = {
    cells,
    location: span(first, last),
    text: [part.ref, ...lineTexts].filter((t) => t !== '').join(' '),
    inferredCells: true,
    ...(part.ref === '' ? { afterBreak: true } : {}),
  };
  const textCut = part.ref !== '' ? text !== '' && !endsSentence(text) : textCutBefore && text === '';
  return { row, textCut };
}

/**
 * The table model of text with no tabs, as a PDF viewer or a web page gives it when copied: the
 * action table found by its column headings, each recommendation from the line that starts with
 * its ref to the next, its cells told apart by their words; or, with no column headings, the
 * prose of a response published as a web page.
 *
 * @param rawLines - The text's lines.
 * @param options - The conventions target dates are read with.
 */
export function copiedModel(rawLines: readonly string[], options: TargetDateOptions): TableModel {
  const lines: TextLine[] = [];
  let pageStart = false;
  let blank = false;
  for (let i = 0; i < rawLines.length; i += 1) {
    let raw = rawLines[i] as string;
    if (raw.includes('\f')) {
      pageStart = true;
      raw = raw.replace(/\f/g, ' ');
    }
    const text = plainText(raw);
    if (text === '') {
      blank = true;
      continue;
    }
    lines.push({ text, n: i + 1, pageStart, raw, blankBefore: blank });
    pageStart = false;
    blank = false;
  }
  for (let i = 0; i < lines.length; i += 1) {
    const layout = layoutHeadingsAt(lines, i);
    if (layout !== undefined) return layoutModel(lines, i, layout, options);
  }
  let start = -1;
  let first: Headings | undefined;
  for (let i = 0; i < lines.length && first === undefined; i += 1) {
    first = headingsAt(lines, i);
    if (first !== undefined) start = i;
  }
  if (first === undefined) return proseModel(lines, options);
  const columns = first.columns;

  const repeated = repeatedLines(lines);
  const { items, line: addLine, row: addRow, endTable } = modelItems(lines, start, repeated);
  // The heading row, in the template's order, as the cells below are.
  const headingTexts = HEADINGS.map((text, k) => (k === 0 ? (first.texts[0] as string) : text));
  addRow({
    cells: headingTexts.map((text, k) =>
      modelCell([{ type: 'paragraph', text }], { line: (lines[start] as TextLine).n, column: k + 1 }),
    ),
    location: span((lines[start] as TextLine).n, (lines[first.next - 1] as TextLine).n),
    text: first.texts.join(' '),
  });

  let part: Part | undefined;
  /** Whether a recommendation is open, so that the lines after repeated column headings go on with it. */
  let open = false;
  let textCut = false;
  let previousRef: number | undefined;
  const flush = (): void => {
    if (part === undefined) return;
    if (part.ref !== '' || part.lines.length > 0) {
      const read = readPart(part, columns, textCut, options);
      addRow(read.row);
      textCut = read.textCut;
    }
    part = undefined;
  };
  /** Whether a line of a number alone is the next ref rather than a page number. */
  const isNextRef = (text: string): boolean =>
    /^\d{1,3}$/.test(text) && Number(text) === (previousRef === undefined ? 1 : previousRef + 1);

  for (let i = first.next; i < lines.length;) {
    const line = lines[i] as TextLine;
    const again = headingsAt(lines, i);
    if (again !== undefined) {
      // Column headings repeated at the top of a page: the recommendation goes on after them.
      flush();
      addRow({
        cells: again.texts.map((text, k) => modelCell([{ type: 'paragraph', text }], { line: line.n, column: k + 1 })),
        location: span(line.n, (lines[again.next - 1] as TextLine).n),
        text: again.texts.join(' '),
        header: true,
      });
      if (open) part = { ref: '', n: (lines[again.next] as TextLine | undefined)?.n ?? line.n, lines: [] };
      i = again.next;
      continue;
    }
    i += 1;
    if (repeated.has(line.n) || (isPageBanner(line.text) && !isNextRef(line.text))) {
      addLine(line);
      continue;
    }
    const started = refStart(line.text, options);
    if (started !== undefined && (started.rest !== '' || isNextRef(line.text))) {
      flush();
      open = true;
      textCut = false;
      const n = Number(started.ref);
      if (Number.isInteger(n)) previousRef = n;
      part = { ref: started.ref, n: line.n, lines: started.rest === '' ? [] : [{ ...line, text: started.rest }] };
      continue;
    }
    if (isSectionLine(line.text) || isTallyLine(line.text)) {
      flush();
      open = false;
      const next = lines[i];
      if (isTallyLine(line.text) || (next !== undefined && isTallyLine(next.text))) {
        endTable();
        addLine(line);
      } else {
        addRow(sectionRow(line));
      }
      continue;
    }
    if (part !== undefined) {
      part.lines.push(line);
      continue;
    }
    endTable();
    addLine(line);
  }
  flush();
  endTable();
  return { items };
}

/**
 * The items of a copied text's table model, built in reading order: its lines outside tables (a
 * running header or footer, one of the `repeated` line numbers, marked so), starting with those before line `start`, and the
 * rows of the table being read, which `endTable` adds as one table.
 */
function modelItems(
  lines: readonly TextLine[],
  start: number,
  repeated: ReadonlySet<number>,
): { items: ModelItem[]; line(line: TextLine): void; row(row: ModelRow): void; endTable(): void } {
  const items: ModelItem[] = [];
  let rows: ModelRow[] = [];
  const line = (at: TextLine): void => {
    items.push(
      repeated.has(at.n)
        ? { type: 'line', text: at.text, location: { line: at.n }, repeated: true }
        : { type: 'line', text: at.text, location: { line: at.n } },
    );
  };
  for (let i = 0; i < start; i += 1) line(lines[i] as TextLine);
  return {
    items,
    line,
    row: (row) => {
      rows.push(row);
    },
    endTable: () => {
      if (rows.length > 0) items.push({ type: 'table', rows, location: (rows[0] as ModelRow).location });
      rows = [];
    },
  };
}

/** A run of text on a line of layout text, between two spaces or more, and the column it starts in. */
interface Segment {
  readonly text: string;
  readonly start: number;
}

/** The runs of text of a line, split at two spaces or more. */
function segmentsOf(raw: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /\S+(?: \S+)*/g;
  for (let m = pattern.exec(raw); m !== null; m = pattern.exec(raw)) segments.push({ text: m[0], start: m.index });
  return segments;
}

/** Column headings laid out side by side, and where each column starts on the line. */
interface LayoutHeadings extends Headings {
  readonly anchors: readonly number[];
}

/** The index of the anchor nearest a position. */
function nearest(anchors: readonly number[], at: number): number {
  let best = 0;
  for (let k = 1; k < anchors.length; k += 1) {
    if (Math.abs((anchors[k] as number) - at) < Math.abs((anchors[best] as number) - at)) best = k;
  }
  return best;
}

/**
 * Numbered column headings side by side, as `pdftotext -layout` and some viewers copy a table
 * ("1. Rec   2. Recommendation   3. Agreed/ …"), with the lines of headings wrapped below them.
 */
function layoutHeadingsAt(lines: readonly TextLine[], i: number): LayoutHeadings | undefined {
  const line = lines[i] as TextLine;
  if (line.raw.length > 400 || !/^\s*1\.\s*\S/.test(line.raw) || !/ {2}/.test(line.raw.trim())) return undefined;
  const anchors: number[] = [];
  const pattern = /(?:^|\s)(\d{1,2})\.\s/g;
  let wide = 0;
  for (let m = pattern.exec(line.raw); m !== null; m = pattern.exec(line.raw)) {
    if (Number(m[1]) !== anchors.length + 1) continue;
    const at = m.index + m[0].indexOf(m[1] as string);
    if (anchors.length > 0 && line.raw.slice(at - 2, at) === '  ') wide += 1;
    anchors.push(at);
  }
  if (anchors.length < 4 || wide < 2) return undefined;
  const texts = anchors.map((a, k) => line.raw.slice(a, anchors[k + 1]).trim());
  let j = i + 1;
  for (; j < lines.length && j < i + 4; j += 1) {
    const next = lines[j] as TextLine;
    if (next.blankBefore || next.pageStart) break;
    const segments = segmentsOf(next.raw);
    if (segments.some((seg) => Math.abs((anchors[nearest(anchors, seg.start)] as number) - seg.start) > 4)) break;
    for (const seg of segments) {
      const k = nearest(anchors, seg.start);
      texts[k] = `${texts[k] as string} ${seg.text}`;
    }
  }
  if (!isColumnHeadings(texts)) return undefined;
  const found = headings(texts, j);
  return found === undefined ? undefined : { ...found, anchors };
}

/** The text of each column on a line of layout text; a run that reaches into the next column is cut where that column starts. */
function layoutCells(raw: string, anchors: readonly number[], starts: readonly (number | undefined)[]): string[][] {
  const cells: string[][] = anchors.map(() => []);
  for (const seg of segmentsOf(raw)) {
    let k = nearest(anchors, seg.start);
    let text = seg.text;
    let start = seg.start;
    // "… set out in Deputy Director Public": the response and the owner joined by one space.
    while (k + 1 < anchors.length) {
      const expected = starts[k + 1] ?? (anchors[k + 1] as number);
      if (start + text.length <= expected) break;
      // Cut at the word nearest where the next column starts, a capital after a small word first
      // ("… through Chief Probation Officer", "… information Partly Agreed").
      const words = /\S+/g;
      let cut = -1;
      let best = Infinity;
      let previous = '';
      for (let m = words.exec(text); m !== null; m = words.exec(text)) {
        const distance = Math.abs(start + m.index - expected);
        if (m.index > 0 && distance <= 8) {
          const score =
            distance + (/^[a-z]/.test(m[0]) ? 6 : 0) + (/^[A-Z]/.test(m[0]) && /^[A-Z]/.test(previous) ? 8 : 0);
          if (score < best) {
            best = score;
            cut = m.index;
          }
        }
        previous = m[0];
      }
      if (cut < 0) break;
      (cells[k] as string[]).push(text.slice(0, cut).trim());
      text = text.slice(cut);
      start += cut;
      k += 1;
    }
    (cells[k] as string[]).push(text);
  }
  return cells;
}

/** Target-date lines of one column, a date wrapped over lines joined ("Commenced and" / "ongoing"). */
function datesOf(texts: readonly string[], options: TargetDateOptions): string[] {
  const dates: string[] = [];
  let pending = '';
  for (const text of texts) {
    pending = pending === '' ? text : `${pending} ${text}`;
    if (parseTargetDate(pending, options).type !== 'unknown') {
      dates.push(pending);
      pending = '';
    }
  }
  if (pending !== '') dates.push(pending);
  return dates;
}

/**
 * The table model of text whose columns stand side by side, as `pdftotext -layout` gives it: each
 * line's runs of text go to the column whose heading they stand under; a recommendation runs from
 * the line with its ref to the next; a page's repeated column headings continue it.
 */
function layoutModel(
  lines: readonly TextLine[],
  at: number,
  first: LayoutHeadings,
  options: TargetDateOptions,
): TableModel {
  const repeated = repeatedLines(lines);
  const { items, line: addLine, row: addRow, endTable } = modelItems(lines, at, repeated);
  const headingRow = (h: Headings, from: number, to: number, header: boolean): ModelRow => ({
    cells: (header ? h.texts : HEADINGS.map((t, k) => (k === 0 ? (h.texts[0] as string) : t))).map((text, k) =>
      modelCell([{ type: 'paragraph', text }], { line: from, column: k + 1 }),
    ),
    location: span(from, to),
    text: h.texts.join(' '),
    ...(header ? { header: true } : {}),
  });
  addRow(headingRow(first, (lines[at] as TextLine).n, (lines[first.next - 1] as TextLine).n, false));

  let headings: LayoutHeadings = first;
  let block: { ref: string; lines: TextLine[] } | undefined;
  let open = false;
  const flush = (): void => {
    if (block === undefined) return;
    const { columns, anchors } = headings;
    // Where each column's text starts in this block, to cut runs that reach into it.
    const starts: (number | undefined)[] = anchors.map(() => undefined);
    for (const line of block.lines) {
      for (const seg of segmentsOf(line.raw)) {
        const k = nearest(anchors, seg.start);
        if (Math.abs(seg.start - (anchors[k] as number)) <= 8) starts[k] = Math.min(starts[k] ?? Infinity, seg.start);
      }
    }
    const byColumn: string[][] = anchors.map(() => []);
    for (const line of block.lines) {
      const cells = layoutCells(line.raw, anchors, starts);
      for (let k = 0; k < cells.length; k += 1) for (const t of cells[k] as string[]) (byColumn[k] as string[]).push(t);
    }
    const column = (k: number): string[] => (k < 0 ? [] : (byColumn[k] ?? []));
    const refText = column(columns.ref).join(' ');
    const refRead = block.ref === '' ? undefined : refStart(refText, options);
    const ref = refRead?.ref ?? '';
    // Text beside the ref in its column belongs to the recommendation's text.
    const text = [refRead === undefined ? refText : refRead.rest, ...column(columns.text)]
      .filter((t) => t !== '')
      .join(' ');
    const label = column(columns.category).join(' ');
    const dates = datesOf(column(columns.target), options);
    const ownerLines = column(columns.owner);
    const owners = ownerLines.length <= 1 ? ownerLines : groupOwners(ownerLines, Math.max(1, dates.length));
    const used = new Set([
      columns.ref,
      columns.text,
      columns.category,
      columns.response,
      columns.owner,
      columns.target,
    ]);
    const extra = byColumn.filter((_, k) => !used.has(k)).map((texts) => texts.join(' '));
    const from = (block.lines[0] as TextLine).n;
    const to = (block.lines[block.lines.length - 1] as TextLine).n;
    const cells: ModelCell[] = [
      modelCell(ref === '' ? [] : paragraphs([ref]), { line: from }),
      modelCell(text === '' ? [] : paragraphs([text]), { line: from }),
      modelCell(label === '' ? [] : paragraphs([label]), { line: from }),
      modelCell(responseBlocks(column(columns.response)), { line: from }),
      modelCell(paragraphs(owners), { line: from }),
      modelCell(paragraphs(dates), { line: from }),
      ...extra.map((t) => modelCell(t === '' ? [] : paragraphs([t]), { line: from })),
    ];
    addRow({
      cells,
      location: span(from, to),
      text: block.lines.map((l) => l.text).join(' '),
      inferredCells: true,
      ...(block.ref === '' ? { afterBreak: true } : {}),
    });
    block = undefined;
  };
  for (let i = first.next; i < lines.length;) {
    const line = lines[i] as TextLine;
    const again = layoutHeadingsAt(lines, i);
    if (again !== undefined) {
      flush();
      headings = again;
      addRow(headingRow(again, line.n, (lines[again.next - 1] as TextLine).n, true));
      if (open) block = { ref: '', lines: [] };
      i = again.next;
      continue;
    }
    i += 1;
    if (repeated.has(line.n) || isPageBanner(line.text)) {
      addLine(line);
      continue;
    }
    const segments = segmentsOf(line.raw);
    const lead = segments[0];
    const started =
      lead !== undefined && nearest(headings.anchors, lead.start) === headings.columns.ref
        ? refStart(lead.text, options)
        : undefined;
    if (started !== undefined) {
      flush();
      open = true;
      block = { ref: started.ref, lines: [line] };
      continue;
    }
    if (isTallyLine(line.text)) {
      flush();
      open = false;
      endTable();
      addLine(line);
      continue;
    }
    if (segments.length === 1 && isSectionLine(line.text)) {
      flush();
      open = false;
      const next = lines[i];
      if (next !== undefined && isTallyLine(next.text)) {
        endTable();
        addLine(line);
      } else {
        addRow(sectionRow(line));
      }
      continue;
    }
    if (block !== undefined) {
      if (block.ref === '' && block.lines.length === 0) block = { ref: '', lines: [] };
      block.lines.push(line);
      continue;
    }
    endTable();
    addLine(line);
  }
  flush();
  endTable();
  return { items };
}
