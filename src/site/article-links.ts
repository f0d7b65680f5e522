import type { Language } from '../source/article.ts';
import type { SiteArticle, TagRef } from './site-index.ts';
import { articlesByTag } from './tag-lists.ts';

/** Just enough of another article to link to it. */
export interface ArticleLink {
  title: string;
  url: string;
  date: string;
  lang: Language;
}

/** What the end of an article links to. */
export interface ArticleLinks {
  /** The next older article on the site. */
  previous?: ArticleLink;
  /** The next newer article on the site. */
  next?: ArticleLink;
  /** Up to five articles sharing the most tags with this one, newest first among equals. */
  related: ArticleLink[];
}

export type LinkedArticle = SiteArticle & ArticleLinks;

const RELATED_COUNT = 5;
// Related candidates come from this many neighbours on each side in each of the article's tag
// lists, so the cost per article stays flat when a tag (#Казахстан) holds half of 100k articles.
const NEIGHBOURS_PER_TAG = 25;

/** `articles` newest first, as in the site index; returns them with their links, in the same order. */
export function linkArticles(articles: SiteArticle[]): LinkedArticle[] {
  const byTag = articlesByTag(articles);
  const positions = tagPositions(articles);
  return articles.map((article, index): LinkedArticle => {
    const linked: LinkedArticle = { ...article, related: relatedTo(index, articles, byTag, positions[index]!) };
    if (index + 1 < articles.length) linked.previous = linkTo(articles[index + 1]!);
    if (index > 0) linked.next = linkTo(articles[index - 1]!);
    return linked;
  });
}

function relatedTo(index: number, articles: SiteArticle[], byTag: Map<TagRef, number[]>, positions: number[]): ArticleLink[] {
  const own = new Set(articles[index]!.tags);
  const scores = new Map<number, number>();
  articles[index]!.tags.forEach((tag, k) => {
    const list = byTag.get(tag)!;
    const at = positions[k]!;
    const end = Math.min(list.length, at + NEIGHBOURS_PER_TAG + 1);
    for (let i = Math.max(0, at - NEIGHBOURS_PER_TAG); i < end; i++) {
      const other = list[i]!;
      if (other === index || scores.has(other)) continue;
      scores.set(other, articles[other]!.tags.filter((t) => own.has(t)).length);
    }
  });
  // More shared tags first; among equals the newer one, which has the lower position.
  return [...scores.entries()]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b)
    .slice(0, RELATED_COUNT)
    .map(([other]) => linkTo(articles[other]!));
}

/** For each article, its position in the list of each of its tags (parallel to `article.tags`). */
function tagPositions(articles: SiteArticle[]): number[][] {
  const seen = new Map<TagRef, number>();
  return articles.map((article) =>
    article.tags.map((tag) => {
      const at = seen.get(tag) ?? 0;
      seen.set(tag, at + 1);
      return at;
    }),
  );
}

function linkTo(article: SiteArticle): ArticleLink {
  return { title: article.title, url: article.url, date: article.date, lang: article.lang };
}
