import { watch } from 'node:fs';
import { parse } from 'node:path';
import { PHOTO_EXTENSIONS } from '../ingest/photos.ts';

/** How long a burst of file events (an editor's save is often several) settles before one ingest. */
const SETTLE_MS = 150;

/**
 * Calls `onChange` with the names of the sources added, changed or deleted in `dir`, and of the
 * sources whose photo was (`2026-01-27-senate.jpg` → `2026-01-27-senate.txt`), once per burst of
 * changes, never twice at the same time: changes during a run make one more run.
 */
export function watchSources(dir: string, onChange: (names: string[]) => Promise<void>): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = new Set<string>();
  const run = async (): Promise<void> => {
    if (running || pending.size === 0) return;
    const names = [...pending].sort();
    pending = new Set();
    running = onChange(names).finally(() => {
      running = undefined;
    });
    await running;
    await run();
  };
  const watcher = watch(dir, (_event, name) => {
    const source = name && sourceOf(name);
    if (!source) return;
    pending.add(source);
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}

/** The source a file in the sources folder belongs to: itself, or the source beside a photo; none for other files. */
function sourceOf(name: string): string | undefined {
  if (name.endsWith('.txt')) return name;
  const { name: base, ext } = parse(name);
  return PHOTO_EXTENSIONS.includes(ext.toLowerCase()) ? `${base}.txt` : undefined;
}
