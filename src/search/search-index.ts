import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from './pagefind-service.ts';
import type { CustomRecord } from 'pagefind';
import { namingFolder } from '../core/file-errors.ts';
import { createMarkdown } from '../index/body/markdown.ts';
import { readArticleBody } from '../index/body/article-body.ts';
import { articleToIndex, searchRecord, searchRecordAndBody, type ArticleToIndex, type SearchArticle } from './search-records.ts';
import { recordsHash, recordRecordsHash, reuseBundle } from './search-reuse.ts';
import { SEARCH_DIR } from '../core/paths.ts';
import { ARTICLES_INDEXED_AT_ONCE, type SearchShard } from '../index/search-shards.ts';

/**
 * Pagefind writes every UI it has into every bundle; the search page has its own
 * (content/assets/search.js), so a bundle keeps its search engine and index only.
 */
const NOT_IN_SHARDS = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/**
 * Indexes the articles of `shards` with Pagefind into the site at `siteDir`, one bundle per shard
 * (see search-shards.ts), with no more articles in Pagefind's memory at a time than
 * `ARTICLES_INDEXED_AT_ONCE`, then stops Pagefind. Each article is one record in the index of its
 * language (search-records.ts), so Russian articles get Russian stemming and Kazakh ones, in either
 * script, their own `kk` index. Each bundle is replaced whole.
 */
export async function writeSearchIndex(siteDir: string, root: string, shards: SearchShard[]): Promise<void> {
  const queue = new ShardQueue(siteDir);
  for (const shard of shards) queue.add(shardToIndex(shard, root));
  await queue.finish();
}

/**
 * A shard as the indexing needs it: its id and, newest first, what its articles' records are made
 * from, their bodies to be read from their files under the site `root`.
 */
export interface ShardToIndex {
  id: string;
  root: string;
  articles: ArticleToIndex[];
}

/** Just that of `shard`, to hand it to an indexing thread. */
export function shardToIndex(shard: SearchShard, root: string): ShardToIndex {
  return { id: shard.id, root, articles: shard.articles.map(articleToIndex) };
}

/** A shard with its records, which are made as soon as it is added. */
export interface ParsedShard {
  id: string;
  /** How many articles it has. */
  articles: number;
  records: CustomRecord[];
}

export interface ShardQueueOptions {
  /** The last build's site, whose bundles are taken where their records are unchanged. */
  previous?: string;
  /** Articles in Pagefind's memory at once. */
  articlesAtOnce?: number;
  /** Told of each shard once it is indexed or has failed. */
  onIndexed?: (shard: ParsedShard) => void;
  /** Given each shard's bodies as HTML, in the order of its articles, as it is added. */
  onBodies?: (shard: ShardToIndex, bodiesHtml: string[]) => void;
}

/**
 * Shards indexed side by side as they are added, by one Pagefind process, while the articles being
 * indexed stay within `articlesAtOnce`, which bounds Pagefind's memory. A shard's records (and
 * bodies, for `onBodies`) are made when it is added, not when Pagefind has room for it, so that the
 * build's pages need not wait for Pagefind; what is added at once is the caller's to bound.
 */
export class ShardQueue {
  private readonly ready: ParsedShard[] = [];
  private readonly running = new Set<Promise<void>>();
  private articlesIndexing = 0;
  // Kept until `finish`, so that a failed shard is reported there rather than as an unhandled rejection.
  private failure: unknown;

  constructor(
    private readonly siteDir: string,
    private readonly options: ShardQueueOptions = {},
  ) {}

  add(shard: ShardToIndex): void {
    let records: CustomRecord[] = [];
    try {
      records = this.records(shard);
    } catch (error) {
      this.failure ??= error;
    }
    this.ready.push({ id: shard.id, articles: shard.articles.length, records });
    this.startReady();
  }

  /** Waits for every shard added and stops Pagefind. */
  async finish(): Promise<void> {
    try {
      await this.settled();
      if (this.failure) throw this.failure;
    } finally {
      await pagefind.close();
    }
  }

  /** For a build that failed: lets the shards being indexed finish, starts no other, stops Pagefind. */
  async abandon(): Promise<void> {
    this.ready.length = 0;
    await this.settled();
    await pagefind.close();
  }

  private startReady(): void {
    while (this.ready.length > 0) {
      const next = this.ready[0]!;
      if (this.articlesIndexing > 0 && this.articlesIndexing + next.articles > (this.options.articlesAtOnce ?? ARTICLES_INDEXED_AT_ONCE)) return;
      this.ready.shift();
      this.articlesIndexing += next.articles;
      const job: Promise<void> = this.index(next).finally(() => {
        this.articlesIndexing -= next.articles;
        this.options.onIndexed?.(next);
        this.running.delete(job);
        this.startReady();
      });
      this.running.add(job);
    }
  }

  private async index(shard: ParsedShard): Promise<void> {
    if (this.failure) return;
    try {
      await writeShard(this.siteDir, shard.id, shard.records, this.options.previous);
    } catch (error) {
      this.failure ??= namingFolder(error, join(this.siteDir, SEARCH_DIR, shard.id));
    }
  }

  /** The records of `shard`; with `onBodies`, its bodies as HTML too, from the same parse. */
  private records(shard: ShardToIndex): CustomRecord[] {
    const markdown = createMarkdown();
    const { onBodies } = this.options;
    const withBody = ({ file, ...article }: ArticleToIndex): SearchArticle => ({ ...article, body: readArticleBody(shard.root, file) });
    if (!onBodies) return shard.articles.map((article) => searchRecord(withBody(article), markdown));
    const parsed = shard.articles.map((article) => searchRecordAndBody(withBody(article), markdown));
    onBodies(shard, parsed.map(({ bodyHtml }) => bodyHtml));
    return parsed.map(({ record }) => record);
  }

  /** Until no shard is being indexed; a shard that ends starts the next ready ones, so this waits for those too. */
  private async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}

/** Removes the bundles of shards that no longer exist (their articles moved or were deleted). */
export function removeShards(siteDir: string, ids: string[]): void {
  for (const id of ids) rmSync(join(siteDir, SEARCH_DIR, id), { recursive: true, force: true });
}

/** Indexes a shard's records into its bundle, or takes the bundle of the `previous` build when they are the same. */
async function writeShard(siteDir: string, id: string, records: CustomRecord[], previous?: string): Promise<void> {
  const outputPath = join(siteDir, SEARCH_DIR, id);
  const hash = recordsHash(records);
  if (previous && reuseBundle(join(previous, SEARCH_DIR, id), outputPath, hash)) return;
  const index = await newIndex();
  try {
    failOn((await Promise.all(records.map((record) => index.addCustomRecord(record)))).flatMap((added) => added.errors));
    rmSync(outputPath, { recursive: true, force: true });
    failOn((await index.writeFiles({ outputPath })).errors);
    for (const file of readdirSync(outputPath)) if (NOT_IN_SHARDS.test(file)) rmSync(join(outputPath, file));
    recordRecordsHash(outputPath, hash);
  } finally {
    await index.deleteIndex();
  }
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  return index;
}

function failOn(errors: string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
}
