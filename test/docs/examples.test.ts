import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as main from '../../src/index.js';
import {
  compileExample,
  markdownExamples,
  tsdocExamples,
  typeCheckExamples,
  type RunnableExample,
} from '../support/runnableExamples.js';

/** The exports of the package's entry and of its subpaths (`src/html.ts` is `action-plan-kit/html`). */
const subpaths = readdirSync(new URL('../../src/', import.meta.url)).filter(
  (f) => f.endsWith('.ts') && f !== 'index.ts',
);
const lib: Record<string, unknown> = { ...main };
for (const file of subpaths) Object.assign(lib, await import(`../../src/${file.replace(/\.ts$/, '.js')}`));

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

async function run(example: RunnableExample): Promise<number> {
  const { code, checks } = compileExample(example.source);
  const check = (actual: unknown, expected: unknown): void => {
    expect(actual).toEqual(expected);
  };
  await new AsyncFunction('__lib', '__check', code)(lib, check);
  return checks;
}

const fromTsdoc = tsdocExamples();
const fromReadme = markdownExamples('README.md');
const fromGuides = readdirSync(new URL('../../docs/', import.meta.url))
  .filter((file) => file.endsWith('.md'))
  .sort()
  .flatMap((file) => markdownExamples(`docs/${file}`));

describe('the @example blocks of the TSDoc', () => {
  it('are found', () => {
    expect(fromTsdoc.length).toBeGreaterThan(10);
  });

  it.each(fromTsdoc.map((e) => [e.name, e] as const))('%s runs and shows true results', async (_, example) => {
    await run(example);
  });

  it('show at least one result for every exported function and schema', () => {
    const withResults = fromTsdoc.filter((e) => compileExample(e.source).checks > 0);
    // An export is shown when a TSDoc example with results imports it.
    const shows = (name: string, example: (typeof withResults)[number]): boolean =>
      new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from 'action-plan-kit(?:/\\w+)?'`).test(example.source);
    const runtimeExports = Object.keys(lib);
    const missing = runtimeExports.filter((name) => !withResults.some((example) => shows(name, example)));
    expect(missing).toEqual([]);
  });
});

describe('the README', () => {
  it.each(fromReadme.map((e) => [e.name, e] as const))('%s runs and shows true results', async (_, example) => {
    expect(await run(example)).toBeGreaterThan(0);
  });
});

describe('the guides', () => {
  it.each(fromGuides.map((e) => [e.name, e] as const))('%s runs and shows true results', async (_, example) => {
    expect(await run(example)).toBeGreaterThan(0);
  });
});

/** An example that must not compile: the checker is shown to catch type errors. */
const mistyped: RunnableExample = {
  name: 'an example with a type error',
  source: [
    "import { findOverdue } from 'action-plan-kit';",
    "const plan = { format: 'action-plan/1', title: 'Plan', recommendations: [] };",
    "findOverdue(plan, { asOf: '2026-11-26' }) //=> []",
    '',
  ].join('\n'),
};

describe('every example, type-checked as a strict TypeScript app would compile it', () => {
  const all = [...fromTsdoc, ...fromReadme, ...fromGuides];
  let diagnostics = new Map<string, string[]>();
  // One program for every example: building it takes seconds, many times that on a busy machine.
  beforeAll(() => {
    diagnostics = typeCheckExamples([...all, mistyped]);
  }, 300_000);

  it.each(all.map((e) => [e.name] as const))('%s compiles under strict', (name) => {
    expect(diagnostics.get(name)).toEqual([]);
  });

  it('fails an example with a type error, naming its line', () => {
    expect(diagnostics.get(mistyped.name)).toEqual([
      expect.stringMatching(/^3:13 Argument of type .* is not assignable to parameter of type 'ActionPlan'/),
    ]);
  });
});

describe('the example checker', () => {
  it('fails an example whose shown result is wrong', async () => {
    await expect(
      run({ name: 'wrong', source: "import { toJson } from 'action-plan-kit';\n1 + 1 //=> 3\n" }),
    ).rejects.toThrow();
  });
});
