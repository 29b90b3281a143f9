import type { ActionPlan } from '../../src/index.js';
import { realPlan, realPlanText } from './realPlan.js';

/**
 * How much longer `read` takes on the larger of two inputs than on the smaller: each is read
 * `rounds` times, alternately, after a warm-up, and the fastest time of each is kept, so that a
 * spell when the machine is busy with other work slows neither. While the ratio still looks worse
 * than linear, up to twice as many rounds again are run: on a busy machine every round of the
 * larger input can be slowed, but not forever. For inputs four times larger, a reader of linear
 * cost gives about 4, one of quadratic cost 16.
 */
export function growth(read: (input: string) => unknown, small: string, large: string, rounds = 5): number {
  read(small);
  let fastSmall = Number.POSITIVE_INFINITY;
  let fastLarge = Number.POSITIVE_INFINITY;
  // A clock that cannot tell a small read from nothing must not make the ratio infinite.
  const ratio = (): number => fastLarge / Math.max(fastSmall, 0.5);
  for (let round = 0; round < rounds || (round < rounds * 3 && ratio() > 6); round += 1) {
    let start = performance.now();
    read(small);
    fastSmall = Math.min(fastSmall, performance.now() - start);
    start = performance.now();
    read(large);
    fastLarge = Math.min(fastLarge, performance.now() - start);
  }
  return ratio();
}

/** The bundled plan's recommendations repeated `copies` times, with refs "1.1" to "copies.7". */
export function repeatedPlan(copies: number): ActionPlan {
  const plan = realPlan();
  return {
    ...plan,
    recommendations: Array.from({ length: copies }, (_, k) =>
      plan.recommendations.map((r) => ({ ...r, ref: `${k + 1}.${r.ref}` })),
    ).flat(),
  };
}

/**
 * The bundled plan's published text with its action table repeated `copies` times — sections,
 * addressee rows, rows continued across a page break, stray rows — with refs "1.1" to
 * "copies.7".
 */
export function repeatedText(copies: number): string {
  const lines = realPlanText().split('\n');
  const start = lines.findIndex((line) => line.startsWith('\tRecommendations'));
  const end = lines.findIndex((line) => line.startsWith('--\t')) + 1;
  const body = lines.slice(start, end);
  const tables = Array.from({ length: copies }, (_, k) =>
    body.map((line) => line.replace(/^(\d+)\t/, `${k + 1}.$1\t`)).join('\n'),
  );
  return [...lines.slice(0, start), ...tables, ...lines.slice(end)].join('\n');
}

/** The number of copies that makes a document of the given size, from the size of one copy. */
export function copiesFor(bytes: number, sizeOf: (copies: number) => number): number {
  const one = sizeOf(2) - sizeOf(1);
  return Math.max(1, Math.round(bytes / one));
}
