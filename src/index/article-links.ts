import type { Language, LatinAlphabet } from '../core/language.ts';
import type { SiteArticle, TagRef } from './site-index.ts';
import { articlesByTag } from './tag-lists.ts';

/** Just enough of another article to link to it. */
export interface ArticleLink {
  title: string;
  url: string;
  date: string;
  lang: Language;
  latin?: LatinAlphabet;
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
  const related = new RelatedFinder(articles);
  // One link object per article, shared by every page that links to it.
  const links = articles.map(linkTo);
  // One object literal per article: adding `previous` and `next` afterwards made V8 reshape each copy.
  return articles.map((article, index): LinkedArticle => ({
    ...article,
    related: related.of(index).map((other) => links[other]!),
    previous: links[index + 1],
    next: index > 0 ? links[index - 1] : undefined,
  }));
}

/** Related (older) articles by position: more shared tags first; among equals the newer (lower position). */
class RelatedFinder {
  private readonly byTag: Map<TagRef, number[]>;
  private readonly positions: number[][];
  /** Each article's tags as small numbers, so that counting shared tags reads typed arrays only. */
  private readonly tagIds: Int32Array[];
  /** isOwn[tagId] === 1 while the article being linked carries the tag. */
  private readonly isOwn: Uint8Array;
  // seenBy[other] === index + 1 once `other` was scored for article `index`: no per-article set needed.
  private readonly seenBy: Int32Array;
  // The best few so far, kept sorted, reused for every article: this runs for the whole archive on every update.
  private readonly bestAt = new Int32Array(RELATED_COUNT);
  private readonly bestScore = new Int32Array(RELATED_COUNT);

  constructor(private readonly articles: SiteArticle[]) {
    this.byTag = articlesByTag(articles);
    this.positions = tagPositions(articles);
    const idOf = new Map([...this.byTag.keys()].map((tag, id) => [tag, id]));
    this.tagIds = articles.map((article) => Int32Array.from(article.tags, (tag) => idOf.get(tag)!));
    this.isOwn = new Uint8Array(idOf.size);
    this.seenBy = new Int32Array(articles.length);
  }

  of(index: number): number[] {
    const { articles, bestAt, bestScore, seenBy, isOwn, tagIds } = this;
    const own = articles[index]!.tags;
    const positions = this.positions[index]!;
    for (const id of tagIds[index]!) isOwn[id] = 1;
    let found = 0;
    for (let k = 0; k < own.length; k++) {
      const list = this.byTag.get(own[k]!)!;
      // Tag lists are newest first: the older articles follow this one.
      const end = Math.min(list.length, positions[k]! + OLDER_PER_TAG + 1);
      for (let i = positions[k]! + 1; i < end; i++) {
        const at = list[i]!;
        if (seenBy[at] === index + 1) continue;
        seenBy[at] = index + 1;
        let score = 0;
        for (const id of tagIds[at]!) score += isOwn[id]!;
        let slot = found;
        while (slot > 0 && (bestScore[slot - 1]! < score || (bestScore[slot - 1] === score && bestAt[slot - 1]! > at))) slot--;
        if (slot >= RELATED_COUNT) continue;
        for (let j = Math.min(found, RELATED_COUNT - 1); j > slot; j--) {
          bestAt[j] = bestAt[j - 1]!;
          bestScore[j] = bestScore[j - 1]!;
        }
        bestAt[slot] = at;
        bestScore[slot] = score;
        if (found < RELATED_COUNT) found++;
      }
    }
    for (const id of tagIds[index]!) isOwn[id] = 0;
    return Array.from(bestAt.subarray(0, found));
  }
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
  return { title: article.title, url: article.url, date: article.date, lang: article.lang, ...(article.latin && { latin: article.latin }) };
}
