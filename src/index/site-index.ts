import { foldTag } from '../source/rules/hashtags.ts';
import { TagSlugs } from '../ingest/slug/tags.ts';
import { SiteFileError } from '../core/errors.ts';
import type { StoredArticle } from './load-articles.ts';
import { paginate, type ListPage } from './pages.ts';
import type { Alternate } from './translations.ts';
import { tagKeys } from '../source/tag-keys.ts';

export interface TagRef {
  name: string;
  slug: string;
  url: string;
}

export interface TagSummary extends TagRef {
  count: number;
}

export interface SiteArticle extends Omit<StoredArticle, 'tags'> {
  tags: TagRef[];
  /** The article and its translations, when it has any (translations.ts): hreflang and the language switch. */
  alternates?: Alternate[];
}

export interface TagPage extends ListPage<SiteArticle> {
  tag: TagSummary;
}

/** Everything the templates paginate over, computed once per build. */
export interface SiteIndex {
  /** Newest first (newestFirst); ties by URL, so the order never depends on the file system. */
  articles: SiteArticle[];
  homePages: ListPage<SiteArticle>[];
  /** Alphabetical by display name. */
  tags: TagSummary[];
  tagPages: TagPage[];
}

const collator = new Intl.Collator('ru');

export interface IndexOptions {
  /** The path of the edition the articles make, `/` or `/kk/`: its home page, and the folder of its tag pages. */
  home?: string;
  /** The translations of articles that have any, by file. */
  alternates?: Map<string, Alternate[]>;
  /** Spellings of one tag, joined under the first of each group (the settings' `tagSpellings`). */
  tagSpellings?: string[][];
}

export function buildSiteIndex(stored: StoredArticle[], knownTagSlugs: Record<string, string>, perPage: number, { home = '/', alternates = new Map(), tagSpellings = [] }: IndexOptions = {}): SiteIndex {
  const sorted = [...stored].sort(newestFirst);
  const tagSlugs = new TagSlugs({ ...knownTagSlugs });
  const fold = foldOnce(tagKeys(tagSpellings));
  const names = displayNames(sorted, fold);
  // A joined tag takes the name, and so the slug and URL, of its group's first spelling.
  const joinedAs = new Map(tagSpellings.map(([first]) => [foldTag(first!), first!]));
  const tagsByKey = new Map<string, { ref: TagRef; articles: SiteArticle[] }>();

  const articles = sorted.map((article): SiteArticle => {
    const entries = new Set(
      article.tags.map((tag) => {
        const key = fold(tag);
        let entry = tagsByKey.get(key);
        if (!entry) {
          const name = joinedAs.get(key) ?? names.get(key) ?? tag;
          const slug = tagSlugs.slugFor(joinedAs.get(key) ?? tag);
          entry = { ref: { name, slug, url: `${home}tags/${slug}/` }, articles: [] };
          tagsByKey.set(key, entry);
        }
        return entry;
      }),
    );
    const siteArticle: SiteArticle = { ...article, tags: [...entries].map((entry) => entry.ref) };
    const translated = alternates.get(article.file);
    if (translated) siteArticle.alternates = translated;
    for (const entry of entries) entry.articles.push(siteArticle);
    return siteArticle;
  });

  const tagEntries = [...tagsByKey.values()].sort((a, b) => collator.compare(a.ref.name, b.ref.name) || compare(a.ref.slug, b.ref.slug));
  const tags = tagEntries.map(({ ref, articles: tagged }): TagSummary => ({ ...ref, count: tagged.length }));
  const tagPages = tagEntries.flatMap(({ articles: tagged }, index) =>
    paginate(tagged, perPage, tags[index]!.url).map((page): TagPage => ({ ...page, tag: tags[index]! })),
  );
  return { articles, homePages: paginate(articles, perPage, home), tags, tagPages };
}

/** A tag's display name is its most used spelling (`Казахстан` over a stray `КАЗАХСТАН`); ties go to the newest. */
function displayNames(articles: StoredArticle[], fold: (tag: string) => string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const spellings = counts.get(fold(tag)) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      counts.set(fold(tag), spellings);
    }
  }
  const names = new Map<string, string>();
  for (const [key, spellings] of counts) {
    let best = '';
    let bestCount = 0;
    for (const [spelling, count] of spellings) if (count > bestCount) [best, bestCount] = [spelling, count];
    names.set(key, best);
  }
  return names;
}

/** A tag's key (`keyOf`) computed once per spelling: an archive repeats a few hundred spellings endlessly. */
function foldOnce(keyOf: (tag: string) => string): (tag: string) => string {
  const folded = new Map<string, string>();
  return (tag) => {
    let key = folded.get(tag);
    if (key === undefined) folded.set(tag, (key = keyOf(tag)));
    return key;
  };
}

/** Refuses two articles at one URL, in whichever editions they are. */
export function checkUniqueUrls(articles: StoredArticle[]): void {
  const owners = new Map<string, string>();
  for (const article of articles) {
    const owner = owners.get(article.url);
    if (owner) throw new SiteFileError(article.file, `its url ${article.url} is already used by ${owner}; give one of them another url`);
    owners.set(article.url, article.file);
  }
}

/**
 * By date, newest first; on the same day by time, latest first. An article without a time counts as
 * published at the start of its day, as its machine-readable date-time says, so it follows the day's
 * timed articles; among themselves such articles keep their order by URL, as before times existed.
 */
function newestFirst(a: StoredArticle, b: StoredArticle): number {
  return compare(b.date, a.date) || compare(b.time ?? '', a.time ?? '') || compare(a.url, b.url);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
