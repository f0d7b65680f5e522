import type { Language, LatinAlphabet, Writing } from '../src/core/language.ts';
import type { Words } from '../src/core/words/index.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';
import { dirAttribute } from './direction.ts';
import { html, type Html } from './html.ts';

/** What pageWriting reads of a page's data. */
type PageOf = { article?: { lang: Language; latin?: LatinAlphabet }; site: { lang: Exclude<Language, 'kk-Arab'> }; edition?: { lang: Exclude<Language, 'kk-Arab'> } };

/**
 * What a page's own words (navigation, labels, headings, dates) are written in: an article page's
 * follow its article, to the script; every other page's, its edition's language (src/render/plugin.ts),
 * the site's on a site of one edition. The one place that
 * decides it: the layouts and the templates' titles ask here.
 */
export function pageWriting(data: PageOf, filters: Pick<TemplateFilters, 'writingOf'>): Writing {
  return data.article ? filters.writingOf(data.article) : (data.edition ?? data.site).lang;
}

/** The words of the page, in its writing (pageWriting). */
export function pageWords(data: PageOf, filters: Pick<TemplateFilters, 'writingOf' | 'words'>): Words {
  return filters.words(pageWriting(data, filters));
}

/**
 * ` lang="…"` (and ` dir`) for text the site owner wrote (its name, section names, footer details)
 * in `lang`, on a page written in another (`page`, its pageWriting).
 */
export function siteTextWithin(page: Writing, filters: TemplateFilters, lang: PageOf['site']['lang']): Html | false {
  return filters.langTag(page) !== lang && html` lang="${lang}"${dirAttribute(filters, lang, page)}`;
}
