import type { ListData } from '../src/site/list-titles.ts';
import type { TemplateFilters } from '../src/site/template-data.ts';
import type { ListPage } from '../src/site/pages.ts';
import type { SiteArticle } from '../src/site/site-index.ts';
import { onePagePer } from '../layouts/one-page-per.ts';

type Data = ListData<ListPage<SiteArticle>>;

/**
 * The home page and its numbered pages (layout list.11ty.ts). A JavaScript template so that its
 * permalink and title are function calls per page, not Nunjucks strings compiled per page.
 */
export default class HomePages {
  data() {
    return {
      ...onePagePer('homePages', 'listPage'),
      layout: 'list.11ty.ts',
      heading: 'Новости',
      eleventyComputed: {
        title(this: TemplateFilters, { listPage, site }: Data) {
          return this.listTitle(undefined, listPage, site.lang, site.name);
        },
      },
    };
  }

  render(): string {
    return '';
  }
}
