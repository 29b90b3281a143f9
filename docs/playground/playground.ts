// The playground of the docs site: reads a plan dropped on the page with the library itself, in
// the browser, and shows what the library finds. Nothing leaves the page: the file is read from
// the disk by the browser and never sent anywhere. Built into docs/site/playground/ by build.mjs.
import {
  builtInRules,
  calendarDate,
  checkActionPlan,
  findDueSoon,
  findOverdue,
  tallyAgreement,
  toCsv,
  toHtml,
  toJson,
  toMarkdown,
  toSarif,
  type ActionPlan,
  type IssueBase,
  type IssuePath,
  type SourceLocation,
  type Tally,
} from '../../src/index.js';
import { readActionPlan, type ReadActionPlanResult, type SourceFormat } from '../../src/read.js';

/** The name of each format the library reads, as the command line says it. */
const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  json: 'JSON',
  csv: 'CSV',
  text: 'published text',
  html: 'HTML',
  docx: 'Word',
  odt: 'OpenDocument',
  pdf: 'PDF',
};

/** The bundled real plan, copied beside this script when the site is built. */
const SAMPLE = 'examples/sfo-annual-report-2024-25.pdf';

/** What each built-in rule asks and how to fix what it finds, by code. */
const RULES = new Map(builtInRules.map((rule) => [rule.code as string, rule]));

/** The element with an id, which the page's markup always has. */
function byId<E extends HTMLElement = HTMLElement>(id: string): E {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`The playground's markup has no #${id}`);
  return element as E;
}

type Child = Node | string | undefined | false;

/** An element with attributes and children; text is always set as text, never parsed as markup. */
function h(tag: string, attributes: Readonly<Record<string, string>> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
}

/** "1 error", "2 errors". */
function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Today's date in London, as the command line's `today` means it. */
function todayInLondon(now: Date = new Date()): string {
  return calendarDate(now, 'Europe/London');
}

/** The file's name without its folder and extension, the title of a plan that names none (as the command line does). */
function baseName(file: string): string {
  const name = file.replace(/^.*[\\/]/, '');
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** A plan read, or a file that could not be read as one. */
interface Input {
  /** The file's name, or `undefined` for pasted text. */
  readonly name: string | undefined;
  readonly result: ReadActionPlanResult;
}

let current: Input | undefined;

const status = byId<HTMLParagraphElement>('pg-status');
const asOfInput = byId<HTMLInputElement>('pg-as-of');
const rulesHref = byId<HTMLAnchorElement>('pg-rules-link').href;

/** Where an issue stands in the file read: its own location, or where the reader found its path. */
function placeOf(issue: IssueBase, result: ReadActionPlanResult): SourceLocation | undefined {
  return issue.location ?? result.locate(issue.path);
}

/** A place in the file in words: "line 12", "page 2, line 12". */
function placeName(where: SourceLocation): string {
  return where.page === undefined ? `line ${where.line}` : `page ${where.page}, line ${where.line}`;
}

/** One finding as a list item: severity, code (linked to the rules), message, place, and the rule's fix. */
function findingItem(issue: IssueBase, result: ReadActionPlanResult): HTMLElement {
  const where = placeOf(issue, result);
  const rule = RULES.get(issue.code);
  return h(
    'li',
    { class: `pg-finding pg-${issue.severity}`, 'data-code': issue.code, 'data-path': JSON.stringify(issue.path) },
    h('span', { class: 'pg-severity' }, issue.severity === 'info' ? 'note' : issue.severity),
    ' ',
    rule === undefined ? h('code', {}, issue.code) : h('a', { href: rulesHref }, h('code', {}, issue.code)),
    ' ',
    issue.message,
    where === undefined ? undefined : h('span', { class: 'pg-place' }, ` (${placeName(where)})`),
    rule === undefined ? undefined : h('span', { class: 'pg-fix' }, h('strong', {}, 'Fix: '), rule.fix),
  );
}

/** A list of findings. */
function findingList(issues: readonly IssueBase[], result: ReadActionPlanResult): HTMLElement {
  return h('ul', { class: 'pg-finding-list' }, ...issues.map((issue) => findingItem(issue, result)));
}

/** The recommendation an issue's path is about, if any. */
function recommendationOf(path: IssuePath): number | undefined {
  return path[0] === 'recommendations' && typeof path[1] === 'number' ? path[1] : undefined;
}

/**
 * The plan as the library's HTML table, with each recommendation's findings in a row below its
 * own rows, and an id on its first row so that the progress lists can link to it.
 */
function showTable(plan: ActionPlan, issues: readonly IssueBase[], result: ReadActionPlanResult): void {
  const container = byId('pg-table');
  // The library's own output: every text of the plan in it is escaped by toHtml.
  container.innerHTML = toHtml(plan);
  const byRecommendation = new Map<number, IssueBase[]>();
  for (const issue of issues) {
    const index = recommendationOf(issue.path);
    if (index === undefined) continue;
    const list = byRecommendation.get(index) ?? [];
    list.push(issue);
    byRecommendation.set(index, list);
  }
  const rows = [...container.querySelectorAll<HTMLTableRowElement>('table.action-plan-table > tbody > tr')];
  let index = -1;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as HTMLTableRowElement;
    if (row.querySelector(':scope > th[scope="row"]') === null) continue;
    // A recommendation's row heading starts its rows; it spans one row per action.
    index += 1;
    row.id = `pg-recommendation-${index}`;
    const span = Number(row.querySelector(':scope > th[scope="row"]')?.getAttribute('rowspan') ?? '1');
    const last = rows[i + span - 1] ?? row;
    const found = byRecommendation.get(index);
    if (found === undefined) continue;
    const recommendation = plan.recommendations[index];
    const cell = h(
      'td',
      { colspan: '6' },
      h(
        'p',
        { class: 'pg-findings-of' },
        `Findings on recommendation ${recommendation?.ref ?? index + 1}: ${found.length}`,
      ),
      findingList(found, result),
    );
    last.after(h('tr', { class: 'pg-findings-row', 'data-recommendation': String(index) }, cell));
  }
  // Findings on the plan as a whole above the table; its notes (what reading the file skipped) folded away.
  const planLevel = issues.filter((issue) => recommendationOf(issue.path) === undefined);
  const notes = planLevel.filter((issue) => issue.severity === 'info');
  const others = planLevel.filter((issue) => issue.severity !== 'info');
  byId('pg-plan-findings').replaceChildren(
    ...(others.length === 0
      ? []
      : [h('p', { class: 'pg-findings-of' }, 'Findings on the plan as a whole'), findingList(others, result)]),
    ...(notes.length === 0
      ? []
      : [
          h(
            'details',
            { class: 'pg-notes' },
            h('summary', {}, `${plural(notes.length, 'note')} on the plan as a whole`),
            findingList(notes, result),
          ),
        ]),
  );
}

