import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { forkTypeScript } from '../process/fork-typescript.ts';
import { shardJob } from './search-index.ts';
import type { SearchRequest, SearchResponse } from './search-process.ts';
import type { SearchShard } from './search-shards.ts';
import type { SiteArticle } from './site-index.ts';

/**
 * The search bundles of a full build: each shard is handed to the indexing process
 * (search-process.ts) as soon as all its article pages are written, and indexed there while the
 * build goes on writing the others, so a build uses both cores.
 */
export class SearchWriter {
  private readonly waiting = new Map<string, { shard: SearchShard; pages: number }>();
  private readonly shardOf = new Map<string, string>();
  private readonly indexer: ChildProcess;
  private readonly exited: Promise<unknown>;

  /** `previous`: the last build's site, whose bundles are taken where their pages are unchanged. */
  constructor(siteDir: string, shards: SearchShard[], previous?: string) {
    for (const shard of shards) {
      this.waiting.set(shard.id, { shard, pages: shard.articles.length });
      for (const article of shard.articles) this.shardOf.set(article.url, shard.id);
    }
    this.indexer = forkTypeScript(join(import.meta.dirname, 'search-process.ts'), previous ? [siteDir, previous] : [siteDir], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.exited = once(this.indexer, 'exit');
    // A message to a process that has stopped: `request` reports the stop.
    this.indexer.on('error', () => {});
  }

  /** Article pages now on disk; shards whose pages are all written are sent for indexing. */
  written(articles: SiteArticle[]): void {
    for (const article of articles) {
      const id = this.shardOf.get(article.url);
      const entry = id === undefined ? undefined : this.waiting.get(id);
      if (!entry || --entry.pages > 0) continue;
      this.waiting.delete(id!);
      this.indexer.send({ kind: 'shard', job: shardJob(entry.shard) } satisfies SearchRequest);
    }
  }

  /** Waits for every shard to be indexed and the search UI to be written. */
  async finish(): Promise<void> {
    const response = await this.request({ kind: 'finish' });
    if (response.kind === 'failed') throw new Error(response.message);
    if (this.waiting.size > 0) throw new Error(`search index: shards ${[...this.waiting.keys()].join(', ')} were never written`);
  }

  /** For a build that failed: lets the shards being indexed finish and stops the indexing process. */
  async abandon(): Promise<void> {
    await this.request({ kind: 'abandon' });
  }

  /** Sends `request` and waits for the reply and for the process to end, Pagefind stopped with it. */
  private async request(request: SearchRequest): Promise<SearchResponse> {
    const replied = once(this.indexer, 'message') as Promise<[SearchResponse]>;
    this.indexer.send(request);
    const [response] = await Promise.race([replied, this.exited.then(() => {
      throw new Error('search index: the indexing process stopped before it finished');
    })]);
    await this.exited;
    return response;
  }
}
