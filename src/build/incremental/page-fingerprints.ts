import type { ListPage } from '../../index/pages.ts';
import { ONE_OFF_URLS, type OneOffPage } from '../../render/pages-to-write.ts';
import type { ReaderIndex } from '../../index/reader-index.ts';
import type { SearchShard } from '../../index/search-shards.ts';
import type { SiteArticle } from '../../index/site-index.ts';

/**
 * A cheap stand-in for the content of every paginated page, by URL: equal fingerprints mean the
 * page would be written the same. An article page shows its own article, its lead photo, its tags,
 * its related articles and its neighbours; a list page or a feed its items; a one-off page (tag index,
 * sitemap, ...) what it lists.
 */
export function fingerprintPages(index: ReaderIndex): Map<string, string> {
  // Everything a page shows of another article (title, date and time, language, URL, tags) comes from
  // one version of its Markdown, so that version (a hash of the file) stands for it. A list's order
  // (by date and time) is in its keys too, and a sitemap's lastmod carries the time where there is one.
  const versions = new Map(index.articles.map((article) => [article.url, article.version]));
  const keyOf = (article: { url: string } | undefined) => (article ? versions.get(article.url)! : '-');
  // Joined, not concatenated piece by piece: flat strings compare quickly in diffPages.
  const listKey = (page: ListPage<SiteArticle>) => [page.number, page.previousUrl, page.nextUrl, ...page.items.map(keyOf)].join('\n');
  const pages = new Map<string, string>();
  const tagKeys = new Map(index.tags.map((tag) => [tag.url, `${tag.name} ${tag.url}`]));
  for (const article of index.articles) {
    const tags = article.tags.map((tag) => tagKeys.get(tag.url));
    // The photo's file name holds a hash of its bytes: a photo replaced under the same name changes it.
    const photo = article.leadPhoto?.image ?? '-';
    pages.set(article.url, [keyOf(article), photo, keyOf(article.previous), keyOf(article.next), ...tags, ...article.related.map(keyOf)].join('\n'));
  }
  for (const page of index.homePages) pages.set(page.url, listKey(page));
  // List pages show the tag's or period's name, not its count: a new article leaves their numbered pages alone.
  for (const page of index.tagPages) pages.set(page.url, `${page.tag.name}\n${listKey(page)}`);
  for (const page of index.archive.pages) pages.set(page.url, `${page.period.label}\n${listKey(page)}`);
  // A feed entry lists its article's tags by name, and a tag's name can change with its spellings.
  for (const feed of index.feeds) pages.set(feed.url, [feed.tag?.name, ...feed.entries.map(withTagNames)].join('\n'));
  for (const file of index.sitemaps) {
    pages.set(file.url, file.kind === 'index' ? file.files.join('\n') : file.entries.map((entry) => `${entry.path} ${entry.lastmod}`).join('\n'));
  }
  for (const [name, key] of Object.entries(oneOffKeys(index, keyOf))) pages.set(ONE_OFF_URLS[name as OneOffPage], key);
  return pages;
}

/** What each one-off page is drawn from; pages drawn from the settings alone are written by full builds only. */
function oneOffKeys(index: ReaderIndex, keyOf: (article: SiteArticle) => string): Record<OneOffPage, string> {
  return {
    tagIndex: index.tags.map((tag) => `${tag.url} ${tag.name} ${tag.count}`).join('\n'),
    archiveIndex: index.archive.years.flatMap((year) => [year, ...year.months]).map((period) => `${period.url} ${period.count}`).join('\n'),
    newsSitemap: index.news.map(keyOf).join('\n'),
    search: index.search.map((shard) => shard.bundle).join(' '),
    notFound: SETTINGS_ONLY,
    robots: SETTINGS_ONLY,
    headers: SETTINGS_ONLY,
  };
}

const SETTINGS_ONLY = 'settings only';

/**
 * The same for the search bundles, by shard id: a bundle indexes the text of its articles (title,
 * date, body, credits, tag names; search-records.ts), so it changes when one of them does.
 */
export function fingerprintShards(shards: SearchShard[]): Map<string, string> {
  return new Map(shards.map((shard) => [shard.id, shard.articles.map(withTagNames).join('\n')]));
}

/** An article's version with the names of its tags, for pages that show both (feeds, search bundles). */
function withTagNames(article: SiteArticle): string {
  return [article.version, ...article.tags.map((tag) => tag.name)].join(' ');
}

/** URLs whose fingerprint changed or that are new, and URLs that no longer exist. */
export function diffPages(before: Map<string, string>, after: Map<string, string>): { changed: Set<string>; gone: string[] } {
  const changed = new Set<string>();
  for (const [url, fingerprint] of after) if (before.get(url) !== fingerprint) changed.add(url);
  const gone = [...before.keys()].filter((url) => !after.has(url));
  return { changed, gone };
}
