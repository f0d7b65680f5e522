import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

// A single file read (a check for a hand edit) is synchronous: cheaper per call than a promise. A
// whole folder of sources or articles goes through `readAhead`, which keeps the disk busy with
// several files while the processor parses another, when reads wait on it.

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
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

export interface ReadAheadOptions {
  /** Files read at a time once reads wait on the disk. */
  ahead?: number;
  /** Reads timed together before deciding whether they come from the page cache. */
  checkEvery?: number;
  /** In milliseconds: a run whose fastest read took longer is taken to come from the disk. */
  cachedReadMs?: number;
}

/**
 * The files' bytes in the order given (undefined for one that does not exist). While they come from
 * the page cache they are read one after another, synchronously: a median 7–9 µs a file here,
 * against 30–36 µs through Node's thread pool, whose promises and round trips cost the build's
 * thread more than the read itself. Once even the fastest read of a run is longer (from the disk,
 * none of 3,000 took less than 25 µs), the rest are read up to `ahead` at a time, so that the disk
 * works while the caller parses. The fastest, not the mean or the median: reads from the page cache
 * that wait for the processor (a garbage collection, the parsing thread on a loaded machine: a median
 * of 20–34 µs beside a 10k ingest's parsing, the fastest 7–15 µs) must not count as the disk.
 */
export async function* readAhead(paths: string[], { ahead = 16, checkEvery = 256, cachedReadMs = 0.02 }: ReadAheadOptions = {}): AsyncGenerator<Buffer | undefined> {
  const durations = new Float64Array(checkEvery);
  let next = 0;
  let timed = 0;
  while (next < paths.length) {
    const started = performance.now();
    const bytes = readIfExists(paths[next++]!);
    durations[timed++] = performance.now() - started;
    yield bytes;
    if (timed < checkEvery) continue;
    if (Math.min(...durations) > cachedReadMs) break;
    timed = 0;
  }
  yield* readConcurrently(paths.slice(next), ahead);
}

/** The files' bytes in the order given, read up to `ahead` at a time. */
async function* readConcurrently(paths: string[], ahead: number): AsyncGenerator<Buffer | undefined> {
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
