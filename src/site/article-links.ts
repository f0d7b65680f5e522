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
  /** Up to five older articles sharing the most tags with this one, newest first among equals. */
  related: ArticleLink[];
}

export type LinkedArticle = SiteArticle & ArticleLinks;

const RELATED_COUNT = 5;
// Related candidates are the next this many older articles in each of the article's tag lists, so
// the cost per article stays flat when a tag (#Казахстан) holds half of 100k articles. Only older
// ones: they are the story's earlier coverage, and a new article then changes no older page.
const OLDER_PER_TAG = 25;

/** `articles` newest first, as in the site index; returns them with their links, in the same order. */
export function linkArticles(articles: SiteArticle[]): LinkedArticle[] {
  const byTag = articlesByTag(articles);
  const positions = tagPositions(articles);
  // seenBy[other] === index + 1 once `other` was scored for article `index`: no per-article set needed.
  const seenBy = new Int32Array(articles.length);
  // One link object per article, shared by every page that links to it.
  const links = articles.map(linkTo);
  return articles.map((article, index): LinkedArticle => {
    const related = relatedTo(index, articles, byTag, positions[index]!, seenBy).map((other) => links[other]!);
    const linked: LinkedArticle = { ...article, related };
    if (index + 1 < articles.length) linked.previous = links[index + 1]!;
    if (index > 0) linked.next = links[index - 1]!;
    return linked;
  });
}

/** Positions of the related (older) articles: more shared tags first; among equals the newer (lower position). */
function relatedTo(index: number, articles: SiteArticle[], byTag: Map<TagRef, number[]>, positions: number[], seenBy: Int32Array): number[] {
  const own = articles[index]!.tags;
  // The best few so far, kept sorted; plain arrays because this loop runs for every article.
  const bestAt: number[] = [];
  const bestScore: number[] = [];
  for (let k = 0; k < own.length; k++) {
    const list = byTag.get(own[k]!)!;
    // Tag lists are newest first: the older articles follow this one.
    const end = Math.min(list.length, positions[k]! + OLDER_PER_TAG + 1);
    for (let i = positions[k]! + 1; i < end; i++) {
      const at = list[i]!;
      if (seenBy[at] === index + 1) continue;
      seenBy[at] = index + 1;
      const score = sharedTags(own, articles[at]!.tags);
      let slot = bestAt.length;
      while (slot > 0 && (bestScore[slot - 1]! < score || (bestScore[slot - 1] === score && bestAt[slot - 1]! > at))) slot--;
      if (slot >= RELATED_COUNT) continue;
      bestAt.splice(slot, 0, at);
      bestScore.splice(slot, 0, score);
      bestAt.length = bestScore.length = Math.min(bestAt.length, RELATED_COUNT);
    }
  }
  return bestAt;
}

function sharedTags(a: TagRef[], b: TagRef[]): number {
  let count = 0;
  for (const tag of b) if (a.includes(tag)) count++;
  return count;
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
