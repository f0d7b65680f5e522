import type { SectionSetting } from '../core/settings/settings.ts';
import { paginate, type ListPage } from './pages.ts';
import { tagKeys } from '../source/tag-keys.ts';
import type { SiteArticle, TagRef } from './site-index.ts';

/** A section (rubric) of the site settings, as pages and the navigation link it. */
export interface SectionRef {
  name: string;
  slug: string;
  /** `/politika/`: section pages live at the edition's root, `/kk/politika/` (their slugs are checked against habar's own folders). */
  url: string;
}

export interface SectionPage<T = SiteArticle> extends ListPage<T> {
  section: SectionRef;
}

export interface Sections {
  /** In the settings' order. */
  refs: SectionRef[];
  /** Each section's articles, newest first, in the order of `refs`. */
  articles: SiteArticle[][];
  pages: SectionPage[];
}

/**
 * Each section's articles: those carrying one of its tags, matched as tags are (`#Сенат` and
 * `#сенат` are one tag, and so are the spellings `tagSpellings` joins). An article may belong to several sections. `articles`: newest first; `home`: the edition's path;
 * `names`: the edition's names of sections, by slug.
 */
export function buildSections(
  articles: SiteArticle[],
  settings: SectionSetting[],
  perPage: number,
  home = '/',
  tagSpellings: string[][] = [],
  names: Record<string, string> = {},
): Sections {
  const keyOf = tagKeys(tagSpellings);
  const refs = settings.map(({ name, slug }): SectionRef => ({ name: names[slug] ?? name, slug, url: `${home}${slug}/` }));
  const byKey = new Map<string, number[]>();
  settings.forEach(({ tags }, at) => {
    for (const key of new Set(tags.map(keyOf))) byKey.set(key, [...(byKey.get(key) ?? []), at]);
  });
  // Tag references are shared by the articles that carry them: each is folded once.
  const sectionsOf = new Map<TagRef, number[]>();
  const lists = refs.map((): SiteArticle[] => []);
  for (const article of articles) {
    const member = new Set<number>();
    for (const tag of article.tags) {
      let found = sectionsOf.get(tag);
      if (!found) sectionsOf.set(tag, (found = byKey.get(keyOf(tag.name)) ?? []));
      for (const at of found) member.add(at);
    }
    for (const at of member) lists[at]!.push(article);
  }
  const pages = refs.flatMap((section, at) => paginate(lists[at]!, perPage, section.url).map((page): SectionPage => ({ ...page, section })));
  return { refs, articles: lists, pages };
}
