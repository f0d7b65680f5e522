import type { Feed } from '../index/feeds.ts';
import type { ReaderArticle, ReaderIndex } from '../index/reader-index.ts';
import type { SitemapFile } from '../index/sitemaps.ts';
import type { EditionIndex } from '../index/reader-index.ts';
import type { Alternate } from '../index/translations.ts';

/**
 * What one Eleventy run writes (global data `habarPages`): every page in a full build, only the
 * changed ones in an incremental update. Every template paginates over one of these lists, so a
 * page is written exactly when it is listed here.
 */
export interface PagesToWrite {
  articles: ReaderArticle[];
  homePages: ReaderIndex['homePages'];
  tagPages: ReaderIndex['tagPages'];
  archivePages: ReaderIndex['archive']['pages'];
  sectionPages: ReaderIndex['sectionPages'];
  feeds: Feed[];
  sitemaps: SitemapFile[];
  /** For each one-off page drawn from the whole index or from the settings, the pages of it to write: one per edition or one for the site. */
  oneOff: Record<OneOffPage, OneOffItem[]>;
}

/** A one-off page to write: its URL, and for a page of each edition that edition and the same page in the others. */
export interface OneOffItem {
  url: string;
  edition?: EditionIndex;
  alternates?: Alternate[];
}

/** The pages each edition has once, by their URL below the edition's path (each template paginates over `habarPages.oneOff.<name>`). */
export const EDITION_PAGES = {
  tagIndex: 'tags/',
  archiveIndex: 'archive/',
  newsSitemap: 'news-sitemap.xml',
  search: 'search/',
  latestNews: 'latest-news.json',
} as const;

/** The pages the site has once, whatever its editions. */
export const SITE_PAGES = {
  notFound: '/404.html',
  robots: '/robots.txt',
  headers: '/_headers',
} as const;

export type OneOffPage = keyof typeof EDITION_PAGES | keyof typeof SITE_PAGES;

/** Nothing to write: a fresh object whose lists can be filled. */
export function noPages(): PagesToWrite {
  return { articles: [], homePages: [], tagPages: [], archivePages: [], sectionPages: [], feeds: [], sitemaps: [], oneOff: oneOffPages({ editions: [] }, () => false) };
}

/** The one-off pages of `index` whose URL `write` takes. */
export function oneOffPages(index: Pick<ReaderIndex, 'editions'>, write: (url: string) => boolean): Record<OneOffPage, OneOffItem[]> {
  const pages = {} as Record<OneOffPage, OneOffItem[]>;
  for (const [name, below] of Object.entries(EDITION_PAGES) as [OneOffPage, string][]) {
    const alternates = index.editions.length > 1 ? index.editions.map((edition) => ({ lang: edition.lang, url: edition.path + below })) : undefined;
    pages[name] = index.editions.map((edition): OneOffItem => ({ url: edition.path + below, edition, ...(alternates && { alternates }) })).filter((page) => write(page.url));
  }
  for (const [name, url] of Object.entries(SITE_PAGES) as [OneOffPage, string][]) pages[name] = write(url) ? [{ url }] : [];
  return pages;
}

export function pagesToWrite(index: ReaderIndex): PagesToWrite {
  return {
    articles: index.articles,
    homePages: index.homePages,
    tagPages: index.tagPages,
    archivePages: index.archive.pages,
    sectionPages: index.sectionPages,
    feeds: index.feeds,
    sitemaps: index.sitemaps,
    oneOff: oneOffPages(index, () => true),
  };
}

/** Every page of `index` by URL, with what its template paginates over (its article, list page, feed, one-off page, ...). */
export function pageItems(index: ReaderIndex): Map<string, unknown> {
  const all = pagesToWrite(index);
  const items = new Map<string, unknown>();
  for (const key of ['articles', 'homePages', 'tagPages', 'archivePages', 'sectionPages', 'feeds', 'sitemaps'] as const) {
    for (const page of all[key]) items.set(page.url, page);
  }
  for (const pages of Object.values(all.oneOff)) for (const page of pages) items.set(page.url, page);
  return items;
}

/** The pages of `index` whose URL is in `urls`. */
export function pagesAmong(index: ReaderIndex, urls: ReadonlySet<string>): PagesToWrite {
  const listed = <T extends { url: string }>(pages: T[]) => pages.filter((page) => urls.has(page.url));
  return {
    articles: listed(index.articles),
    homePages: listed(index.homePages),
    tagPages: listed(index.tagPages),
    archivePages: listed(index.archive.pages),
    sectionPages: listed(index.sectionPages),
    feeds: listed(index.feeds),
    sitemaps: listed(index.sitemaps),
    oneOff: oneOffPages(index, (url) => urls.has(url)),
  };
}

/**
 * `all` in runs of at most `pagesPerRun` pages, the one-off pages and sitemaps in the last:
 * Eleventy keeps a run's pages in memory until the next run, so runs bound a large build's memory.
 */
export function pagesInRuns(all: PagesToWrite, pagesPerRun: number): PagesToWrite[] {
  const runs = [noPages()];
  // Feeds last: by then the indexing threads of a full build have sent every body (see renderInto).
  for (const key of ['articles', 'homePages', 'tagPages', 'archivePages', 'sectionPages', 'feeds'] as const) {
    for (const page of all[key]) {
      let run = runs.at(-1)!;
      if (pageCount(run) === pagesPerRun) runs.push((run = noPages()));
      (run[key] as unknown[]).push(page);
    }
  }
  runs.at(-1)!.oneOff = all.oneOff;
  runs.at(-1)!.sitemaps = all.sitemaps;
  return runs;
}

function pageCount(pages: PagesToWrite): number {
  return pages.articles.length + pages.homePages.length + pages.tagPages.length + pages.archivePages.length + pages.sectionPages.length + pages.feeds.length;
}
