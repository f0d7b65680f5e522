import type { SiteArticle, TagRef } from './site-index.ts';

/**
 * For each tag, the positions (in `articles`) of the articles that carry it, in the same order:
 * newest first when `articles` is. One pass over every article's tags.
 */
export function articlesByTag(articles: SiteArticle[]): Map<TagRef, number[]> {
  const lists = new Map<TagRef, number[]>();
  articles.forEach((article, index) => {
    for (const tag of article.tags) {
      const list = lists.get(tag);
      if (list) list.push(index);
      else lists.set(tag, [index]);
    }
  });
  return lists;
}
