/**
 * A warm incremental builder in its own process, started by client.ts with the site root as working
 * directory. Each message it receives is a list of changed source names; each reply reports the
 * update and how long it took until the pages were on disk.
 */
import { sitePaths } from '../ingest/paths.ts';
import { IncrementalSite } from './incremental-site.ts';

export interface WorkerReply {
  milliseconds: number;
  written: string[];
  removed: string[];
  /** One line per bad source: `file:line: reason`. */
  errors: string[];
  pagesRewritten: number;
  pagesRemoved: number;
}

const site = await IncrementalSite.open(sitePaths(process.cwd()));
let queue = Promise.resolve();
process.on('message', (names: string[]) => {
  queue = queue.then(async () => {
    const started = performance.now();
    const { sync, pagesRewritten, pagesRemoved } = await site.update(names);
    const reply: WorkerReply = {
      milliseconds: performance.now() - started,
      written: sync.written,
      removed: sync.removed,
      errors: sync.errors.map((error) => error.format()),
      pagesRewritten,
      pagesRemoved,
    };
    process.send!(reply);
  });
});
process.send!('ready');
