// Exporting: the bundled plan as CSV for a spreadsheet and as an HTML page, into a folder.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromCsv, fromJson, toCsv, toHtml, toMarkdown } from 'action-plan-kit';

const result = fromJson(readFileSync(new URL('./data/sfo-annual-report-2024-25.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error('the bundled plan is not valid');
const plan = result.value;

const folder = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'action-plan-'));
const csv = toCsv(plan, { bom: true });
writeFileSync(join(folder, 'plan.csv'), csv);
writeFileSync(join(folder, 'plan.html'), toHtml(plan, { standalone: true }));
writeFileSync(join(folder, 'plan.md'), toMarkdown(plan));
console.log(`Wrote plan.csv, plan.html and plan.md to ${folder}`);

// The CSV reads back: one row per action, for a tracker to fill in.
const back = fromCsv(csv, { title: plan.title });
const actions = back.ok ? back.value.recommendations.reduce((n, r) => n + r.actions.length, 0) : 0;
console.log(`plan.csv reads back: ${back.ok ? 'yes' : 'no'}, ${actions} actions`);
