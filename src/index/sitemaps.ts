import type { ListPage } from './pages.ts';
import type { SiteIndex } from './site-index.ts';
import type { Archive } from './archive.ts';
import { publishedTime } from './dates.ts';
import type { Alternate } from './translations.ts';

/** One `<url>` of a sitemap: a site path, when the newest article it shows was published, and its pages in other languages. */
export interface SitemapEntry {
  path: string;
  lastmod?: string;
  alternates?: Alternate[];
}

/** A sitemap file: a list of URLs, or (for a large archive) the index of the files that list them. */
export type SitemapFile = { url: string; kind: 'urls'; entries: SitemapEntry[] } | { url: string; kind: 'index'; files: string[] };

/** The sitemaps protocol allows at most 50,000 URLs in one file. */
export const URLS_PER_SITEMAP = 50_000;

export const SITEMAP_URL = '/sitemap.xml';

/** An edition's pages, under its `path`. */
export type SitemapEdition = Pick<SiteIndex, 'homePages' | 'articles' | 'tagPages'> & { path: string; archive: Pick<Archive, 'pages'>; sectionPages: ListPage<Published>[] };

/**
 * Every article and list page of the site's editions in sitemap files: `/sitemap.xml` alone while
 * they fit in one file; past that, `/sitemap.xml` is a sitemap index of `/sitemap-1.xml`,
 * `/sitemap-2.xml`, … (crawlers and robots.txt keep the one address either way).
 */
export function sitemapFiles(editions: SitemapEdition[], limit = URLS_PER_SITEMAP): SitemapFile[] {
  const withAlternates = (entry: SitemapEntry, alternates?: Alternate[]) => (alternates ? { ...entry, alternates } : entry);
  const lists = (pages: ListPage<Published>[]) => pages.map((page) => withAlternates({ path: page.url, lastmod: page.items[0] && lastmodOf(page.items[0]) }, page.alternates));
  const entries: SitemapEntry[] = editions.flatMap((index) => [
    ...lists(index.homePages),
    ...index.articles.map((article) => withAlternates({ path: article.url, lastmod: lastmodOf(article) }, article.alternates)),
    { path: `${index.path}tags/` },
    ...lists(index.tagPages),
    { path: `${index.path}archive/` },
    ...lists(index.archive.pages),
    ...lists(index.sectionPages),
  ]);
  if (entries.length <= limit) return [{ url: SITEMAP_URL, kind: 'urls', entries }];
  const parts: SitemapFile[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    parts.push({ url: `/sitemap-${parts.length + 1}.xml`, kind: 'urls', entries: entries.slice(start, start + limit) });
  }
  return [{ url: SITEMAP_URL, kind: 'index', files: parts.map((part) => part.url) }, ...parts];
}

type Published = { date: string; time?: string };

/** The date alone, as for every article without a time; with one, the moment in Almaty's offset (both are W3C datetimes). */
function lastmodOf({ date, time }: Published): string {
  return time ? publishedTime(date, time) : date;
}
