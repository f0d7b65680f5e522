import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

// A single file (the registry, a check for a hand edit) is read and written synchronously: cheaper
// per call than promises. A whole folder of sources or articles goes through `readAhead` (and
// write-queue.ts), which keep the disk busy with several files while the processor parses another.

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const madeDirs = new Set<string>();

/** Writes through a temporary file and a rename, so a crash never leaves half a file behind. */
export function writeFileAtomic(path: string, content: string): void {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** The file's bytes, or undefined when it does not exist. */
export function readIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The files' bytes in the order given (undefined for one that does not exist), read up to `ahead`
 * at a time: a source not yet in the page cache waits on the disk, and the next ones are read meanwhile.
 */
export async function* readAhead(paths: string[], ahead = 16): AsyncGenerator<Buffer | undefined> {
  const reading: Promise<Buffer | undefined>[] = [];
  let next = 0;
  while (next < paths.length || reading.length > 0) {
    while (next < paths.length && reading.length < ahead) {
      const read = readFileIfExists(paths[next++]!);
      // Handled when its turn comes; a caller that stops early must not leave it unhandled.
      read.catch(() => {});
      reading.push(read);
    }
    yield await reading.shift()!;
  }
}

async function readFileIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
