import { watch } from 'node:fs';
import { parse } from 'node:path';
import { PHOTO_EXTENSIONS } from '../ingest/photos.ts';
import { changeBatches } from './change-batches.ts';

/**
 * Calls `onChange` with the names of the sources added, changed or deleted in `dir`, and of the
 * sources whose photo was (`2026-01-27-senate.jpg` → `2026-01-27-senate.txt`), once per burst of
 * changes, never twice at the same time: changes during a run make one more run.
 */
export function watchSources(dir: string, onChange: (names: string[]) => Promise<void>): () => void {
  const batches = changeBatches(onChange);
  const watcher = watch(dir, (_event, name) => {
    const source = name && sourceOf(name);
    if (source) batches.add(source);
  });
  return () => {
    batches.stop();
    watcher.close();
  };
}

/** The source a file in the sources folder belongs to: itself, or the source beside a photo; none for other files. */
function sourceOf(name: string): string | undefined {
  if (name.endsWith('.txt')) return name;
  const { name: base, ext } = parse(name);
  return PHOTO_EXTENSIONS.includes(ext.toLowerCase()) ? `${base}.txt` : undefined;
}
