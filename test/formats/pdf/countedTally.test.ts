import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPublishedText, parseActionPlan, tallyAgreement, toHtml, type ActionPlan } from '../../../src/index.js';
import { fromPdf, type PdfJs } from '../../../src/formats/pdf/fromPdf.js';
import { CHROMIUM, chromiumAvailable } from '../../support/chromium.js';
import { realPlan, realPlanText } from '../../support/realPlan.js';

// CI installs Chromium (.ci/run): there, a missing browser is a failure, never a skip.
const mustRun = process.env.CI === 'true';

/** The bundled plan without the tally it states, so that the writers count one from the rows. */
function withoutStatedTally(plan: ActionPlan): ActionPlan {
  const { statedTally: _stated, ...rest } = plan;
  return rest;
}

/** What the reader skipped as a counted tally, as the issues say. */
const countedSkips = (issues: readonly { code: string; params?: unknown }[]) =>
  issues.filter(
    (i) => i.code === 'import.boilerplate_skipped' && (i.params as { what?: string }).what === 'counted tally',
  );

describe.runIf(chromiumAvailable || mustRun)('a counted tally in a page printed by Chromium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'action-plan-counted-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** toHtml's page of a plan, printed to PDF by headless Chromium, as a person prints it from the browser. */
  function printed(plan: ActionPlan, name: string): Uint8Array {
    const html = join(folder, `${name}.html`);
    const pdf = join(folder, `${name}.pdf`);
    writeFileSync(html, toHtml(plan, { standalone: true }));
    const run = spawnSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        `--user-data-dir=${join(folder, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        pathToFileURL(html).href,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    return new Uint8Array(readFileSync(pdf));
  }

  it('is not read back as a tally the plan states, and is reported as skipped', async () => {
    const plan = withoutStatedTally(realPlan());
    const result = await fromPdf(printed(plan, 'counted'), { pdfjs: pdfjs as unknown as PdfJs });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.statedTally).toBeUndefined();
    expect(parseActionPlan(result.value).ok).toBe(true);
    expect(result.value.recommendations.map((r) => r.ref)).toEqual(plan.recommendations.map((r) => r.ref));
    expect(tallyAgreement(result.value)).toEqual(tallyAgreement(plan));
    // The caption, the tally's headings and its four figures: skipped, each with its page.
    const skips = countedSkips(result.issues);
    expect(skips.length).toBeGreaterThan(0);
    for (const skip of skips) expect(skip).toHaveProperty('location.page');
  }, 180_000);

  it('skips the row of recommendations with no category too', async () => {
    const real = withoutStatedTally(realPlan());
    const [first, ...others] = real.recommendations;
    const plan: ActionPlan = { ...real, recommendations: [{ ...first!, agreement: {} }, ...others] };
    const result = await fromPdf(printed(plan, 'not-stated'), { pdfjs: pdfjs as unknown as PdfJs });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.statedTally).toBeUndefined();
    expect(result.issues.filter((i) => i.severity !== 'info').map((i) => i.message)).not.toContainEqual(
      expect.stringContaining('No category stated'),
    );
  }, 180_000);

  it('still reads a tally the plan states from the same page', async () => {
    const plan = realPlan();
    const result = await fromPdf(printed(plan, 'stated'), { pdfjs: pdfjs as unknown as PdfJs });
    expect(result.ok && result.value.statedTally).toEqual(plan.statedTally);
    expect(countedSkips(result.issues)).toEqual([]);
  }, 180_000);
});

describe('a counted tally in published text', () => {
  /** The bundled text with its closing tally under the caption the writers give a counted one. */
  const counted = realPlanText().replace(
    '\nRecommendations\t\nAgreed\t',
    '\nTally (counted from the rows; the plan states none)\nRecommendations\t\nAgreed\t',
  );

  it('is skipped, its lines reported, while the same figures under a plain heading are the plan’s', () => {
    expect(counted).not.toBe(realPlanText());
    const result = fromPublishedText(counted);
    expect(result.ok && result.value.statedTally).toBeUndefined();
    const skips = countedSkips(result.issues);
    expect(skips).toHaveLength(1);
    const lines = counted.split('\n');
    const { line, endLine } = skips[0]!.params as { line: number; endLine: number };
    expect(lines[line - 1]).toMatch(/^Tally \(counted/);
    expect(lines[endLine - 1]).toMatch(/^Total\t/);
    const plain = fromPublishedText(realPlanText());
    expect(plain.ok && plain.value.statedTally).toEqual({ agreed: 6, partlyAgreed: 1, notAgreed: 0, total: 7 });
  });

  it('ends with the counted tally: figures under a plain heading after other text are the plan’s', () => {
    const stated = 'Recommendations\t\nAgreed\t5\nPartly Agreed\t2\nNot Agreed\t0\nTotal\t7';
    // Longer than a heading of a tally can be, so that it is running text between the two.
    const remark = 'A closing remark, of more words than a heading has. '.repeat(5).trim();
    const result = fromPublishedText(`${counted}\n${remark}\n${stated}`);
    expect(result.ok && result.value.statedTally).toEqual({ agreed: 5, partlyAgreed: 2, notAgreed: 0, total: 7 });
    expect(result.issues.some((i) => i.code === 'import.line_skipped' && i.message.includes('A closing remark'))).toBe(
      true,
    );
  });
});
