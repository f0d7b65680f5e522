import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';

// A single file read (a check for a hand edit) is synchronous: cheaper per call than a promise. A
// whole folder of sources or articles goes through `readAhead` and write-queue.ts, which keep the
// disk busy with several files while the processor parses another.

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Writes to `temporary` (on the same file system, see writing-folder.ts), then renames it to
 * `path`, so a crash never leaves half a file behind. The folder of `path` must exist.
 */
export async function writeFileAtomic(path: string, content: string, temporary: string): Promise<void> {
  await writeFile(temporary, content);
  await rename(temporary, path);
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
