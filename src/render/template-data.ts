import type { Language, LatinAlphabet, Writing } from '../core/language.ts';
import type { Words } from '../core/words/index.ts';
import type { listTitle } from './list-titles.ts';
import type { PublicationState } from '../index/publication.ts';
import type { ReaderArticle } from '../index/reader-index.ts';
import type { Edition, SiteSettings } from '../core/settings/settings.ts';
import type { EditionIndex } from '../index/reader-index.ts';
import type { OneOffItem } from './pages-to-write.ts';
import type { Alternate } from '../index/translations.ts';
import type { TagRef } from '../index/site-index.ts';
import type { SectionRef } from '../index/sections.ts';

/**
 * What the TypeScript layouts and templates (`layouts/*.11ty.ts`, `content/*.11ty.ts`) call on
 * `this`, where Eleventy binds the filters for JavaScript templates: Eleventy's `url` and habar's
 * filters (plugin.ts, reader-filters.ts). Layouts and templates are copied into every site root,
 * so they reach habar's code through filters, not imports.
 */
export interface TemplateFilters {
  url(path: string): string;
  fullUrl(path: string): string;
  typeset(text: string, lang: Language): string;
  readableDate(date: string, lang: Writing): string;
  /** The words habar writes on a page in `lang` (src/core/words/). */
  words(lang: Writing): Words;
  /** What an article's text is written in: its language, and for Kazakh in Latin script its alphabet. */
  writingOf(article: { lang: Language; latin?: LatinAlphabet }): Writing;
  /** The `lang` attribute of text in `writing`. */
  langTag(writing: Writing): string;
  /** An article's body as HTML, with the typography of its language, read from its Markdown file. */
  articleBody(article: { file: string; lang: Language; version: string }): string;
  metaDescription(text: string): string;
  /** A list item's excerpt: the lead's first sentence, cut as a meta description when it runs long. */
  leadExcerpt(text: string): string;
  ogLocale(lang: Language): string;
  /** `kk` for kk-Arab too: for the news sitemap and search, which take no script. */
  languageCode(lang: Language): string;
  textDirection(lang: Writing): 'ltr' | 'rtl';
  /** ISO 8601 in Almaty's offset: the start of the day, or the article's time (`HH:MM`) of it. */
  publishedTime(date: string, time?: string): string;
  /** The `NewsArticle` JSON-LD of an article, safe inside `<script>`. */
  newsArticleJsonLd(article: ReaderArticle): string;
  publicationState(article: ReaderArticle): PublicationState;
  /** The days a numbered list page covers (its items newest first). */
  dateRange(items: { date: string }[], lang: Writing): string;
  listTitle: typeof listTitle;
  /** The two-letter function words the search page leaves out of a query, space-separated (src/search/function-words.ts). */
  searchFunctionWords(): string;
  /** RFC 3339, for Atom: the start of the day in Almaty, or the article's time of it, in UTC. */
  atomDate(date: string, time?: string): string;
  /** These filters as habar added them, called without Eleventy's wrappers (plugin.ts): for the layouts, which call them most. */
  unwrapped(): TemplateFilters;
}

/** The data every page gives the base layout; each page sets what it has. */
export interface PageData {
  /** The page's own markup, from its template or the layout below. */
  content: string;
  site: SiteSettings;
  /**
   * The edition the page belongs to (an article: the one of its language; any other page: the one
   * its URL is under), computed for every page (plugin.ts): its language is that of the page's own words.
   */
  edition: Edition;
  /** The index, for the editions in the language switch and each edition's sections, under its path, in the navigation. */
  habar: { editions: EditionIndex[] };
  page: { url: string };
  /** On article pages. */
  article?: ReaderArticle;
  /** The `<title>` of a page that is not an article; the site's name when unset. */
  title?: string;
  /** The language of a page that is not an article, for `og:locale`; the site's when unset. */
  lang?: Language;
  description?: string;
  /** On list pages; a tag's list links its feed. */
  listPage?: { tag?: TagRef; section?: SectionRef; alternates?: Alternate[] };
  /** On the pages each edition has once (tags, archive, search): the page in every edition. */
  oneOff?: OneOffItem;
  /** Site-relative URLs of a page's own styles and scripts (the search page). */
  stylesheets?: string[];
  scripts?: string[];
}
