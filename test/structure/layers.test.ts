import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromSrc, sourceFiles } from '../support/sourceFiles.js';

/**
 * The layers of the library, lowest first: a module may import from its own layer's folder and
 * from the layers below it, never from a layer above. `_lib/` holds helpers shared by several
 * folders and stands just above `model/`; `dates/` and `schema/` stand side by side.
 */
const RANK: Readonly<Record<string, number>> = {
  model: 0,
  _lib: 1,
  dates: 2,
  schema: 2,
  progress: 3,
  tally: 4,
  rules: 5,
  formats: 6,
  cli: 7,
  'index.ts': 8,
  'read.ts': 8,
  'html.ts': 8,
  'docx.ts': 8,
  'odt.ts': 8,
  'pdf.ts': 8,
  'svg.ts': 8,
};

/** Every relative import and export-from of a module, types included, as paths from `src/`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm)].map(
    (m) => m[1] as string,
  );
  const from = posix.dirname(fromSrc(file));
  return specifiers.map((specifier) => posix.normalize(posix.join(from, specifier)).replace(/\.js$/, '.ts'));
}

const layerOf = (path: string): string => path.split('/')[0] as string;

/** The folder whose `_internal/` a path is in, or `undefined`. */
function internalOwner(path: string): string | undefined {
  const at = path.split('/').indexOf('_internal');
  return at < 0 ? undefined : path.split('/').slice(0, at).join('/');
}

const modules = sourceFiles().map((file) => ({
  path: fromSrc(file),
  imports: importsOf(file),
}));

describe('the layering of src/', () => {
  it('finds the modules and their imports', () => {
    expect(modules.length).toBeGreaterThan(80);
    expect(modules.find((m) => m.path === 'index.ts')?.imports).toContain('model/ActionPlan.ts');
  });

  it('knows the layer of every module', () => {
    expect(modules.map((m) => layerOf(m.path)).filter((layer) => RANK[layer] === undefined)).toEqual([]);
  });

  it('never imports from a layer above', () => {
    const upward = modules.flatMap(({ path, imports }) =>
      imports
        .filter((target) => (RANK[layerOf(target)] ?? 99) > (RANK[layerOf(path)] ?? -1))
        .map((target) => `${path} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps dates/ and schema/ apart', () => {
    const across = modules.flatMap(({ path, imports }) =>
      imports
        .filter((target) => layerOf(target) !== layerOf(path) && RANK[layerOf(target)] === RANK[layerOf(path)])
        .map((target) => `${path} -> ${target}`),
    );
    expect(across).toEqual([]);
  });

  it("never reaches into another folder's _internal/", () => {
    const reaching = modules.flatMap(({ path, imports }) =>
      imports
        .filter((target) => {
          const owner = internalOwner(target);
          return owner !== undefined && !`${path}`.startsWith(`${owner}/`);
        })
        .map((target) => `${path} -> ${target}`),
    );
    expect(reaching).toEqual([]);
  });

  it('keeps model/ free of anything but types from model/', () => {
    const model = modules.filter((m) => layerOf(m.path) === 'model');
    expect(
      model.flatMap((m) => m.imports.filter((t) => layerOf(t) !== 'model').map((t) => `${m.path} -> ${t}`)),
    ).toEqual([]);
  });

  it('resolves every import to a module that exists', () => {
    const known = new Set(modules.map((m) => m.path));
    const missing = modules.flatMap(({ path, imports }) =>
      imports.filter((t) => !t.endsWith('.json') && !known.has(t)).map((t) => `${path} -> ${t}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the layering test itself', () => {
  it('would catch an upward import', () => {
    const fake = { path: 'model/X.ts', imports: ['rules/checkActionPlan.ts'] };
    expect((RANK[layerOf(fake.imports[0] as string)] ?? 0) > (RANK[layerOf(fake.path)] ?? 0)).toBe(true);
  });
  it("would catch a reach into another folder's _internal/", () => {
    expect(internalOwner('dates/_internal/calendar.ts')).toBe('dates');
    expect('rules/checkActionPlan.ts'.startsWith('dates/')).toBe(false);
  });
});
