import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fromSrc, sourceFiles } from '../support/sourceFiles.js';

/**
 * The comment that marks a call spread as safe: the array spread has a known, small bound (the
 * columns of a table, the fields of a header), never the length of the input.
 */
const MARKER = 'bounded:';

/** A spread argument of a call or `new`, with its file, line and whether its line carries the marker. */
interface CallSpread {
  readonly at: string;
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Every spread in the arguments of a call or of `new` (`push(...items)`, `Math.max(...widths)`):
 * each spread element becomes an argument on the stack, so an array of some hundred thousand
 * items throws `RangeError: Maximum call stack size exceeded`. Spreads into array and object
 * literals copy without the stack and are not listed.
 */
function callSpreads(fileName: string, text: string): CallSpread[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const found: CallSpread[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments !== undefined) {
      for (const argument of node.arguments) {
        if (!ts.isSpreadElement(argument)) continue;
        const line = source.getLineAndCharacterOfPosition(argument.getStart(source)).line;
        // The marker stands on the spread's line or on the line above it.
        const marked = [lines[line], lines[line - 1]].some((l) => l?.includes(`// ${MARKER}`) ?? false);
        found.push({ at: `${fileName}:${line + 1}`, text: argument.getText(source), marked });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('spreads of arrays into calls in src/', () => {
  const spreads = sourceFiles().flatMap((file) => callSpreads(fromSrc(file), readFileSync(file, 'utf8')));

  it('finds a spread into a call, and not one into an array or an object', () => {
    const text = [
      'out.push(...rows);',
      'Math.max(0, ...widths);',
      'new Set(...args);',
      'const copy = [...rows];',
      'const merged = { ...a, b };',
      '// bounded: the six columns',
      'cells.push(...columns);',
    ].join('\n');
    expect(callSpreads('probe.ts', text).map(({ text, marked }) => [text, marked])).toEqual([
      ['...rows', false],
      ['...widths', false],
      ['...args', false],
      ['...columns', true],
    ]);
  });

  it('spreads no array into a call unless a comment says it is bounded', () => {
    expect(spreads.filter((s) => !s.marked).map((s) => `${s.at} ${s.text}`)).toEqual([]);
  });
});
