/** How long a burst of file events (an editor's save is often several) settles before one run. */
const SETTLE_MS = 150;

export interface ChangeBatches {
  /** Notes a changed item; the run starts once changes have settled. */
  add(item: string): void;
  /** Drops a run that has not started. */
  stop(): void;
}

/**
 * Calls `run` with the items changed in a burst, sorted, once the burst has settled, and never twice
 * at the same time: changes during a run make one more run after it.
 */
export function changeBatches(run: (items: string[]) => Promise<void>): ChangeBatches {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = new Set<string>();
  const next = async (): Promise<void> => {
    if (running || pending.size === 0) return;
    const items = [...pending].sort();
    pending = new Set();
    running = run(items).finally(() => {
      running = undefined;
    });
    await running;
    await next();
  };
  return {
    add(item) {
      pending.add(item);
      clearTimeout(timer);
      timer = setTimeout(() => void next(), SETTLE_MS);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
