import type { ListPage } from '../src/index/pages.ts';
import type { ListData } from '../src/render/list-titles.ts';
import type { PagesToWrite } from '../src/render/pages-to-write.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';

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

/**
 * The front matter of a paginated list (tag, section, archive period): one page per item of `list`
 * in layout list.11ty.ts, with `heading` as the page's heading and the start of its title.
 */
export function listPagesOf<Page extends ListPage<{ date: string }>>(list: PageList, heading: (page: Page) => string) {
  return {
    ...onePagePer(list, 'listPage'),
    layout: 'list.11ty.ts',
    eleventyComputed: {
      heading: ({ listPage }: ListData<Page>) => heading(listPage),
      title(this: TemplateFilters, { listPage, site }: ListData<Page>) {
        return this.listTitle(heading(listPage), listPage, site.lang, site.name);
      },
    },
  };
}