/** The tally counted from the rows, beside the tally the plan states, with what differs. */
function showTally(plan: ActionPlan): string {
  const counted = tallyAgreement(plan);
  const stated = plan.statedTally;
  const figures: [keyof Tally, string][] = [
    ['agreed', 'Agreed'],
    ['partlyAgreed', 'Partly Agreed'],
    ['notAgreed', 'Not Agreed'],
    ['total', 'Total'],
  ];
  const differing = figures.filter(([key]) => stated !== undefined && stated[key] !== counted[key]);
  const table = h(
    'table',
    { class: 'pg-tally-table' },
    h('caption', {}, 'Recommendations by answer'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Answer'),
        h('th', { scope: 'col' }, 'Counted from the rows'),
        stated !== undefined && h('th', { scope: 'col' }, 'Stated by the plan'),
      ),
    ),
    h(
      'tbody',
      {},
      ...figures.map(([key, name]) =>
        h(
          'tr',
          { 'data-figure': key, ...(differing.some(([k]) => k === key) ? { class: 'pg-differs' } : {}) },
          h('th', { scope: 'row' }, name),
          h('td', {}, String(counted[key])),
          stated !== undefined &&
            h(
              'td',
              {},
              String(stated[key]),
              differing.some(([k]) => k === key) ? h('strong', {}, ' (differs)') : undefined,
            ),
        ),
      ),
    ),
  );
  const verdict =
    stated === undefined
      ? 'The plan states no tally.'
      : differing.length === 0
        ? 'The stated tally matches the rows.'
        : `The stated tally differs from the rows: ${differing
            .map(([key, name]) => `${name} states ${stated[key]}, the rows count ${counted[key]}`)
            .join('; ')}.`;
  byId('pg-tally').replaceChildren(h('p', { id: 'pg-tally-verdict' }, verdict), table);
  return verdict;
}

