import type { PdfJsOps, PdfJsPage } from '../pdfjs.js';
import type { PageContent, Rule, TextRun } from './pageLayout.js';

// What the layout needs from a page as pdf.js reads it: its text runs (from the text content) and
// the straight lines it draws (from the operator list), in points from the page's top-left corner.
// Only the few members of pdf.js used here are named, so that the library's types do not depend
// on pdf.js's.

/** A text item of pdf.js's text content. */
interface PdfJsTextItem {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
}

/** How many text runs and how many lines of a page are read: far more than any page of a plan shows. */
export const MAX_RUNS = 50_000;
export const MAX_RULES = 5_000;

/** The thickness below which a filled rectangle is a line (a border a browser draws as a thin box). */
const THIN = 2.5;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** `m` applied after `ctm`, as PDF's `cm` operator composes them. */
const multiply = (m: Matrix, ctm: Matrix): Matrix => [
  m[0] * ctm[0] + m[1] * ctm[2],
  m[0] * ctm[1] + m[1] * ctm[3],
  m[2] * ctm[0] + m[3] * ctm[2],
  m[2] * ctm[1] + m[3] * ctm[3],
  m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
  m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
];

/** A page's content: its text runs, its lines, and whether it paints images. */
export async function pageContent(
  page: PdfJsPage,
  number: number,
  ops: PdfJsOps,
): Promise<PageContent & { readonly images: number; readonly cut: boolean }> {
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
  const left = Math.min(x0, x1);
  const top = Math.max(y0, y1);
  const width = Math.abs(x1 - x0);
  const height = Math.abs(y1 - y0);

  const runs: TextRun[] = [];
  /** Whether the page has more runs of text than are read. */
  let cut = false;
  const content = await page.getTextContent();
  for (const raw of content.items) {
    if (runs.length >= MAX_RUNS) {
      cut = true;
      break;
    }
    const item = raw as PdfJsTextItem;
    const t = item.transform;
    if (typeof item.str !== 'string' || item.str === '' || t === undefined || t.length < 6) continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = t;
    // The font size is the length of the text matrix's first column; rotated text keeps it.
    const size = Math.hypot(a, b);
    if (!Number.isFinite(size) || !Number.isFinite(e) || !Number.isFinite(f) || size <= 0) continue;
    runs.push({ text: item.str, x: e - left, y: top - f, width: Math.max(0, item.width ?? 0), size });
  }

  const rules: Rule[] = [];
  let images = 0;
  const list = await page.getOperatorList();
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const point = (x: number, y: number): [number, number] => [
    x * ctm[0] + y * ctm[2] + ctm[4] - left,
    top - (x * ctm[1] + y * ctm[3] + ctm[5]),
  ];
  const addRule = (ax: number, ay: number, bx: number, by: number): void => {
    if (rules.length >= MAX_RULES) return;
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= 2) {
      rules.push({ across: true, at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    } else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= 2) {
      rules.push({ across: false, at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
    }
  };
  // Bullets a browser draws as shapes (a disc, a circle, a square) rather than as text: each
  // becomes a run "•" where it stands, one em of its size wide, for the layout to read as text.
  const addMark = (left: number, top: number, right: number, bottom: number): void => {
    if (runs.length >= MAX_RUNS) {
      cut = true;
      return;
    }
    const size = (bottom - top) / 0.35;
    runs.push({ text: '•', x: left, y: (top + bottom) / 2 + size * 0.3, width: right - left, size });
  };
  const count = Math.min(list.fnArray.length, list.argsArray.length);
  for (let i = 0; i < count; i += 1) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null | undefined;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && Array.isArray(args) && args.length >= 6 && args.every(Number.isFinite)) {
      ctm = multiply(args as Matrix, ctm);
    } else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject) {
      images += 1;
    } else if (fn === ops.constructPath && Array.isArray(args)) {
      const op = args[0];
      const stroked = typeof op === 'number' && strokes.has(op);
      const filled = typeof op === 'number' && fills.has(op);
      if (!stroked && !filled) continue;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data === undefined || typeof data.length !== 'number') continue;
      readPath(data, point, stroked, filled, addRule, addMark);
    }
  }
  return { number, width, height, runs, rules, images, cut };
}

/**
 * The lines a path draws: with a stroke, its straight segments across or down; with a fill, each
 * thin axis-aligned rectangle, as the line along its middle. pdf.js gives a path as numbers: an
 * operation (0 move, 1 line, 2 curve, 3 quadratic curve, 4 close) and its points.
 */
function readPath(
  data: ArrayLike<number>,
  point: (x: number, y: number) => [number, number],
  stroked: boolean,
  filled: boolean,
  addRule: (ax: number, ay: number, bx: number, by: number) => void,
  addMark: (left: number, top: number, right: number, bottom: number) => void,
): void {
  let shape: [number, number][] = [];
  let start: [number, number] | undefined;
  let at: [number, number] | undefined;
  let curved = false;
  const endShape = (): void => {
    if (shape.length === 0 || !(curved || filled)) {
      shape = [];
      curved = false;
      return;
    }
    let [minX, minY] = shape[0] as [number, number];
    let [maxX, maxY] = [minX, minY];
    for (const [x, y] of shape) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    const w = maxX - minX;
    const h = maxY - minY;
    // A small round or square shape, about as wide as high: a bullet drawn as a shape.
    if (
      w >= 1.2 &&
      h >= 1.2 &&
      w <= 7 &&
      h <= 7 &&
      Math.abs(w - h) <= Math.max(w, h) * 0.25 &&
      (curved || shape.length >= 4)
    ) {
      addMark(minX, minY, maxX, maxY);
    } else if (filled && !curved && shape.length >= 4 && shape.length <= 5) {
      // An axis-aligned rectangle: every corner on its box.
      const boxed = shape.every(
        ([x, y]) =>
          (Math.abs(x - minX) < 0.5 || Math.abs(x - maxX) < 0.5) &&
          (Math.abs(y - minY) < 0.5 || Math.abs(y - maxY) < 0.5),
      );
      if (boxed && h <= THIN && w > THIN) addRule(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
      else if (boxed && w <= THIN && h > THIN) addRule((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
    }
    shape = [];
    curved = false;
  };
  for (let i = 0; i < data.length;) {
    const code = data[i] as number;
    if (code === 0) {
      endShape();
      at = start = point(data[i + 1] as number, data[i + 2] as number);
      shape.push(at);
      i += 3;
    } else if (code === 1) {
      const next = point(data[i + 1] as number, data[i + 2] as number);
      if (stroked && at !== undefined) addRule(at[0], at[1], next[0], next[1]);
      at = next;
      shape.push(next);
      i += 3;
    } else if (code === 2) {
      curved = true;
      shape.push(
        point(data[i + 1] as number, data[i + 2] as number),
        point(data[i + 3] as number, data[i + 4] as number),
      );
      at = point(data[i + 5] as number, data[i + 6] as number);
      shape.push(at);
      i += 7;
    } else if (code === 3) {
      curved = true;
      shape.push(point(data[i + 1] as number, data[i + 2] as number));
      at = point(data[i + 3] as number, data[i + 4] as number);
      shape.push(at);
      i += 5;
    } else if (code === 4) {
      if (stroked && at !== undefined && start !== undefined) addRule(at[0], at[1], start[0], start[1]);
      at = start;
      i += 1;
    } else {
      return;
    }
  }
  endShape();
}
