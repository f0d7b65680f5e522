import type { Alternate } from './translations.ts';

/**
 * One page of a paginated list: the home page, a tag's or an archive period's pages. URLs are
 * site-relative, before the path prefix.
 */
export interface ListPage<T> {
  url: string;
  /** Counted from the oldest items, so it never changes; the base page, which shows the newest, has none. */
  number?: number;
  /** Newest first. */
  items: T[];
  /** The page of newer items. */
  previousUrl?: string;
  /** The page of older items. */
  nextUrl?: string;
  /** The same list's own page in each edition, when another edition has it (editions.ts). */
  alternates?: Alternate[];
}

/**
 * Splits `items` (newest first) into pages. The base page (`base`) shows the newest `perPage`.
 * Page k (`base + page/k/`) holds the items at oldest-first positions [(k-1)·perPage, k·perPage),
 * for every k whose items are not all on the base page: a newer item never changes a numbered
 * page's number or content, so an addition rewrites the base page and at most two numbered pages.
 * Returns the base page first, then the numbered pages from the newest to the oldest.
 */
export function paginate<T>(items: T[], perPage: number, base: string): ListPage<T>[] {
  const numbered = Math.max(0, Math.ceil(items.length / perPage) - 1);
  const urlOf = (number: number) => (number > numbered ? base : `${base}page/${number}/`);
  const first: ListPage<T> = { url: base, items: items.slice(0, perPage) };
  if (numbered > 0) first.nextUrl = urlOf(numbered);
  const pages = [first];
  for (let number = numbered; number >= 1; number--) {
    // Only the newest chunk can be partial, and it has no numbered page: every numbered page is full.
    const end = items.length - (number - 1) * perPage;
    const page: ListPage<T> = { url: urlOf(number), number, items: items.slice(end - perPage, end), previousUrl: urlOf(number + 1) };
    if (number > 1) page.nextUrl = urlOf(number - 1);
    pages.push(page);
  }
  return pages;
}
