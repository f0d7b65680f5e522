import type { ListData } from '../src/render/list-titles.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';
import type { ListPage } from '../src/index/pages.ts';
import type { SiteArticle } from '../src/index/site-index.ts';
import { onePagePer } from '../layouts/one-page-per.ts';
import { pageWords, pageWriting } from '../layouts/page-words.ts';
import { siteText } from '../layouts/site-text.ts';

type Data = ListData<ListPage<SiteArticle>>;

/**
 * The home page (the front page) and its numbered pages (layout list.11ty.ts). A JavaScript template so that its
 * permalink and title are function calls per page, not Nunjucks strings compiled per page.
 */
export default class HomePages {
  data() {
    return {
      ...onePagePer('homePages', 'listPage'),
      layout: 'list.11ty.ts',
      eleventyComputed: {
        heading(this: TemplateFilters, data: Data) {
          return pageWords(data, this).news;
        },
        title(this: TemplateFilters, data: Data) {
          return this.listTitle(undefined, data.listPage, pageWriting(data, this), siteText(data, 'name').text!);
        },
      },
    };
  }

  render(): string {
    return '';
  }
}
