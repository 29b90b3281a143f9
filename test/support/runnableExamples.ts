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

/** The `@example` blocks of every TSDoc comment under `src/`, named by file and the export they document. */
export function tsdocExamples(): RunnableExample[] {
  const files = readdirSync(new URL('src/', root), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const examples: RunnableExample[] = [];
  for (const file of files) {
    const text = readFileSync(new URL(`src/${file}`, root), 'utf8');
    let n = 0;
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const body = comment[0]
        .split('\n')
        .map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ''))
        .join('\n');
      // The declaration the comment documents: its name says which example failed.
      const declared =
        /^\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+(\w+)/.exec(
          text.slice(comment.index + comment[0].length),
        );
      const documents = declared?.[1] ?? 'the module';
      for (const [, code] of body.matchAll(/@example[^\n`]*\n?\s*```(?:ts|typescript)\b[^\n]*\n([\s\S]*?)```/g)) {
        n += 1;
        examples.push({ name: `src/${file} › ${documents} (example ${n})`, source: code ?? '' });
      }
    }
  }
  return examples;
}

/** The TypeScript blocks of a Markdown file (the README and the guides), named by file and heading. */
export function markdownExamples(path: string): RunnableExample[] {
  const text = readFileSync(new URL(path, root), 'utf8');
  // Every TypeScript fence, however its info string goes on (```ts, ```typescript, ```ts title).
  return [...text.matchAll(/```(?:ts|typescript)\b[^\n]*\n([\s\S]*?)```/g)].map((match, i) => {
    const headings = [...text.slice(0, match.index).matchAll(/^#{1,6} +(.+)$/gm)];
    const heading = headings.at(-1)?.[1] ?? 'the top';
    return { name: `${path} › ${heading} (example ${i + 1})`, source: match[1] ?? '' };
  });
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
 * Turns an example into a function body: imports from the package and its subpaths become reads of `__lib`, and
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
        line.replace(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'action-plan-kit(?:\/\w+)?';?$/, (_, type, names) =>
          type
            ? ''
            : `const {${(names as string)
                .split(',')
                .filter((name) => !/^\s*type\s/.test(name))
                .join(',')}} = __lib;`,
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

/** The compiler options of an app that pastes the examples: strict, ESM, Node's module resolution. */
const APP_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};

/**
 * Type-checks examples as a user's strict TypeScript app would, all in one program: each example
 * is a module of its own, and `'action-plan-kit'` resolves to the package's source.
 *
 * @returns The diagnostics of each example, by its name (none for one that compiles), each
 * written `line:column message` with the line counted in the example.
 */
export function typeCheckExamples(examples: readonly RunnableExample[]): Map<string, string[]> {
  const rootPath = ts.sys.resolvePath(new URL('.', root).pathname);
  const options: ts.CompilerOptions = {
    ...APP_OPTIONS,
    baseUrl: rootPath,
    paths: { 'action-plan-kit': ['src/index.ts'], 'action-plan-kit/*': ['src/*.ts'] },
  };
  // The examples live beside package.json (an ES module package), each in a file of its own;
  // `export {}` makes an example without imports a module too, as it is in an app.
  const files = new Map<string, RunnableExample>();
  const texts = new Map<string, string>();
  examples.forEach((example, i) => {
    const file = `${rootPath}/__example_${i + 1}.ts`;
    files.set(file, example);
    texts.set(file, `${example.source}\nexport {};\n`);
  });
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => texts.has(file) || fileExists.call(host, file);
  host.readFile = (file) => texts.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = texts.get(file);
    return text === undefined
      ? getSourceFile.call(host, file, language, ...rest)
      : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  const results = new Map<string, string[]>();
  for (const [file, example] of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`${example.name} was not compiled`);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    results.set(
      example.name,
      diagnostics.map((diagnostic) => {
        const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        return `${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      }),
    );
  }
  return results;
}
