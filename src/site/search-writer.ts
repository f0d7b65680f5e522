import { once } from 'node:events';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { typeScriptWorker } from '../process/typescript-worker.ts';
import { shardToIndex } from './search-index.ts';
import { ARTICLES_INDEXED_AT_ONCE, type SearchShard } from './search-shards.ts';
import type { SearchRequest, SearchResponse, SearchWorkerData } from './search-worker.ts';

/**
 * Worker threads indexing search, each with its own Pagefind process. One Pagefind process used
 * little more than one core here, so with one, a 10k build went on indexing on one core for 5 s
 * after its pages were written; with two, both cores stay busy to the end (20.5 s → 18.8 s).
 */
export const SEARCH_THREADS = 2;

/**
 * The search bundles of a full build, indexed in worker threads (search-worker.ts) from the
 * articles' text while this thread renders their pages.
 */
export class SearchWriter {
  private readonly workers: { worker: Worker; exited: Promise<unknown>; articles: number }[];

  /**
   * Starts the indexing threads, for bundles in the site at `siteDir`; `previous`: the last build's
   * site, whose bundles are taken where their records are unchanged.
   */
  constructor(siteDir: string, previous?: string) {
    this.workers = Array.from({ length: SEARCH_THREADS }, (_, n) => {
      const workerData: SearchWorkerData = { siteDir, previous, articlesAtOnce: ARTICLES_INDEXED_AT_ONCE / SEARCH_THREADS, writesUi: n === 0 };
      const worker = typeScriptWorker(join(import.meta.dirname, 'search-worker.ts'), { workerData });
      // A thread that failed to start or crashed: `request` reports the stop.
      worker.on('error', () => {});
      return { worker, exited: once(worker, 'exit'), articles: 0 };
    });
  }

  /** Hands `shards` to the indexing threads, each shard to the one with the fewest articles so far. */
  index(shards: SearchShard[]): void {
    for (const shard of shards) {
      const thread = this.workers.reduce((least, next) => (next.articles < least.articles ? next : least));
      thread.articles += shard.articles.length;
      thread.worker.postMessage({ kind: 'shard', shard: shardToIndex(shard) } satisfies SearchRequest);
    }
  }

  /** Waits for every shard to be indexed and the search UI to be written. */
  async finish(): Promise<void> {
    const failed = (await this.requestAll({ kind: 'finish' })).find((response) => response.kind === 'failed');
    if (failed) throw new Error(failed.message);
  }

  /** For a build that failed: lets the shards being indexed finish and stops the indexing threads. */
  async abandon(): Promise<void> {
    await this.requestAll({ kind: 'abandon' });
  }

  /** Sends `request` to every thread and waits for the replies and for the threads to end, Pagefind stopped with them. */
  private async requestAll(request: SearchRequest): Promise<SearchResponse[]> {
    return Promise.all(this.workers.map(async ({ worker, exited }) => {
      const replied = once(worker, 'message') as Promise<[SearchResponse]>;
      worker.postMessage(request);
      const [response] = await Promise.race([replied, exited.then(() => {
        throw new Error('search index: an indexing thread stopped before it finished');
      })]);
      await exited;
      return response;
    }));
  }
}
