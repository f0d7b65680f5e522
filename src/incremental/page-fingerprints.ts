import type { ListPage } from '../site/pages.ts';
import type { ArticleLink } from '../site/article-links.ts';
import type { ReaderIndex } from '../site/reader-index.ts';
import type { SiteArticle } from '../site/site-index.ts';

/** Which version of each article's Markdown is loaded; a reload bumps it. */
export type ArticleVersions = ReadonlyMap<string, number>;

/**
 * A cheap stand-in for the content of every paginated page, by URL: equal fingerprints mean the
 * page would be written the same. An article page shows its own article, its tags, its related
 * articles and its neighbours; a list page its items. Anything else drawn from the whole index
 * belongs in a template that is not paginated over `habarPages` (always written).
 */
export function fingerprintPages(index: ReaderIndex, versions: ArticleVersions): Map<string, string> {
  const articleKey = (article: SiteArticle) => `${article.file}@${versions.get(article.file) ?? 0}`;
  const linkKey = (link: ArticleLink | undefined) => (link ? `${link.url} ${link.date} ${link.lang} ${link.title}` : '-');
  const listKey = (page: ListPage<SiteArticle>) =>
    [page.number, page.previousUrl, page.nextUrl, ...page.items.map(articleKey)].join('\n');
  const pages = new Map<string, string>();
  for (const article of index.articles) {
    const links = [article.previous, article.next, ...article.related].map(linkKey);
    pages.set(article.url, [articleKey(article), ...article.tags.map((tag) => `${tag.name} ${tag.url}`), ...links].join('\n'));
  }
  for (const page of index.homePages) pages.set(page.url, listKey(page));
  // A tag page shows the tag's name, not its count: a new article leaves the tag's numbered pages alone.
  for (const page of index.tagPages) pages.set(page.url, `${page.tag.name}\n${listKey(page)}`);
  // Written on every update from the whole index; listed only so that one that is gone is removed.
  for (const url of [...index.archive.pages.map((page) => page.url), ...index.feeds.map((feed) => feed.url)]) {
    pages.set(url, ALWAYS_WRITTEN);
  }
  return pages;
}

const ALWAYS_WRITTEN = 'always written';

/** URLs whose fingerprint changed or that are new, and URLs that no longer exist. */
export function diffPages(before: Map<string, string>, after: Map<string, string>): { changed: Set<string>; gone: string[] } {
  const changed = new Set<string>();
  for (const [url, fingerprint] of after) if (before.get(url) !== fingerprint) changed.add(url);
  const gone = [...before.keys()].filter((url) => !after.has(url));
  return { changed, gone };
}
