import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileIssue, type FileIssue } from './fileIssues.js';

/** The bytes of a file, or the one issue that says why it has none. */
export type InputBytes =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly issue: FileIssue };

/** How a file is named in messages: standard input for `-`, else as given. */
export function fileName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

/** The most a plan file (or standard input) may hold: 64 MB. A larger input is refused unread. */
export const MAX_INPUT_BYTES: number = 64 * 1024 * 1024;

/** The size of the reads of an input whose size is not known before (standard input, a device). */
const CHUNK = 1024 * 1024;

/** Waits a moment without busying the processor, for an input that has nothing to read yet. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
}

/**
 * Reads everything from a file descriptor, at most `limit` bytes: `undefined` when there is more.
 * A regular file larger than the limit is refused from its size, without reading it; standard
 * input, a pipe or a device (`/dev/zero`) is read until it ends or passes the limit.
 */
function readAtMost(fd: number, limit: number): Uint8Array | undefined {
  const stats = fstatSync(fd);
  if (stats.isFile() && stats.size > limit) return undefined;
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(stats.isFile() ? Math.max(1, Math.min(stats.size + 1, limit + 1 - total)) : CHUNK);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // Standard input left non-blocking by the program before: wait for it, then read again.
      if ((error as { code?: string }).code === 'EAGAIN') {
        pause();
        continue;
      }
      if ((error as { code?: string }).code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    total += n;
    if (total > limit) return undefined;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/** Reads the bytes of a file (or of standard input for `-`), or says why it cannot. */
export function readInput(file: string): InputBytes {
  let bytes: Uint8Array | undefined;
  try {
    const fd = file === '-' ? 0 : openSync(file, 'r');
    try {
      bytes = readAtMost(fd, MAX_INPUT_BYTES);
    } finally {
      if (fd !== 0) closeSync(fd);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it could not be read';
    return { ok: false, issue: fileIssue('file.unreadable', [], { file: fileName(file), reason }) };
  }
  if (bytes === undefined) {
    return { ok: false, issue: fileIssue('file.too_large', [], { file: fileName(file), limit: '64 MB' }) };
  }
  return { ok: true, bytes };
}
