/**
 * The core: what every stage shares and none owns. The folders of a site (this file), settings read
 * and checked once per build (settings/), errors a user can fix and the one line each becomes, printable
 * text for messages, Almaty's calendar, and helpers for child processes and threads. It imports no stage.
 */
import { join } from 'node:path';

/** The folders of a habar site, relative to its root. */
export const CONTENT_DIR = 'content';
export const SOURCES_DIR = 'content/sources';
export const ARTICLES_DIR = 'content/articles';
export const OUTPUT_DIR = '_site';
/** The site's settings; the folder that holds it is a site's root (read by settings/settings.ts). */
export const SETTINGS_FILE = 'content/_data/site.json';
/** What a build keeps for the next one (last-build.ts, article-cache.ts); beside eleventy-img's `.cache/img`, out of the deployed output. */
export const CACHE_DIR = '.cache/habar';
/** The search bundles inside the output, one folder per shard (search-shards.ts). */
export const SEARCH_DIR = 'pagefind';

export interface SitePaths {
  root: string;
  sources: string;
  articles: string;
  output: string;
}

export function sitePaths(root: string): SitePaths {
  return {
    root,
    sources: join(root, SOURCES_DIR),
    articles: join(root, ARTICLES_DIR),
    output: join(root, OUTPUT_DIR),
  };
}
