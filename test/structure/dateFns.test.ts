import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The modules of src/ that import date-fns (or one of its packages), as paths from src/. */
const importers = sourceFiles(root)
  .filter((file) => /^\s*(?:import|export)\b[^'"]*?from\s+'(?:date-fns|@date-fns\/)/m.test(readFileSync(file, 'utf8')))
  .map((file) => relative(root, file).split('\\').join('/'));

describe('date-fns in src/', () => {
  it('does the calendar arithmetic of dates/', () => {
    expect(importers).toContain('dates/_internal/calendar.ts');
    expect(importers).toContain('dates/dayNumber.ts');
  });

  it('is imported by dates/ only, which keeps the calendar behind YYYY-MM-DD strings', () => {
    expect(importers.filter((path) => !path.startsWith('dates/'))).toEqual([]);
  });

  it('is never given a date at local midnight, which a host zone could shift', () => {
    const local = sourceFiles(join(root, 'dates')).filter((file) =>
      // Code only: comments may name the mistake.
      /new Date\(\s*\w+\s*,/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(local).toEqual([]);
  });
});
