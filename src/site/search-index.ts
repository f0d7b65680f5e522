import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pagesHash, recordPagesHash, reuseBundle } from './search-reuse.ts';
import { ARTICLES_INDEXED_AT_ONCE, SEARCH_DIR, shardGlob, type SearchShard } from './search-shards.ts';

/** The search page loads Pagefind's UI once, from `/pagefind/`, whichever bundles it searches. */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'];
/** Pagefind writes every UI it has into every bundle; a shard keeps its search engine and index only. */
const NOT_IN_SHARDS = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/**
 * Indexes the built site at `siteDir` with Pagefind, one bundle per shard (see search-shards.ts),
 * with no more articles in Pagefind's memory at a time than `ARTICLES_INDEXED_AT_ONCE`, then writes
 * the search UI and stops Pagefind. Only elements marked `data-pagefind-body` (article text) are
 * indexed, one index per `<html lang>`, so Russian pages get Russian stemming and Kazakh pages
 * their own `kk` index. Each bundle is replaced whole.
 */
export async function writeSearchIndex(siteDir: string, shards: SearchShard[]): Promise<void> {
  const queue = new ShardQueue(siteDir);
  for (const shard of shards) queue.add(shardJob(shard));
  await queue.finish();
}

/** What indexing a shard needs to know: its month folders, or for `other` its pages' URLs. */
export interface ShardJob {
  id: string;
  months: string[];
  urls: string[];
  articles: number;
}

export function shardJob(shard: SearchShard): ShardJob {
  const urls = shard.months.length > 0 ? [] : shard.articles.map((article) => article.url);
  return { id: shard.id, months: shard.months, urls, articles: shard.articles.length };
}

/**
 * Shards indexed side by side as they are added: Pagefind indexes several on its own threads
 * (4 shards of 1,000 articles: 2.5 s side by side, 7.0 s one after another), while the articles
 * being indexed stay within `ARTICLES_INDEXED_AT_ONCE`, which bounds Pagefind's memory.
 */
export class ShardQueue {
  private readonly ready: ShardJob[] = [];
  private readonly running = new Set<Promise<void>>();
  private articlesIndexing = 0;
  // Kept until `finish`, so that a failed shard is reported there rather than as an unhandled rejection.
  private failure: unknown;

  /** `previous`: the last build's site, whose bundles are taken where their pages are unchanged. */
  constructor(
    private readonly siteDir: string,
    private readonly previous?: string,
  ) {}

  add(job: ShardJob): void {
    this.ready.push(job);
    this.startReady();
  }

  /** Waits for every shard added, writes the search UI and stops Pagefind. */
  async finish(): Promise<void> {
    try {
      await this.settled();
      if (this.failure) throw this.failure;
      await writeUiFiles(join(this.siteDir, SEARCH_DIR));
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
      if (this.articlesIndexing > 0 && this.articlesIndexing + next.articles > ARTICLES_INDEXED_AT_ONCE) return;
      this.ready.shift();
      this.articlesIndexing += next.articles;
      const job: Promise<void> = this.index(next).finally(() => {
        this.articlesIndexing -= next.articles;
        this.running.delete(job);
        this.startReady();
      });
      this.running.add(job);
    }
  }

  private async index(job: ShardJob): Promise<void> {
    if (this.failure) return;
    try {
      await writeShard(this.siteDir, job, this.previous);
    } catch (error) {
      this.failure ??= error;
    }
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

/** Indexes a shard into its bundle, or takes the bundle of the `previous` build when its pages are the same. */
async function writeShard(siteDir: string, job: ShardJob, previous?: string): Promise<void> {
  const outputPath = join(siteDir, SEARCH_DIR, job.id);
  const hash = pagesHash(siteDir, job);
  if (previous && reuseBundle(join(previous, SEARCH_DIR, job.id), outputPath, hash)) return;
  const index = await newIndex();
  try {
    if (job.months.length > 0) {
      failOn((await index.addDirectory({ path: siteDir, glob: shardGlob(job.months) })).errors);
    } else {
      for (const url of job.urls) {
        const content = readFileSync(join(siteDir, url, 'index.html'), 'utf8');
        failOn((await index.addHTMLFile({ url, content })).errors);
      }
    }
    rmSync(outputPath, { recursive: true, force: true });
    failOn((await index.writeFiles({ outputPath })).errors);
    for (const file of readdirSync(outputPath)) if (NOT_IN_SHARDS.test(file)) rmSync(join(outputPath, file));
    recordPagesHash(outputPath, hash);
  } finally {
    await index.deleteIndex();
  }
}

/** Pagefind's UI script and styles, the same for every bundle, once for the search page. */
async function writeUiFiles(searchDir: string): Promise<void> {
  const index = await newIndex();
  try {
    const { files, errors } = await index.getFiles();
    failOn(errors);
    mkdirSync(searchDir, { recursive: true });
    for (const file of files.filter(({ path }) => UI_FILES.includes(path))) writeFileSync(join(searchDir, file.path), file.content);
  } finally {
    await index.deleteIndex();
  }
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  return index;
}

function failOn(errors: string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
}
