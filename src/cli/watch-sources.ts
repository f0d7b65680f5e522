import { watch } from 'node:fs';

/** How long a burst of file events (an editor's save is often several) settles before one ingest. */
const SETTLE_MS = 150;

/**
 * Calls `onChange` with the names of the sources added, changed or deleted in `dir`, once per
 * burst of changes, never twice at the same time: changes during a run make one more run.
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
    if (!name || !name.endsWith('.txt')) return;
    pending.add(name);
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
