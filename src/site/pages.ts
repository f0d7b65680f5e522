/** One page of a paginated list: the home page or a tag's pages. URLs are site-relative, before the path prefix. */
export interface ListPage<T> {
  url: string;
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
  previousUrl?: string;
  nextUrl?: string;
}

/** Splits `items` into pages: `base` first, then `base + page/2/`, ... An empty list still has one page. */
export function paginate<T>(items: T[], perPage: number, base: string): ListPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  const urlOf = (number: number) => (number === 1 ? base : `${base}page/${number}/`);
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    const page: ListPage<T> = {
      url: urlOf(number),
      number,
      total,
      items: items.slice(index * perPage, (index + 1) * perPage),
    };
    if (number > 1) page.previousUrl = urlOf(number - 1);
    if (number < total) page.nextUrl = urlOf(number + 1);
    return page;
  });
}
