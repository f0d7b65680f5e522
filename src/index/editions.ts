import type { Language } from '../core/language.ts';
import type { Edition } from '../core/settings/settings.ts';
import { languageCode } from './languages.ts';
import type { ListPage } from './pages.ts';
import type { EditionReaderIndex, ReaderIndex } from './reader-index.ts';
import { sitemapFiles } from './sitemaps.ts';
import type { Alternate } from './translations.ts';

/**
 * The edition an article belongs to: the one in its language (Kazakh in any script is `kk`), or the
 * one at `/` when the site has no edition in that language.
 */
export function editionOf(lang: Language, editions: Edition[]): Edition {
  const code = languageCode(lang);
  return editions.find((edition) => edition.lang === code) ?? rootEdition(editions);
}

export function rootEdition(editions: Edition[]): Edition {
  return editions.find((edition) => edition.path === '/')!;
}

/**
 * The edition of a page that is not an article, by its URL: the edition whose path is the longest
 * that starts it (`/kk/tags/` is in `/kk/`, `/404.html` in `/`).
 */
export function editionAt(url: string, editions: Edition[]): Edition {
  let found = rootEdition(editions);
  for (const edition of editions) if (url.startsWith(edition.path) && edition.path.length > found.path.length) found = edition;
  return found;
}

/**
 * The site's index from its editions' (`parts`, in the order of `editions`): their lists side by
 * side, each list page that another edition has too (the same tag, section, archive period or the
 * home page) with its alternates, and the sitemaps of every page. One edition's index is the site's.
 */
export function joinEditions(parts: EditionReaderIndex[], editions: Edition[]): ReaderIndex {
  const lists = listAlternates(parts, editions);
  const withAlternates = <Page extends ListPage<unknown>>(pages: Page[]): Page[] =>
    lists.size === 0 ? pages : pages.map((page) => (lists.has(page.url) ? { ...page, alternates: lists.get(page.url)! } : page));
  const joined = parts.map((part) => ({
    ...part,
    homePages: withAlternates(part.homePages),
    tagPages: withAlternates(part.tagPages),
    archive: { years: part.archive.years, pages: withAlternates(part.archive.pages) },
    sectionPages: withAlternates(part.sectionPages),
  }));
  const all = <T>(list: (part: EditionReaderIndex) => T[]) => joined.flatMap(list);
  return {
    articles: all((part) => part.articles),
    homePages: all((part) => part.homePages),
    tags: all((part) => part.tags),
    tagPages: all((part) => part.tagPages),
    archive: { years: all((part) => part.archive.years), pages: all((part) => part.archive.pages) },
    sections: all((part) => part.sections),
    sectionPages: all((part) => part.sectionPages),
    feeds: all((part) => part.feeds),
    news: all((part) => part.news),
    search: all((part) => part.search),
    sitemaps: sitemapFiles(joined.map((part, at) => ({ ...part, path: editions[at]!.path }))),
    editions: joined.map((part, at) => ({
      ...editions[at]!,
      articles: part.articles,
      sections: part.sections,
      tags: part.tags,
      archiveYears: part.archive.years,
      news: part.news,
      search: part.search,
    })),
  };
}

/**
 * The alternates of each list's own page (not its numbered pages, which hold other articles in
 * each edition) that is in more than one edition, by URL: the same path below each edition's.
 */
function listAlternates(parts: EditionReaderIndex[], editions: Edition[]): Map<string, Alternate[]> {
  const byPath = new Map<string, Alternate[]>();
  const root = editions.findIndex((edition) => edition.path === '/');
  const order = parts.map((_, at) => at).sort((a, b) => Number(b === root) - Number(a === root) || a - b);
  for (const at of order) {
    const { path, lang } = editions[at]!;
    const part = parts[at]!;
    for (const page of [...part.homePages, ...part.tagPages, ...part.archive.pages, ...part.sectionPages]) {
      if (page.number !== undefined) continue;
      const below = page.url.slice(path.length);
      byPath.set(below, [...(byPath.get(below) ?? []), { lang, url: page.url }]);
    }
  }
  const result = new Map<string, Alternate[]>();
  for (const alternates of byPath.values()) {
    if (alternates.length > 1) for (const { url } of alternates) result.set(url, alternates);
  }
  return result;
}
