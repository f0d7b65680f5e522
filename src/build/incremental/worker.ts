/**
 * A warm incremental builder in its own process, started by client.ts with the site root as working
 * directory and the build's settings as JSON in its first argument. Each message it receives is a list of changed source names; it replies twice: once the
 * pages are on disk, and once the search index has caught up.
 */
import { sitePaths } from '../../core/paths.ts';
import type { BuildSettings } from '../../core/settings/settings.ts';
import { IncrementalSite } from './incremental-site.ts';

export interface PagesReply {
  /** From receiving the names until the pages were on disk. */
  milliseconds: number;
  written: string[];
  removed: string[];
  /** One line per bad source: `file:line: reason`. */
  errors: string[];
  pagesRewritten: number;
  pagesRemoved: number;
}

export interface SearchReply {
  /** From receiving the names until the search bundles were on disk. */
  searchMilliseconds: number;
  shardsRewritten: number;
}

const site = await IncrementalSite.open(sitePaths(process.cwd()), JSON.parse(process.argv[2]!) as BuildSettings);
let queue = Promise.resolve();
process.on('message', (names: string[]) => {
  queue = queue.then(async () => {
    const started = performance.now();
    const { sync, pagesRewritten, pagesRemoved } = await site.update(names);
    const pages: PagesReply = {
      milliseconds: performance.now() - started,
      written: sync.written,
      removed: sync.removed,
      errors: sync.errors.map((error) => error.format()),
      pagesRewritten,
      pagesRemoved,
    };
    process.send!(pages);
    const { shardsRewritten } = await site.refreshSearch();
    const search: SearchReply = { searchMilliseconds: performance.now() - started, shardsRewritten };
    process.send!(search);
  });
});
process.send!('ready');
