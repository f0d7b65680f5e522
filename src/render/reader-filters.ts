import type UserConfig from '@11ty/eleventy/UserConfig';
// The feed plugin's own RFC 3339 formatter; the plugin itself is not added because it also installs
// Eleventy's HTML <base> transform, which would prefix links that the `url` filter already prefixed.
import dateToRfc3339 from '@11ty/eleventy-plugin-rss/src/dateRfc3339.js';
import type { Language } from '../core/language.ts';
import { publishedTime } from '../index/dates.ts';
import { newsArticle, scriptJson } from './json-ld.ts';
import { languageCode, textDirection } from '../index/languages.ts';
import type { ReaderArticle } from '../index/reader-index.ts';
import type { SiteSettings } from '../core/settings/settings.ts';
import { typeset } from '../index/body/typography/typeset.ts';
import { fullUrl } from './urls.ts';
import { FUNCTION_WORDS } from '../search/function-words.ts';

const DESCRIPTION_LENGTH = 200;
// Open Graph locales name no script: Kazakh is kk_KZ in either.
const OG_LOCALES: Record<Language, string> = { ru: 'ru_RU', kk: 'kk_KZ', 'kk-Arab': 'kk_KZ' };

/** Filters for what readers and machines read besides the lists: typography, metadata, feeds, sitemaps. */
export function readerFilters(eleventyConfig: UserConfig, settings: SiteSettings): void {
  eleventyConfig.addFilter('typeset', memoizedTypeset());
  eleventyConfig.addFilter('fullUrl', (path: string) => fullUrl(path, settings));
  eleventyConfig.addFilter('publishedTime', (date: string, time?: string) => publishedTime(date, time));
  eleventyConfig.addFilter('atomDate', (date: string, time?: string) => dateToRfc3339(new Date(publishedTime(date, time))));
  eleventyConfig.addFilter('ogLocale', (lang: Language) => OG_LOCALES[lang] ?? OG_LOCALES.ru);
  eleventyConfig.addFilter('languageCode', languageCode);
  eleventyConfig.addFilter('textDirection', textDirection);
  eleventyConfig.addFilter('metaDescription', metaDescription);
  eleventyConfig.addFilter('leadExcerpt', leadExcerpt);
  eleventyConfig.addFilter('searchFunctionWords', () => FUNCTION_WORDS.join(' '));
  eleventyConfig.addFilter('newsArticleJsonLd', (article: ReaderArticle) => {
    // Without a lead photo, the site's default image, as in og:image.
    const image = article.leadPhoto?.image ?? settings.socialImage;
    return scriptJson(newsArticle(article, settings, image && fullUrl(image, settings)));
  });
}

/**
 * Typography for titles, remembered per language: a title is shown on its page and again in
 * every list, related link and neighbour link that points to it (some 15 times per article).
 */
function memoizedTypeset(): (text: string, lang: Language) => string {
  const typesetIn: Record<Language, Map<string, string>> = { ru: new Map(), kk: new Map(), 'kk-Arab': new Map() };
  return (text, lang) => {
    const known = typesetIn[lang] ?? typesetIn.ru;
    let result = known.get(text);
    if (result === undefined) {
      result = typeset(text, lang);
      known.set(text, result);
    }
    return result;
  };
}

/** The lead, cut at a word boundary to the length search engines show, with `…` when cut. */
export function metaDescription(text: string): string {
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : DESCRIPTION_LENGTH).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * Where the first sentence ends: `.`, `!`, `?` or `…` (with any closing quotes and brackets) before
 * a space and a capital letter, a digit or an opening quote, and not after a lone letter, which is
 * an initial or an abbreviation («К. Токаев», «г. Астана»). A regular expression rather than
 * Intl.Segmenter, which took some 90 µs per lead: lists show each article's excerpt many times.
 */
const SENTENCE_END = /(?<!(?:^|[\s(«„"])\p{L})[.!?…]+[»“")]*(?=\s+[«„"(]?[\p{Lu}\d])/u;

/** A list item's excerpt: the lead's first sentence, cut as a meta description is when it is longer. */
export function leadExcerpt(text: string): string {
  const end = SENTENCE_END.exec(text);
  return metaDescription(end ? text.slice(0, end.index + end[0].length) : text.trim());
}
