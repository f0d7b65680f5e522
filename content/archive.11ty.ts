import type { ArchivePage } from '../src/index/archive.ts';
import type { ListData } from '../src/render/list-titles.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';
import { onePagePer } from '../layouts/one-page-per.ts';
import { pageWords, pageWriting } from '../layouts/page-words.ts';
import { siteText } from '../layouts/site-text.ts';

type Data = ListData<ArchivePage>;

/** Each archive period's list and its numbered pages (layout list.11ty.ts); a JavaScript template as index.11ty.ts is. */
export default class ArchivePages {
  data() {
    return {
      ...onePagePer('archivePages', 'listPage'),
      layout: 'list.11ty.ts',
      eleventyComputed: {
        heading(this: TemplateFilters, data: Data) {
          return `${pageWords(data, this).archive}: ${data.listPage.period.label}`;
        },
        title(this: TemplateFilters, data: Data) {
          const { listPage } = data;
          return this.listTitle(`${pageWords(data, this).archive}: ${listPage.period.label}`, listPage, pageWriting(data, this), siteText(data, 'name').text!);
        },
      },
    };
  }

  render(): string {
    return '';
  }
}
