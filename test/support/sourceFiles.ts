import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The library's source folder, `src/`, as a path. */
export const SRC: string = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every TypeScript module under a folder (by default `src/`), as paths, however deep. */
export function sourceFiles(dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A module's path from `src/`, with forward slashes on every system: `formats/csv/toCsv.ts`. */
export const fromSrc = (file: string): string => relative(SRC, file).split('\\').join('/');
