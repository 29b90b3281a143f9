import { readdirSync, readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every regular expression literal in the library's source, with where it stands. */
function regexLiterals(): { where: string; source: string; flags: string }[] {
  const root = new URL('../../src/', import.meta.url);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const found: { where: string; source: string; flags: string }[] = [];
  for (const file of files) {
    const text = readFileSync(new URL(file, root), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const end = literal.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ where: `src/${file}:${line + 1}`, source: literal.slice(1, end), flags: literal.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const literals = regexLiterals();

describe('the cost of every regular expression of the library', () => {
  it('finds them all', () => {
    expect(literals.length).toBeGreaterThan(40);
  });

  // A ReDoS checker proves each pattern runs in time linear in its input (no catastrophic
  // backtracking), instead of timing a run: the work is bounded by construction.
  it.each(literals.map((r) => [r.where, r] as const))('%s is linear', (_, { source, flags }) => {
    const result = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 10_000 });
    const summary = result.status === 'vulnerable' ? result.complexity.summary : result.status;
    expect(result.status, `/${source}/ is ${summary}`).toBe('safe');
  });

  it('tells a catastrophic pattern apart, so the check can fail', () => {
    expect(checkSync('^(a|a)*$', '').status).toBe('vulnerable');
  });
});