/** The actions overdue and due soon as of a day, each linked to its recommendation's row. */
function showProgress(plan: ActionPlan, asOf: string): { overdue: number; dueSoon: number } {
  const overdue = findOverdue(plan, { asOf });
  const dueSoon = findDueSoon(plan, { asOf });
  const ref = (action: { ref: string; recommendationIndex: number }): HTMLElement =>
    h('a', { href: `#pg-recommendation-${action.recommendationIndex}` }, action.ref);
  const list = (
    id: string,
    caption: string,
    last: string,
    rows: readonly {
      ref: string;
      recommendationIndex: number;
      owner: string;
      target: { raw: string };
      deadline: string;
      days: number;
    }[],
    none: string,
  ): HTMLElement =>
    rows.length === 0
      ? h('p', { id }, none)
      : h(
          'div',
          { class: 'pg-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
          h(
            'table',
            { id },
            h('caption', {}, caption),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['Recommendation', 'Owner', 'Target date', 'Deadline', last].map((c) =>
                  h('th', { scope: 'col' }, c),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              ...rows.map((row) =>
                h(
                  'tr',
                  { 'data-ref': row.ref },
                  h('td', {}, ref(row)),
                  h('td', {}, row.owner),
                  h('td', {}, row.target.raw),
                  h('td', {}, h('time', { datetime: row.deadline }, row.deadline)),
                  h('td', {}, String(row.days)),
                ),
              ),
            ),
          ),
        );
  byId('pg-progress').replaceChildren(
    h('h3', {}, `Overdue as of ${asOf}`),
    list(
      'pg-overdue',
      `Actions overdue as of ${asOf}`,
      'Days overdue',
      overdue.map((a) => ({ ...a, days: a.daysOverdue })),
      `No action is overdue as of ${asOf}.`,
    ),
    h('h3', {}, 'Due within 30 days'),
    list(
      'pg-due-soon',
      `Actions due within 30 days of ${asOf}`,
      'Days left',
      dueSoon.map((a) => ({ ...a, days: a.daysLeft })),
      `No action falls due within 30 days of ${asOf}.`,
    ),
  );
  return { overdue: overdue.length, dueSoon: dueSoon.length };
}

/** The day progress is judged on: the day picked, or today in London when none is. */
function asOfDay(): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOfInput.value)) asOfInput.value = todayInLondon();
  return asOfInput.value;
}

/** The findings of a plan read: the reader's issues first, then the rule checks as of the day. */
function findingsOf(plan: ActionPlan, result: ReadActionPlanResult, asOf: string): IssueBase[] {
  return [...result.issues, ...checkActionPlan(plan, { asOf })];
}

/** Shows a file that could not be read as a plan: a line saying so, then every issue that says why. */
function showUnread(input: Input): void {
  const { name, result } = input;
  const what = name ?? 'The text';
  const format = result.format === undefined ? '' : ` (${FORMAT_NAMES[result.format]})`;
  const line = `${what} is not a readable action plan${format}.`;
  byId('pg-results').hidden = true;
  const unread = byId('pg-unread');
  unread.replaceChildren(
    h(
      'section',
      { 'aria-labelledby': 'pg-unread-heading' },
      h('h2', { id: 'pg-unread-heading' }, 'Not a plan'),
      h('p', { id: 'pg-unread-line' }, line),
      findingList(result.issues, result),
    ),
  );
  unread.hidden = false;
  const [first] = result.issues;
  status.textContent = `${line}${first === undefined ? '' : ` ${first.message}`}`;
}

/** The timeline writer, `toTimelineSvg` of `action-plan-kit/svg`, once the first plan has loaded it. */
let toTimelineSvg: typeof import('../../src/svg.js').toTimelineSvg | undefined;

/**
 * Loads the timeline writer: a chunk of its own, fetched when the first plan is shown, so that a
 * visit that reads no plan does not load it.
 */
async function timelineWriter(): Promise<NonNullable<typeof toTimelineSvg>> {
  toTimelineSvg ??= (await import('../../src/svg.js')).toTimelineSvg;
  return toTimelineSvg;
}

