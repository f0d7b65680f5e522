import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShardJob } from './search-index.ts';

/**
 * Written into each search bundle: a hash of the pages it was indexed from and of Pagefind's
 * version. Pagefind writes the same bundle for the same pages, so a rebuild whose pages of a shard
 * hash the same takes the last build's bundle instead of indexing them again (at 10k articles,
 * adding one article re-indexes one year's bundle instead of ten).
 */
export const PAGES_HASH_FILE = 'habar-pages.sha256';

const pagefindVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** The hash of a shard's article pages in the built site at `siteDir`: their paths and bytes. */
export function pagesHash(siteDir: string, job: ShardJob): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion}\n`);
  for (const page of shardPages(siteDir, job)) hash.update(`${page}\n`).update(readFileSync(join(siteDir, page)));
  return hash.digest('hex');
}

/**
 * Puts the previous build's bundle at `bundle` when it was indexed from pages with this `hash`;
 * says whether it did. Files are hard links where the file system allows (the previous build is
 * removed once the new one is in place), copies elsewhere.
 */
export function reuseBundle(previous: string, bundle: string, hash: string): boolean {
  const previousHash = join(previous, PAGES_HASH_FILE);
  if (!existsSync(previousHash) || readFileSync(previousHash, 'utf8') !== hash) return false;
  linkTree(previous, bundle);
  return true;
}

/** Keeps `hash`, of the pages `bundle` was indexed from, in the bundle. */
export function recordPagesHash(bundle: string, hash: string): void {
  writeFileSync(join(bundle, PAGES_HASH_FILE), hash);
}

/** Site-relative paths of the shard's pages, sorted: every page below its month folders, or its listed URLs. */
function shardPages(siteDir: string, job: ShardJob): string[] {
  if (job.months.length === 0) return job.urls.map((url) => join(url, 'index.html')).sort();
  return job.months
    .flatMap((month) => readdirSync(join(siteDir, month), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).map((name) => join(month, name)))
    .sort();
}

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}
