import type { ListPage } from '../site/pages.ts';
import type { SiteArticle, SiteIndex } from '../site/site-index.ts';

/** Which version of each article's Markdown is loaded; a reload bumps it. */
export type ArticleVersions = ReadonlyMap<string, number>;

/**
 * A cheap stand-in for the content of every paginated page, by URL: equal fingerprints mean the
 * page would be written the same. A paginated page may show only its own item(s) and their tags;
 * anything drawn from the whole index belongs in a template that is not paginated (always written).
 */
export function fingerprintPages(index: SiteIndex, versions: ArticleVersions): Map<string, string> {
  const articleKey = (article: SiteArticle) => `${article.file}@${versions.get(article.file) ?? 0}`;
  const listKey = (page: ListPage<SiteArticle>) =>
    [page.number, page.total, page.previousUrl, page.nextUrl, ...page.items.map(articleKey)].join('\n');
  const pages = new Map<string, string>();
  for (const article of index.articles) {
    pages.set(article.url, [articleKey(article), ...article.tags.map((tag) => `${tag.name} ${tag.url}`)].join('\n'));
  }
  for (const page of index.homePages) pages.set(page.url, listKey(page));
  for (const page of index.tagPages) pages.set(page.url, `${page.tag.name} ${page.tag.count}\n${listKey(page)}`);
  return pages;
}

/** URLs whose fingerprint changed or that are new, and URLs that no longer exist. */
export function diffPages(before: Map<string, string>, after: Map<string, string>): { changed: Set<string>; gone: string[] } {
  const changed = new Set<string>();
  for (const [url, fingerprint] of after) if (before.get(url) !== fingerprint) changed.add(url);
  const gone = [...before.keys()].filter((url) => !after.has(url));
  return { changed, gone };
}
