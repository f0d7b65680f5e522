import { langTag, type Writing } from '../core/language.ts';
import { WORDS } from '../core/words/index.ts';
import { dateRange } from '../index/dates.ts';
import type { ListPage } from '../index/pages.ts';
import type { Edition, SiteSettings } from '../core/settings/settings.ts';

/**
 * A list page's `<title>`: its heading; for a numbered page, its number and the days it covers
 * («страница 3 · 12–14 марта 2025»; items are newest first); then the site's name, joined by « · ».
 * The home page has no heading of its own: its title starts with «Страница» (or «Бет»).
 */
export function listTitle(heading: string | undefined, page: ListPage<{ date: string }>, lang: Writing, siteName: string): string {
  const parts = heading ? [heading] : [];
  const word = WORDS[lang].page;
  if (page.number) parts.push(`${heading ? word.toLocaleLowerCase(langTag(lang)) : word} ${page.number} · ${daysCovered(page.items, lang)}`);
  parts.push(siteName);
  return parts.join(' · ');
}

/** The days a numbered list page covers: its items are newest first and never empty. */
export function daysCovered(items: { date: string }[], lang: Writing): string {
  return dateRange(items.at(-1)!.date, items[0]!.date, lang);
}

/**
 * What the list templates' computed data is given as data: their page and the site settings
 * (the `listTitle` filter comes as `this`: TemplateFilters in template-data.ts).
 */
export interface ListData<Page> {
  listPage: Page;
  site: SiteSettings;
  edition: Edition;
}
