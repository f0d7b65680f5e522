import { watch } from 'node:fs';

/** How long a burst of file events (an editor's save is often several) settles before one ingest. */
const SETTLE_MS = 150;

/**
 * Calls `onChange` once per burst of changes in `dir` (a source added, changed or deleted), never
 * twice at the same time: a change during a run queues one more run.
 */
export function watchSources(dir: string, onChange: () => Promise<void>): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = onChange().finally(() => { running = undefined; });
    await running;
    if (again) {
      again = false;
      await run();
    }
  };
  const watcher = watch(dir, (_event, name) => {
    if (name && !name.endsWith('.txt')) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
