import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { MAX_RUNS, pageContent } from '../../../src/formats/pdf/_internal/pageContent.js';
import type { PdfJsPage } from '../../../src/formats/pdf/pdfjs.js';

const OPS = pdfjs.OPS;

/** A page as pdf.js gives it: a US Letter box, text items, and operators with their arguments. */
function fakePage(items: unknown[], ops: [number, unknown][] = []): PdfJsPage {
  return {
    view: [0, 0, 612, 792],
    getTextContent: async () => ({ items }),
    getOperatorList: async () => ({ fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) }),
    cleanup: () => true,
  };
}
const text = (str: string, x: number, y: number, size = 10) => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: str.length * 5,
});
/** A path pdf.js's way: the painting operator, then moves (0), lines (1) and closes (4) as numbers. */
const path = (paint: number, data: number[]): [number, unknown] => [
  OPS.constructPath,
  [paint, [Float32Array.from(data)], null],
];
const box = (x: number, y: number, w: number, h: number) => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];

describe('pageContent: what a page shows, from the top-left corner down', () => {
  it('gives text runs with baselines measured from the top and font sizes from their matrix', async () => {
    const content = await pageContent(
      fakePage([text('Hello', 72, 700), { str: '', transform: [1, 0, 0, 1, 0, 0] }, { type: 'beginMarkedContent' }]),
      1,
      OPS,
    );
    expect(content.runs).toEqual([{ text: 'Hello', x: 72, y: 92, width: 25, size: 10 }]);
    expect(content.cut).toBe(false);
  });

  it('reads stroked lines and thin filled boxes as rules, through the transforms saved and restored', async () => {
    const content = await pageContent(
      fakePage(
        [],
        [
          [OPS.save, null],
          [OPS.transform, [2, 0, 0, 2, 10, 0]],
          path(OPS.stroke, [0, 0, 100, 1, 50, 100]), // across at y = 200 (page space), x 10 to 110
          [OPS.restore, null],
          path(OPS.fill, box(100, 300, 0.75, 200)), // a border a browser draws: down at x = 100.375
          path(OPS.fill, box(100, 300, 200, 200)), // shading: no rule
        ],
      ),
      1,
      OPS,
    );
    expect(content.rules).toEqual([
      { across: true, at: 592, from: 10, to: 110 },
      { across: false, at: 100.375, from: 292, to: 492 },
    ]);
  });

  it('reads a small disc a browser draws as a bullet run, and counts painted pictures', async () => {
    // A disc of four curves, 4 points across, centred at (50, 500).
    const disc = [
      0, 52, 500, 2, 52, 501, 51, 502, 50, 502, 2, 49, 502, 48, 501, 48, 500, 2, 48, 499, 49, 498, 50, 498, 2, 51, 498,
      52, 499, 52, 500, 4,
    ];
    const content = await pageContent(
      fakePage([], [path(OPS.fill, disc), [OPS.paintImageXObject, ['img1', 10, 10]]]),
      1,
      OPS,
    );
    expect(content.runs.map((r) => r.text)).toEqual(['•']);
    expect(content.runs[0]?.x).toBe(48);
    expect(content.images).toBe(1);
  });

  it('reads at most MAX_RUNS runs of a page and says it cut the page short', async () => {
    const items = Array.from({ length: MAX_RUNS + 5 }, (_, i) => text('x', 10, 700 - (i % 600)));
    const content = await pageContent(fakePage(items), 3, OPS);
    expect(content.runs.length).toBe(MAX_RUNS);
    expect(content.cut).toBe(true);
  });
});
