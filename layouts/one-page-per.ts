import type { PagesToWrite } from '../src/render/pages-to-write.ts';

/** The lists of `habarPages` whose items are pages, each with its own `url`. */
type PageList = Exclude<keyof PagesToWrite, 'oneOff'>;

/**
 * The front matter that makes a template write one page per item of a list of this run's pages
 * (`habarPages`, src/render/pages-to-write.ts), at the item's `url`, the item given to the template
 * and its layout as `alias`.
 */
export function onePagePer<Alias extends string>(list: PageList, alias: Alias) {
  return {
    pagination: { data: `habarPages.${list}`, size: 1, alias },
    permalink: (data: Record<Alias, { url: string }>) => data[alias].url,
  };
}
