import { parseTargetDate, type ActionPlan } from '../../src/index.js';
import { deepFreeze } from './deepFreeze.js';

/** Strings that break careless serialisers. */
export const HOSTILE = [
  'He said "no", then \'yes\'',
  'a,b;c\td',
  'line one\nline two\r\nline three\rend',
  'pipe | in | cell',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '&amp; &lt; &#60;',
  '=SUM(A1:A9)',
  '+44 20 7946 0000',
  '-2+3',
  '@cmd',
  "'=already quoted",
  '\tleading tab',
  '**bold** _em_ `code` [link](http://x) ~~gone~~ # heading \\ backslash',
  'Ünïcödé – “quotes” — 😀 汉字',
  '\u2028separator\u2029',
  'x'.repeat(5000),
] as const;

/** A plan with a hostile string in every text field. */
export function hostilePlan(): ActionPlan {
  return deepFreeze({
    format: 'action-plan/1',
    title: HOSTILE.join(' / '),
    respondent: HOSTILE[4],
    recommendations: HOSTILE.map((text, i) => ({
      ref: String(i + 1),
      section: HOSTILE[(i + 3) % HOSTILE.length],
      addressee: HOSTILE[(i + 5) % HOSTILE.length],
      text,
      agreement: { category: 'agreed' as const, label: HOSTILE[(i + 1) % HOSTILE.length] },
      response: [
        { type: 'paragraph' as const, text: HOSTILE[(i + 2) % HOSTILE.length] as string },
        { type: 'list' as const, items: [HOSTILE[(i + 6) % HOSTILE.length] as string, text] },
      ],
      actions: [
        {
          owner: HOSTILE[(i + 7) % HOSTILE.length] as string,
          target: parseTargetDate(HOSTILE[(i + 8) % HOSTILE.length] as string),
        },
        { owner: text, target: parseTargetDate('March 2026') },
      ],
    })),
  } as ActionPlan);
}
