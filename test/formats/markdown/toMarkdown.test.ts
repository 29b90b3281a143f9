import fc from 'fast-check';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { toMarkdown, type ActionPlan } from '../../../src/index.js';
import { actionPlan } from '../../support/arbitraries.js';
import { hostilePlan } from '../../support/hostile.js';
import { realPlan } from '../../support/realPlan.js';

/** The rows of the main table: the lines from the heading row to the blank line after it. */
function tableRows(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Rec No |'));
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

/** The cells of a row, split as GitHub-flavoured Markdown does: at pipes a backslash does not escape. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  const inner = row.slice(1, -1);
  for (let i = 0; i < inner.length; i += 1) {
    const ch = inner[i] as string;
    if (ch === '\\') {
      cell += ch + (inner[i + 1] ?? '');
      i += 1;
    } else if (ch === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

describe('toMarkdown', () => {
  it('writes the bundled plan as reviewed (golden file)', async () => {
    await expect(toMarkdown(realPlan())).toMatchFileSnapshot('../../golden/sfo-annual-report-2024-25.md');
  });

  it('writes one table row per section, addressee and recommendation, owners beside their dates', () => {
    const rows = tableRows(toMarkdown(realPlan()));
    expect(rows).toHaveLength(2 + 2 + 7);
    expect(cells(rows[4] as string).slice(4)).toEqual([
      'Deputy Director Public Protection Group<br>Deputy Director Public Protection Group',
      'March 2026<br>June 2026',
    ]);
  });

  it.each<[string, unknown]>([
    ['empty', ''],
    ['white space only', ' \t\u00a0'],
    ['missing', undefined],
  ])('writes "# Action plan" for a title that is %s, never an empty heading', (_, title) => {
    const plan = { format: 'action-plan/1', title, recommendations: realPlan().recommendations } as ActionPlan;
    const markdown = toMarkdown(plan);
    expect(markdown.startsWith('# Action plan\n')).toBe(true);
    const [heading] = marked.lexer(markdown);
    expect(heading).toMatchObject({ type: 'heading', depth: 1, text: 'Action plan' });
  });

  it('starts with the title as a heading of its own text', () => {
    fc.assert(
      fc.property(actionPlan, (plan: ActionPlan) => {
        const [heading] = marked.lexer(toMarkdown(plan));
        expect(heading?.type).toBe('heading');
        expect((heading as Tokens.Heading).text.trim()).not.toBe('');
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every row of a hostile plan whole: six cells, one line, no raw HTML', () => {
    const plan = hostilePlan();
    const markdown = toMarkdown(plan);
    const rows = tableRows(markdown);
    const expected = 2 + plan.recommendations.length * 3;
    expect(rows).toHaveLength(expected);
    for (const row of rows) {
      expect(cells(row)).toHaveLength(6);
      expect(row).not.toMatch(/<(?!br>)/);
    }
    expect(markdown).not.toContain('<script');
    expect(markdown).toContain('pipe \\| in \\| cell');
  });

  it('renders, with a real Markdown parser, to a table of six cells a row that shows the hostile text as written', () => {
    const plan = hostilePlan();
    const table = marked.lexer(toMarkdown(plan)).find((t): t is Tokens.Table => t.type === 'table');
    expect(table?.header).toHaveLength(6);
    expect(table?.rows).toHaveLength(plan.recommendations.length * 3);
    for (const row of table?.rows ?? []) expect(row).toHaveLength(6);
    const html = marked.parse(toMarkdown(plan), { async: false });
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('pipe | in | cell');
    // The text reads as written; a bare URL becomes a link, as GitHub-flavoured Markdown does.
    expect(html.replace(/<[^>]+>/g, '')).toContain(
      '**bold** _em_ `code` [link](http://x) ~~gone~~ # heading \\ backslash',
    );
  });

  it('counts the tally from the rows when the plan states none, and says so', () => {
    const { statedTally: _t, ...plan } = realPlan();
    const markdown = toMarkdown(plan as ActionPlan);
    expect(markdown).toContain('**Tally** (counted from the rows; the plan states none)');
    expect(markdown).toContain('| Partly Agreed | 1 |');
  });

  it('shows an answer that states no category as written, or as Not stated in italics', () => {
    const base = realPlan();
    const plan: ActionPlan = {
      ...base,
      recommendations: base.recommendations.map((r, i) =>
        i === 0 ? { ...r, agreement: {} } : i === 1 ? { ...r, agreement: { label: 'Accepted in principle' } } : r,
      ),
    };
    const rows = tableRows(toMarkdown(plan)).filter((row) => /^\| [12] \|/.test(row));
    expect(rows.map((row) => cells(row)[2])).toEqual(['*Not stated*', 'Accepted in principle']);
    const { statedTally: _t, ...counted } = plan;
    const markdown = toMarkdown(counted);
    expect(markdown).toContain(
      '| Agreed | 4 |\n| Partly Agreed | 1 |\n| Not Agreed | 0 |\n| No category stated | 2 |\n| Total | 7 |',
    );
    expect(toMarkdown(plan)).not.toContain('No category stated');
  });

  it('never breaks its table, for any plan', () => {
    fc.assert(
      fc.property(actionPlan, (plan) => {
        for (const row of tableRows(toMarkdown(plan))) expect(cells(row)).toHaveLength(6);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a section or an addressee line with surrounding white space in emphasis', () => {
    const plan: ActionPlan = {
      format: 'action-plan/1',
      title: 'Plan',
      recommendations: [
        {
          ref: '1',
          section: '  Public protection \u00a0',
          addressee: '\tHMPPS should: ',
          text: 'Improve.',
          agreement: { category: 'agreed' },
          response: [],
          actions: [],
        },
      ],
    };
    const markdown = toMarkdown(plan);
    expect(markdown).toContain('|  | \u0020\u0020**Public protection** \u00a0 |');
    const html = marked.parse(markdown, { async: false });
    expect(html).toContain('<strong>Public protection</strong>');
    expect(html).toContain('<em>HMPPS should:</em>');
    expect(html).not.toContain('**');
  });

  it('shows every section and addressee line in emphasis, rendered by a real Markdown parser', () => {
    const spaces = fc
      .array(fc.constantFrom(' ', '\t', '\u00a0', '\u3000', '\n'), { maxLength: 3 })
      .map((a) => a.join(''));
    const words = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== '');
    const padded = fc.tuple(spaces, words, spaces).map(([a, b, c]) => `${a}${b}${c}`);
    fc.assert(
      fc.property(padded, padded, (section, addressee) => {
        const plan: ActionPlan = {
          format: 'action-plan/1',
          title: 'Plan',
          recommendations: [
            { ref: '1', section, addressee, text: 'x', agreement: { category: 'agreed' }, response: [], actions: [] },
          ],
        };
        const table = marked.lexer(toMarkdown(plan)).find((t): t is Tokens.Table => t.type === 'table');
        const [sectionRow, addresseeRow] = table?.rows ?? [];
        const kinds = (cell: Tokens.TableCell | undefined): string[] => (cell?.tokens ?? []).map((t) => t.type);
        expect(kinds(sectionRow?.[1])).toContain('strong');
        expect(kinds(addresseeRow?.[1])).toContain('em');
      }),
      { numRuns: 300 },
    );
  });
});