/** Shows a plan read: summary, table with findings, tally, progress and the timeline. */
async function showPlan(input: Input & { result: { ok: true } }): Promise<void> {
  const drawTimeline = await timelineWriter();
  const { name, result } = input;
  const plan = result.value;
  const asOf = asOfDay();
  const issues = findingsOf(plan, result, asOf);
  const count = (severity: string): number => issues.filter((issue) => issue.severity === severity).length;
  const counts = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`;
  const format = FORMAT_NAMES[result.format ?? 'text'];
  byId('pg-unread').hidden = true;
  byId('pg-results').hidden = false;
  byId('pg-summary').replaceChildren(
    h(
      'dl',
      { class: 'pg-facts' },
      h('dt', {}, 'Plan'),
      h('dd', {}, plan.title),
      h('dt', {}, 'Read from'),
      h('dd', {}, `${name ?? 'pasted text'}, as ${format}`),
      h('dt', {}, 'Recommendations'),
      h('dd', {}, String(plan.recommendations.length)),
      h('dt', {}, 'Findings'),
      h('dd', { id: 'pg-counts' }, counts),
    ),
  );
  showTable(plan, issues, result);
  const verdict = showTally(plan);
  const progress = showProgress(plan, asOf);
  // The picture is the library's own SVG, every text in it escaped.
  byId('pg-timeline').innerHTML = drawTimeline(plan, { asOf, idPrefix: 'pg-timeline-' });
  status.textContent =
    `Read ${name ?? 'the pasted text'} as ${format}: ${plural(plan.recommendations.length, 'recommendation')}, ${counts}. ` +
    `${verdict} As of ${asOf}: ${progress.overdue} overdue, ${progress.dueSoon} due within 30 days.`;
}

async function show(): Promise<void> {
  if (current === undefined) return;
  if (current.result.ok) await showPlan(current as Input & { result: { ok: true } });
  else showUnread(current);
}

/** Reads a file's bytes, or pasted text, with the library, as the command line reads a file. */
async function read(input: Uint8Array | string, name: string | undefined): Promise<void> {
  status.textContent = `Reading ${name ?? 'the pasted text'}…`;
  const result = await readActionPlan(input, {
    ...(name === undefined ? { title: 'Pasted plan' } : { filename: name, title: baseName(name) }),
  });
  current = { name, result };
  await show();
}

async function readFile(file: File): Promise<void> {
  await read(new Uint8Array(await file.arrayBuffer()), file.name);
}

/** What each download is: its extension, media type and text, written by the library. */
function download(kind: string): void {
  if (current === undefined || !current.result.ok) return;
  const { result } = current;
  const plan = result.value;
  const base = current.name === undefined ? 'plan' : baseName(current.name);
  const asOf = asOfDay();
  const outputs: Record<string, () => [string, string, string]> = {
    json: () => ['json', 'application/json', toJson(plan)],
    csv: () => ['csv', 'text/csv', toCsv(plan)],
    markdown: () => ['md', 'text/markdown', toMarkdown(plan)],
    html: () => ['html', 'text/html', toHtml(plan, { standalone: true })],
    // A plan shown has loaded the timeline writer.
    svg: () => ['svg', 'image/svg+xml', (toTimelineSvg as NonNullable<typeof toTimelineSvg>)(plan, { asOf })],
    sarif: () => [
      'sarif',
      'application/sarif+json',
      toSarif(findingsOf(plan, result, asOf), { uri: current?.name ?? 'pasted-plan', locate: result.locate }),
    ],
  };
  const output = outputs[kind]?.();
  if (output === undefined) return;
  const [extension, type, text] = output;
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = h('a', { href: url, download: `${base}.${extension}` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Wiring.
/** The day the page last took for today; the day picker follows it while no other day is picked. */
let today = todayInLondon();
asOfInput.value = today;
/**
 * Moves the page to a new day in London when midnight has passed while it was open: the day picker
 * follows, and the plan shown is judged again, unless the reader picked another day.
 */
function followToday(): void {
  const now = todayInLondon();
  if (now === today) return;
  const following = asOfInput.value === today;
  today = now;
  if (following) {
    asOfInput.value = now;
    void show();
  }
}
// Timers sleep in a hidden tab, so the page looks again when it is shown.
setInterval(followToday, 60_000);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') followToday();
});
asOfInput.addEventListener('change', () => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOfInput.value)) void show();
});
const fileInput = byId<HTMLInputElement>('pg-file');
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file !== undefined) void readFile(file);
});
const drop = byId('pg-drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('pg-dragging');
});
drop.addEventListener('dragleave', () => drop.classList.remove('pg-dragging'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('pg-dragging');
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) void readFile(file);
});
byId('pg-read-text').addEventListener('click', () => {
  const text = byId<HTMLTextAreaElement>('pg-text').value;
  if (text.trim() === '') status.textContent = 'Paste the text of a plan first.';
  else void read(text, undefined);
});
byId('pg-sample').addEventListener('click', () => {
  status.textContent = 'Opening the bundled plan…';
  const url = new URL(SAMPLE, import.meta.url);
  void fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.arrayBuffer();
    })
    .then(
      (bytes) => read(new Uint8Array(bytes), SAMPLE.replace(/^.*\//, '')),
      (error: unknown) => {
        status.textContent = `The bundled plan could not be opened: ${String(error)}`;
      },
    );
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) {
  button.addEventListener('click', () => download(button.dataset['download'] ?? ''));
}
document.documentElement.dataset['playground'] = 'ready';
