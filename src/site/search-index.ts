import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_DIR, shardGlob, type SearchShard } from './search-shards.ts';

/** The search page loads Pagefind's UI once, from `/pagefind/`, whichever bundles it searches. */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'];
/** Pagefind writes every UI it has into every bundle; a shard keeps its search engine and index only. */
const NOT_IN_SHARDS = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/**
 * Indexes the built site at `siteDir` with Pagefind, one bundle per shard (see search-shards.ts),
 * one after another so that only one shard's index is in memory at a time. Only elements marked
 * `data-pagefind-body` (article text) are indexed, one index per `<html lang>`, so Russian pages
 * get Russian stemming and Kazakh pages their own `kk` index. Each bundle is replaced whole.
 * Returns the number of pages indexed.
 */
export async function writeSearchIndex(siteDir: string, shards: SearchShard[]): Promise<number> {
  let pages = 0;
  try {
    for (const shard of shards) pages += await writeShard(siteDir, shard);
    await writeUiFiles(join(siteDir, SEARCH_DIR));
  } finally {
    await pagefind.close();
  }
  return pages;
}

/** Removes the bundles of shards that no longer exist (their articles moved or were deleted). */
export function removeShards(siteDir: string, ids: string[]): void {
  for (const id of ids) rmSync(join(siteDir, SEARCH_DIR, id), { recursive: true, force: true });
}

async function writeShard(siteDir: string, shard: SearchShard): Promise<number> {
  const index = await newIndex();
  try {
    let pages = 0;
    if (shard.months.length > 0) {
      const added = await index.addDirectory({ path: siteDir, glob: shardGlob(shard) });
      failOn(added.errors);
      pages = added.page_count;
    } else {
      for (const article of shard.articles) {
        const content = readFileSync(join(siteDir, article.url, 'index.html'), 'utf8');
        failOn((await index.addHTMLFile({ url: article.url, content })).errors);
        pages++;
      }
    }
    const outputPath = join(siteDir, SEARCH_DIR, shard.id);
    rmSync(outputPath, { recursive: true, force: true });
    failOn((await index.writeFiles({ outputPath })).errors);
    for (const file of readdirSync(outputPath)) if (NOT_IN_SHARDS.test(file)) rmSync(join(outputPath, file));
    return pages;
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
