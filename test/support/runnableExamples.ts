import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/** A code example found in the documentation, with where it came from. */
export interface RunnableExample {
  /** The file and the example's position in it, for the test's name. */
  readonly name: string;
  /** The example's TypeScript source, as a user would copy it. */
  readonly source: string;
}

const root = new URL('../../', import.meta.url);

/** The `@example` blocks of every TSDoc comment under `src/`. */
export function tsdocExamples(): RunnableExample[] {
  const files = readdirSync(new URL('src/', root), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const examples: RunnableExample[] = [];
  for (const file of files) {
    const text = readFileSync(new URL(`src/${file}`, root), 'utf8');
    let n = 0;
    for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      const body = comment
        .split('\n')
        .map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ''))
        .join('\n');
      for (const [, code] of body.matchAll(/@example\s*```ts\n([\s\S]*?)```/g)) {
        n += 1;
        examples.push({ name: `src/${file} example ${n}`, source: code ?? '' });
      }
    }
  }
  return examples;
}

/** The ```ts blocks of a Markdown file (the README and the guides). */
export function markdownExamples(path: string): RunnableExample[] {
  const text = readFileSync(new URL(path, root), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code], i) => ({
    name: `${path} example ${i + 1}`,
    source: code ?? '',
  }));
}

/** Opening minus closing brackets in a piece of code (strings are not special-cased). */
function balance(code: string): number {
  let depth = 0;
  for (const ch of code) {
    if (ch === '(' || ch === '[' || ch === '{') depth += 1;
    else if (ch === ')' || ch === ']' || ch === '}') depth -= 1;
  }
  return depth;
}

/**
 * Turns an example into a function body: imports from the package become reads of `__lib`, and
 * every `expression //=> value` becomes a check that the expression equals the value.
 */
export function compileExample(source: string): { code: string; checks: number } {
  const lines: string[] = [];
  let checks = 0;
  for (const line of source.split('\n')) {
    const bare = /^\s*\/\/=>\s?(.*)$/.exec(line);
    const inline = /^(.*?)\s*\/\/=>\s?(.*)$/.exec(line);
    if (bare || inline) {
      // The expression ends on this line (or, for a bare `//=>`, on the line before) and may start
      // earlier: take lines back until its brackets balance.
      while (bare && lines.length > 0 && (lines[lines.length - 1] as string).trim() === '') lines.pop();
      let expression = bare ? (lines.pop() ?? '') : (inline?.[1] as string);
      const expected = bare ? bare[1] : inline?.[2];
      while (balance(expression) < 0 && lines.length > 0) expression = `${lines.pop() as string}\n${expression}`;
      lines.push(`__check((${expression.replace(/;\s*$/, '')}), (${expected}));`);
      checks += 1;
    } else {
      lines.push(
        line.replace(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'action-plan-kit';?$/, (_, type, names) =>
          type ? '' : `const {${names}} = __lib;`,
        ),
      );
    }
  }
  const { outputText } = ts.transpileModule(lines.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: false,
  });
  return { code: outputText, checks };
}
