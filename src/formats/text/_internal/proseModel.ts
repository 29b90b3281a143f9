import type { TargetDateOptions } from '../../../dates/parseTargetDate.js';
import type { Block } from '../../../model/Block.js';
import { modelCell } from '../../document/modelCell.js';
import type { ModelItem, ModelRow, TableModel } from '../../document/TableModel.js';
import type { TextLine } from './copiedModel.js';

/** A recommendation's heading in prose: "Recommendation 3", "Recommendation 3: Ensure that …". */
const RECOMMENDATION = /^recommendation (\d{1,3}(?:\.\d{1,3})*)(?:\s*[:.\u2013\u2014-])?(?:\s+(\S.*))?$/i;
/** A numbered recommendation: "3. Ensure that …". */
const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
/**
 * The answer to a recommendation on a line of its own: "Accepted.", "1.1 Partially accepted.",
 * "Not accepted", "Accepted in principle." — the paragraph number kept out of the label.
 */
const ANSWER =
  /^(?:(\d{1,3}(?:\.\d{1,3})+)\s+)?((?:(?:partially|partly|not) )?(?:accepted|agreed)(?: in (?:part|principle))?|rejected|noted)\.?$/i;
const BULLET = /^[•◦▪●■‣*–-]\s+/;

/** A recommendation in prose: where it starts, its ref and text lines, its answer and response lines. */
interface ProseRecommendation {
  readonly n: number;
  readonly ref: string;
  readonly text: string[];
  answer?: { readonly label: string; readonly n: number };
  readonly response: TextLine[];
}

/** The blocks of a response in prose: a line is a paragraph, a bulleted line an item of a list. */
function proseBlocks(lines: readonly TextLine[]): Block[] {
  const blocks: Block[] = [];
  let items: string[] | undefined;
  for (const line of lines) {
    const bullet = BULLET.exec(line.text);
    if (bullet !== null) {
      if (items === undefined) {
        items = [];
        blocks.push({ type: 'list', items });
      }
      items.push(line.text.slice(bullet[0].length));
    } else {
      items = undefined;
      blocks.push({ type: 'paragraph', text: line.text });
    }
  }
  return blocks;
}

/**
 * The table model of a response published as a web page, in prose with no table (as the Home
 * Office answers the Independent Chief Inspector of Borders and Immigration): each recommendation
 * is a numbered heading and its text, then its answer on a line of its own ("Accepted.", "1.1
 * Partially accepted."), then the response's paragraphs. The lines above the first recommendation
 * stay lines. A recommendation with no answer line is a row with no category, for the recogniser
 * to report; with no recommendation at all, every line stays a line.
 *
 * @param lines - The text's lines, blank lines left out.
 * @param _options - The conventions target dates are read with (a response in prose lists none).
 */
export function proseModel(lines: readonly TextLine[], _options: TargetDateOptions): TableModel {
  const found: ProseRecommendation[] = [];
  let firstAt = -1;
  let current: ProseRecommendation | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as TextLine;
    const text = line.text;
    let m = RECOMMENDATION.exec(text);
    // A numbered paragraph starts a recommendation only where its answer follows within a few lines.
    if (m === null && (current === undefined || current.answer !== undefined)) {
      const numbered = NUMBERED.exec(text);
      if (numbered !== null && answerWithin(lines, i + 1, 4)) m = numbered;
    }
    if (m !== null) {
      if (firstAt < 0) firstAt = i;
      current = { n: line.n, ref: m[1] as string, text: m[2] === undefined ? [] : [m[2]], response: [] };
      found.push(current);
      continue;
    }
    if (current === undefined) continue;
    const answer = current.answer === undefined && text.length <= 60 ? ANSWER.exec(text) : null;
    if (answer !== null) {
      current.answer = { label: answer[2] as string, n: line.n };
      continue;
    }
    if (current.answer === undefined) current.text.push(text);
    else current.response.push(line);
  }
  const items: ModelItem[] = [];
  const before = firstAt < 0 ? lines.length : firstAt;
  for (let i = 0; i < before; i += 1) {
    const line = lines[i] as TextLine;
    items.push({ type: 'line', text: line.text, location: { line: line.n } });
  }
  if (found.length === 0) return { items };
  const at = (lines[firstAt] as TextLine).n;
  const rows: ModelRow[] = [
    {
      // The column headings a response in prose implies: silent, as column headings above the table are.
      cells: [
        'Rec No',
        'Recommendation',
        'Accepted / Partially accepted / Not accepted',
        'Response',
        'Owner',
        'Target date',
      ].map((text, k) => modelCell([{ type: 'paragraph', text }], { line: at, column: k + 1 })),
      location: { line: at },
      text: '',
    },
  ];
  for (const r of found) {
    const last = r.response.length > 0 ? (r.response[r.response.length - 1] as TextLine).n : (r.answer?.n ?? r.n);
    const text = r.text.join(' ');
    const answerLine = r.answer?.n ?? r.n;
    rows.push({
      cells: [
        modelCell([{ type: 'paragraph', text: r.ref }], { line: r.n }),
        modelCell(text === '' ? [] : [{ type: 'paragraph', text }], { line: r.n }),
        modelCell(r.answer === undefined ? [] : [{ type: 'paragraph', text: r.answer.label }], { line: answerLine }),
        modelCell(proseBlocks(r.response), { line: r.response[0]?.n ?? answerLine }),
        modelCell([], { line: last }),
        modelCell([], { line: last }),
      ],
      location: last === r.n ? { line: r.n } : { line: r.n, endLine: last },
      text: [`Recommendation ${r.ref}`, text, r.answer?.label ?? ''].filter((t) => t !== '').join(' '),
    });
  }
  items.push({ type: 'table', rows, location: { line: at } });
  return { items };
}

/** Whether an answer line stands within `count` lines from `from`, before another numbered line. */
function answerWithin(lines: readonly TextLine[], from: number, count: number): boolean {
  for (let i = from; i < lines.length && i < from + count; i += 1) {
    const text = (lines[i] as TextLine).text;
    if (text.length <= 60 && ANSWER.test(text)) return true;
    if (NUMBERED.test(text) || RECOMMENDATION.test(text)) return false;
  }
  return false;
}
