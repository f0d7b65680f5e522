import { SEARCH_DIR } from '../core/paths.ts';
import type { SiteArticle } from './site-index.ts';

/**
 * One search bundle of the site: the articles of a year, or of a run of its months when the year
 * is too large for one, by the month folder of their page (ingest places every article page at
 * `/YYYY/MM/slug/`); pages moved elsewhere by a hand-edited `url` go to a shard of their own.
 */
export interface SearchShard {
  /** `2025`, `2025-01-06` for January to June of a large year, or `other`; `kk-2025` in the edition at `/kk/`. */
  id: string;
  /** Site-relative URL of the bundle: `/pagefind/2025/`. */
  bundle: string;
  /** Newest first. */
  articles: SiteArticle[];
}

/**
 * Pagefind holds a whole bundle in memory while it writes it (about 175 MB per 1,000 articles of
 * 3–6 KB here), so a bundle is kept to this many articles, and several are indexed side by side
 * up to `ARTICLES_INDEXED_AT_ONCE`. Readers' browsers fetch a little more per bundle, so bundles
 * are not made smaller than a year needs.
 */
export const ARTICLES_PER_SHARD = 5_000;

/** Articles in Pagefind's memory at once, over every bundle being indexed (by both indexing threads): about 1.8 GB. */
export const ARTICLES_INDEXED_AT_ONCE = 10_000;

/**
 * `articles` newest first → shards newest first. A year is one shard unless it holds more than
 * `limit` articles; then its months are grouped, oldest first, into runs of at most `limit`
 * (a month larger than that is a run of its own). New articles only ever change the newest shard
 * of their year, and a change to one article re-indexes only its shard. `edition` starts the ids of an
 * edition other than the one at `/` (`kk-2026`), so that each edition's search page has bundles of its own.
 */
export function searchShards(articles: SiteArticle[], limit = ARTICLES_PER_SHARD, edition = ''): SearchShard[] {
  const byMonth = new Map<string, SiteArticle[]>();
  const elsewhere: SiteArticle[] = [];
  for (const article of articles) {
    const month = MONTH_FOLDER.exec(article.url)?.[1];
    if (!month) elsewhere.push(article);
    else if (byMonth.has(month)) byMonth.get(month)!.push(article);
    else byMonth.set(month, [article]);
  }
  const byYear = new Map<string, string[]>();
  for (const month of [...byMonth.keys()].sort()) {
    const year = month.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), month]);
  }
  const shards: SearchShard[] = [];
  for (const [year, months] of byYear) {
    const runs = groupMonths(months, (month) => byMonth.get(month)!.length, limit);
    for (const run of runs) {
      const id = edition + (runs.length === 1 ? year : `${year}-${run[0]!.slice(5)}-${run.at(-1)!.slice(5)}`);
      shards.push({ id, bundle: bundleOf(id), articles: [...run].reverse().flatMap((month) => byMonth.get(month)!) });
    }
  }
  shards.reverse();
  if (elsewhere.length > 0) shards.push({ id: `${edition}other`, bundle: bundleOf(`${edition}other`), articles: elsewhere });
  return shards;
}

const MONTH_FOLDER = /^\/(\d{4}\/\d{2})\//;

function bundleOf(id: string): string {
  return `/${SEARCH_DIR}/${id}/`;
}

function groupMonths(months: string[], size: (month: string) => number, limit: number): string[][] {
  const runs: string[][] = [];
  let count = 0;
  for (const month of months) {
    const run = runs.at(-1);
    if (run && count + size(month) <= limit) {
      run.push(month);
      count += size(month);
    } else {
      runs.push([month]);
      count = size(month);
    }
  }
  return runs;
}
