import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTargetDate, toHtml, type ActionPlan } from '../../src/index.js';
import { chromiumAvailable as available, dumpDom } from '../support/chromium.js';
import { HOSTILE } from '../support/hostile.js';

// CI installs Chromium (.ci/run): there, a missing browser is a failure, never a skip.
const mustRun = process.env.CI === 'true';

/** Strings written to run script if any serialiser let them through. */
const PAYLOADS = [
  '<script>document.body.setAttribute("data-pwned", "script")</script>',
  "<img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\">",
  "\"><svg onload=\"document.body.setAttribute('data-pwned', 'svg')\">",
  "'><iframe srcdoc=\"<script>parent.document.body.setAttribute('data-pwned','iframe')</script>\">",
  '</td></tr></table><script>document.body.setAttribute("data-pwned", "break-out")</script>',
  "<a href=\"javascript:document.body.setAttribute('data-pwned','link')\">click</a>",
  '<style>body{display:none}</style>',
  ...HOSTILE,
];

function payloadPlan(): ActionPlan {
  return {
    format: 'action-plan/1',
    title: PAYLOADS[0] as string,
    respondent: PAYLOADS[1],
    reportTitle: PAYLOADS[2],
    recommendations: PAYLOADS.map((payload, i) => ({
      ref: payload,
      section: PAYLOADS[(i + 1) % PAYLOADS.length],
      addressee: PAYLOADS[(i + 2) % PAYLOADS.length],
      text: payload,
      agreement: { category: 'agreed', label: payload },
      response: [
        { type: 'paragraph', text: payload },
        { type: 'list', items: [payload, PAYLOADS[(i + 3) % PAYLOADS.length] as string] },
      ],
      actions: [{ owner: payload, target: parseTargetDate(payload) }],
    })),
  } as ActionPlan;
}

describe.runIf(available || mustRun)('HTML in a real browser (headless Chromium)', () => {
  it('runs no script and adds no element from any text of the plan', () => {
    const folder = mkdtempSync(join(tmpdir(), 'action-plan-html-'));
    const file = join(folder, 'plan.html');
    writeFileSync(file, toHtml(payloadPlan(), { standalone: true }));
    const run = dumpDom(file, { folder, virtualTimeBudget: 3000, timeout: 60_000 });
    expect(run.status).toBe(0);
    const dom = run.stdout;
    expect(dom).toContain('<caption>Action plan: ');
    // The payloads stand as text (escaped); no element carries the attribute a script would set.
    expect(dom).toContain('setAttribute(');
    expect(dom).not.toMatch(/<[a-z][^>]*\sdata-pwned=/);
    // The page as the browser built it has only the library's own elements.
    const tags = new Set([...dom.matchAll(/<([a-z][a-z0-9]*)[\s>]/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual([
      'body',
      'caption',
      'dd',
      'div',
      'dl',
      'dt',
      'h1',
      'head',
      'html',
      'li',
      'main',
      'meta',
      'p',
      'section',
      'style',
      'table',
      'tbody',
      'td',
      'th',
      'thead',
      'title',
      'tr',
      'ul',
    ]);
    expect((dom.match(/<style>/g) ?? []).length).toBe(1);
  }, 90_000);
});
