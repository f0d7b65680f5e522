/** Twelve month names, January first. */
export type Months = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/**
 * Every word habar writes on a page itself, in one language and script (src/core/words/*.ts): the
 * tables are data, and a key missing from one fails the typecheck.
 */
export interface Words {
  /** After a day number: «27 января» (Russian takes the genitive). */
  monthsOfDay: Months;
  /** Alone, as an archive heading names a month: «Январь 2026». */
  months: Months;
  /** Skip link to the page's main content. */
  skipToContent: string;
  news: string;
  latest: string;
  tags: string;
  archive: string;
  search: string;
  /** The navigation's label. */
  sections: string;
  /** The label of the language switch, on a site of several editions. */
  languages: string;
  newer: string;
  older: string;
  /** The pagination's label. */
  pages: string;
  /** «Страница 3» of a list; lower-cased after a heading in a title. */
  page: string;
  periods: string;
  empty: string;
  share: string;
  copyLink: string;
  linkCopied: string;
  vk: string;
  editorInChief: string;
  address: string;
  phone: string;
  email: string;
  updated: string;
  draft: string;
  /** Before the date an article is scheduled for. */
  scheduled: string;
  photo: string;
  source: string;
  /** Before the outlet a source cites: «Источник: A, со ссылкой на B». */
  via: string;
  related: string;
  /** The label of the links to the previous and next article. */
  neighbours: string;
  previous: string;
  next: string;
  notFound: {
    title: string;
    description: string;
    text: string;
    home: string;
    archive: string;
    tags: string;
  };
  searchPage: {
    query: string;
    submit: string;
    year: string;
    anyYear: string;
    tag: string;
    anyTag: string;
    noScript: string;
    home: string;
    archive: string;
    tags: string;
    /** A count's noun by Intl.PluralRules' category of the count; `other` for any missing. */
    results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
    none: string;
    onlyFunctionWords: string;
    more: string;
  };
}
