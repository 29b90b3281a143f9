// The main job: import the bundled real plan from its published text, check it against the
// template's rules, tally it and list what is overdue; and read the same plan from its Word,
// OpenDocument, HTML and PDF documents, as an application that takes uploads would (PDFs need
// pdf.js, the optional peer dependency pdfjs-dist, which the repository installs).
// Run it with `npm run demo` (it builds the package first, then imports it by name), or
// `npm run demo -- 2026-11-26` to see the plan as of another day.
import { readFileSync } from 'node:fs';
import {
  calendarDate,
  checkActionPlan,
  findOverdue,
  formatIssues,
  fromPublishedText,
  parseActionPlan,
  tallyAgreement,
  tallyProgress,
  toJson,
} from 'action-plan-kit';
import { readActionPlan } from 'action-plan-kit/read';

/** Today's date in London, whatever the machine's zone: the one place the clock is read. */
function today() {
  return calendarDate(new Date(), 'Europe/London');
}

/** Prints rows as a table with a header and aligned columns. */
function printTable(columns, rows) {
  const widths = columns.map(([key, title]) => Math.max(title.length, ...rows.map((row) => String(row[key]).length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (columns[i][2] === 'right' ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(columns.map(([, title]) => title)));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map(([key]) => row[key])));
}

const asOf = process.argv[2] ?? today();

const file = new URL('./data/sfo-annual-report-2024-25.txt', import.meta.url);
const result = fromPublishedText(readFileSync(file, 'utf8'));
if (!result.ok || !parseActionPlan(result.value).ok) {
  console.error('The bundled plan could not be imported:');
  process.stderr.write(formatIssues(result.issues));
  process.exit(1);
}
const plan = result.value;

// Everything as of the day is computed before anything is printed: a wrong date stops here.
let progress;
let overdue;
try {
  progress = tallyProgress(plan, { asOf });
  overdue = findOverdue(plan, { asOf });
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

// Summary
console.log(plan.title);
console.log('='.repeat(plan.title.length));
if (plan.respondent) console.log(`Respondent:       ${plan.respondent}`);
if (plan.reportPublished) console.log(`Report published: ${plan.reportPublished}`);
if (plan.submitted) console.log(`Plan submitted:   ${plan.submitted}`);
const actionCount = plan.recommendations.reduce((n, r) => n + r.actions.length, 0);
console.log(
  `Imported from the published text: ${plan.recommendations.length} recommendations, ${actionCount} actions.`,
);
const notes = result.issues.filter((issue) => issue.severity === 'info').length;
const problems = result.issues.length - notes;
console.log(
  `Import: ${problems === 0 ? 'nothing left unplaced' : `${problems} problems`}; ${notes} notes on template text skipped or lists mended.`,
);

// The same plan from its documents: readActionPlan tells each format by its content.
console.log('');
console.log('The same plan from its documents, each format told by its content (readActionPlan):');
const formatNames = {
  docx: 'Word',
  odt: 'OpenDocument',
  html: 'HTML',
  pdf: 'PDF',
  text: 'text',
  json: 'JSON',
  csv: 'CSV',
};
const documentRows = [];
for (const extension of ['docx', 'odt', 'html', 'pdf']) {
  const name = `sfo-annual-report-2024-25.${extension}`;
  const read = await readActionPlan(readFileSync(new URL(`./data/${name}`, import.meta.url)), { filename: name });
  const format = formatNames[read.format] ?? read.format ?? 'unknown';
  if (!read.ok) {
    documentRows.push({
      name,
      format,
      read: `not read: ${(read.issues.find((issue) => issue.severity === 'error') ?? read.issues[0])?.message ?? 'no issue given'}`,
      same: '',
    });
    continue;
  }
  const actions = read.value.recommendations.reduce((n, r) => n + r.actions.length, 0);
  documentRows.push({
    name,
    format,
    read: `${read.value.recommendations.length} recommendations, ${actions} actions`,
    same: toJson(read.value) === toJson(plan) ? 'yes' : 'no',
  });
}
printTable(
  [
    ['name', 'File'],
    ['format', 'Format'],
    ['read', 'Read'],
    ['same', 'Same plan as the text'],
  ],
  documentRows,
);

// The plan as published
console.log('');
const categoryNames = { agreed: 'Agreed', 'partly-agreed': 'Partly Agreed', 'not-agreed': 'Not Agreed' };
printTable(
  [
    ['ref', 'Rec'],
    ['category', 'Category'],
    ['owner', 'Responsible owner'],
    ['target', 'Target date'],
  ],
  plan.recommendations.flatMap((r) => {
    // A recommendation may state no category: then it has at most a label, or nothing.
    const category =
      r.agreement.label ?? (r.agreement.category === undefined ? 'Not stated' : categoryNames[r.agreement.category]);
    if (r.actions.length === 0) return [{ ref: r.ref, category, owner: '(no actions)', target: '' }];
    return r.actions.map((action, i) => ({
      ref: i === 0 ? r.ref : '',
      category: i === 0 ? category : '',
      owner: action.owner || '(no owner)',
      target: action.target.raw || '(no target)',
    }));
  }),
);

// Tally
const counted = tallyAgreement(plan);
console.log('');
console.log(
  `Tally: Agreed ${counted.agreed}, Partly Agreed ${counted.partlyAgreed}, Not Agreed ${counted.notAgreed}, Total ${counted.total}`,
);
const findings = checkActionPlan(plan);
if (plan.statedTally) {
  const mismatched = findings.some((issue) => issue.code === 'tally.mismatch');
  console.log(
    mismatched
      ? 'The plan’s stated tally does not match its rows (see the rule checks).'
      : 'The plan’s stated tally matches its rows.',
  );
}

// Rule findings: what a reviewer at the inspectorate would raise about the plan as written
console.log('');
console.log('Rule checks:');
process.stdout.write(formatIssues(findings, { plan }).replace(/^(?=.)/gm, '  '));

// Progress as of the day
const a = progress.actions;
const updated = plan.recommendations.some((r) => r.actions.some((action) => (action.updates ?? []).length > 0));
console.log('');
console.log(`Progress as of ${asOf}${updated ? '' : ' (the plan records no progress updates)'}:`);
console.log(
  `  ${a.overdue} overdue, ${a.dueSoon} due within 30 days, ${a.onTrack} on track, ${a.openEnded} open-ended, ` +
    `${a.completed} completed, ${a.withdrawn} withdrawn (of ${a.total})`,
);

console.log('');
if (overdue.length === 0) {
  console.log(`Nothing is overdue as of ${asOf}.`);
} else {
  console.log(`Overdue as of ${asOf}, most overdue first:`);
  printTable(
    [
      ['ref', 'Rec'],
      ['target', 'Target date'],
      ['deadline', 'Deadline'],
      ['days', 'Days overdue', 'right'],
      ['owner', 'Responsible owner'],
    ],
    overdue.map((o) => ({
      ref: o.ref,
      target: o.target.raw,
      deadline: o.deadline,
      days: o.daysOverdue,
      owner: o.owner,
    })),
  );
}

console.log('');
console.log(
  'For a plan file of your own (JSON, CSV, text, HTML, Word, OpenDocument or PDF): npx action-plan check FILE, tally FILE, overdue FILE --as-of today, convert FILE --to html.',
);
