// The benchmark corpus: plans of 35 recommendations built from the shapes of the bundled real
// plan — its seven recommendations five times over, with new refs, dates shifted year by year and
// a little text changed, so that no two plans are the same.
import { readFileSync } from 'node:fs';

const data = new URL('../../examples/data/', import.meta.url);
const realJson = JSON.parse(readFileSync(new URL('sfo-annual-report-2024-25.json', data), 'utf8'));
const realText = readFileSync(new URL('sfo-annual-report-2024-25.txt', data), 'utf8');

const shiftYear = (value, years) => value.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + years));

/** A plan of 35 recommendations, the `n`-th of the corpus, as data. */
export function plan(n) {
  const years = n % 7;
  const recommendations = [];
  for (let copy = 0; copy < 5; copy += 1) {
    for (const [i, rec] of realJson.recommendations.entries()) {
      recommendations.push({
        ...rec,
        ref: `${copy + 1}.${String(i + 1).padStart(2, '0')}`,
        text: `${rec.text} (plan ${n}, part ${copy + 1})`,
        actions: rec.actions.map((action) => ({
          ...action,
          target:
            action.target.type === 'month'
              ? {
                  ...action.target,
                  raw: shiftYear(action.target.raw, years),
                  month: shiftYear(action.target.month, years),
                }
              : action.target,
        })),
      });
    }
  }
  return {
    ...realJson,
    title: `${realJson.title} (${n})`,
    recommendations,
    statedTally: { agreed: 30, partlyAgreed: 5, notAgreed: 0, total: 35 },
  };
}

/** The published text of a plan of 35 recommendations: the real table five times over. */
export function publishedText(n) {
  const lines = realText.split('\n');
  const start = lines.findIndex((l) => l.startsWith('1\t'));
  const end = lines.findIndex((l) => l.startsWith('--'));
  const head = lines.slice(0, start).join('\n').replace('Serious Further Offence Annual Report 2024-2025', `Plan ${n}`);
  const table = lines.slice(start, end);
  const parts = [];
  for (let copy = 0; copy < 5; copy += 1) {
    parts.push(
      table.map((line) => line.replace(/^(\d+)\t/, (_, ref) => `${copy + 1}.${ref.padStart(2, '0')}\t`)).join('\n'),
    );
  }
  return `${head}\n${parts.join('\n')}\n${lines.slice(end).join('\n')}`;
}
