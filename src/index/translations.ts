import type { Language } from '../core/language.ts';
import type { Edition } from '../core/settings/settings.ts';
import { languageCode } from './languages.ts';

/** A page in one language of a story or list told in several: an `hreflang` link, a target of the language switch. */
export interface Alternate {
  lang: Language;
  url: string;
  /** The article whose source has no language in its name, which the others translate (JSON-LD). */
  original?: true;
}

interface Translated {
  file: string;
  source: string;
  lang: Language;
  url: string;
}

/** `2026-01-27-senate-israel.kk.txt` → the story `2026-01-27-senate-israel` in `kk`; without a language, the original. */
const SOURCE_NAME = /^(.*?)(?:\.(ru|kk))?\.txt$/i;

/**
 * The articles told in more than one language, found as Hugo finds translations: by the source's
 * name, `2026-01-27-senate-israel.txt` and `2026-01-27-senate-israel.kk.txt` are one story. Each such
 * article gets the list of the story's pages, one per language, ordered by the editions of
 * `editions` with the one at `/` first: the first is the `x-default`. By file.
 */
export function translations(articles: Translated[], editions: Edition[]): Map<string, Alternate[]> {
  const stories = new Map<string, Translated[]>();
  for (const article of articles) {
    const name = SOURCE_NAME.exec(article.source);
    if (!name) continue;
    const story = stories.get(name[1]!) ?? [];
    // One page per language: a second source in the same language is no translation.
    if (!story.some((other) => other.lang === article.lang)) story.push(article);
    stories.set(name[1]!, story);
  }
  const rank = (lang: Language) => {
    const at = editions.findIndex((edition) => edition.lang === languageCode(lang));
    return editions[at]?.path === '/' ? -1 : at;
  };
  const result = new Map<string, Alternate[]>();
  for (const story of stories.values()) {
    if (story.length < 2) continue;
    const alternates = story
      .map((article): Alternate => ({ lang: article.lang, url: article.url, ...(!SOURCE_NAME.exec(article.source)![2] && { original: true as const }) }))
      .sort((a, b) => rank(a.lang) - rank(b.lang) || Number(!!b.original) - Number(!!a.original) || (a.lang < b.lang ? -1 : 1));
    for (const article of story) result.set(article.file, alternates);
  }
  return result;
}
