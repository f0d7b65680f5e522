import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ARTICLES_PER_SHARD, SEARCH_DIR, shardGlob, type SearchShard } from './search-shards.ts';
import type { SiteArticle } from './site-index.ts';

/** The search page loads Pagefind's UI once, from `/pagefind/`, whichever bundles it searches. */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'];
/** Pagefind writes every UI it has into every bundle; a shard keeps its search engine and index only. */
const NOT_IN_SHARDS = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/**
 * Indexes the built site at `siteDir` with Pagefind, one bundle per shard (see search-shards.ts),
 * with no more articles in Pagefind's memory at a time than one full shard holds. Only elements marked
 * `data-pagefind-body` (article text) are indexed, one index per `<html lang>`, so Russian pages
 * get Russian stemming and Kazakh pages their own `kk` index. Each bundle is replaced whole.
 */
export function writeSearchIndex(siteDir: string, shards: SearchShard[]): Promise<void> {
  const writer = new SearchWriter(siteDir, shards);
  writer.written(shards.flatMap((shard) => shard.articles));
  return writer.finish();
}

/**
 * Indexes each shard as soon as all its article pages are written, while the build goes on
 * writing the others: Pagefind works in its own process, so a build uses both cores. Pagefind
 * indexes several shards side by side on its own threads (4 shards of 1,000 articles: 2.5 s
 * side by side, 7.0 s one after another), so ready shards start together while the articles they
 * hold stay within `ARTICLES_PER_SHARD`, which bounds Pagefind's memory as one full shard would.
 */
export class SearchWriter {
  private readonly waiting = new Map<string, { shard: SearchShard; pages: number }>();
  private readonly shardOf = new Map<string, string>();
  private readonly ready: SearchShard[] = [];
  private readonly running = new Set<Promise<void>>();
  private articlesIndexing = 0;
  // Kept until `finish`, so that a failed shard is reported there rather than as an unhandled rejection.
  private failure: unknown;

  constructor(
    private readonly siteDir: string,
    shards: SearchShard[],
  ) {
    for (const shard of shards) {
      this.waiting.set(shard.id, { shard, pages: shard.articles.length });
      for (const article of shard.articles) this.shardOf.set(article.url, shard.id);
    }
  }

  /** Article pages now on disk; shards whose pages are all written are queued for indexing. */
  written(articles: SiteArticle[]): void {
    for (const article of articles) {
      const id = this.shardOf.get(article.url);
      const entry = id === undefined ? undefined : this.waiting.get(id);
      if (!entry || --entry.pages > 0) continue;
      this.waiting.delete(id!);
      this.ready.push(entry.shard);
    }
    this.startReady();
  }

  /** Waits for the queued shards, writes the search UI and stops Pagefind. */
  async finish(): Promise<void> {
    try {
      await this.settled();
      if (this.failure) throw this.failure;
      if (this.waiting.size > 0) throw new Error(`search index: shards ${[...this.waiting.keys()].join(', ')} were never written`);
      await writeUiFiles(join(this.siteDir, SEARCH_DIR));
    } finally {
      await pagefind.close();
    }
  }

  /** For a build that failed: lets the shard being indexed finish, then stops Pagefind. */
  async abandon(): Promise<void> {
    await this.settled();
    await pagefind.close();
  }

  private startReady(): void {
    while (this.ready.length > 0) {
      const next = this.ready[0]!;
      if (this.articlesIndexing > 0 && this.articlesIndexing + next.articles.length > ARTICLES_PER_SHARD) return;
      this.ready.shift();
      this.articlesIndexing += next.articles.length;
      const job: Promise<void> = this.index(next).finally(() => {
        this.articlesIndexing -= next.articles.length;
        this.running.delete(job);
        this.startReady();
      });
      this.running.add(job);
    }
  }

  private async index(shard: SearchShard): Promise<void> {
    if (this.failure) return;
    try {
      await writeShard(this.siteDir, shard);
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

async function writeShard(siteDir: string, shard: SearchShard): Promise<void> {
  const index = await newIndex();
  try {
    if (shard.months.length > 0) {
      failOn((await index.addDirectory({ path: siteDir, glob: shardGlob(shard) })).errors);
    } else {
      for (const article of shard.articles) {
        const content = readFileSync(join(siteDir, article.url, 'index.html'), 'utf8');
        failOn((await index.addHTMLFile({ url: article.url, content })).errors);
      }
    }
    const outputPath = join(siteDir, SEARCH_DIR, shard.id);
    rmSync(outputPath, { recursive: true, force: true });
    failOn((await index.writeFiles({ outputPath })).errors);
    for (const file of readdirSync(outputPath)) if (NOT_IN_SHARDS.test(file)) rmSync(join(outputPath, file));
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
