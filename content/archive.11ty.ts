import type { ArchivePage } from '../src/index/archive.ts';
import type { ListData } from '../src/render/list-titles.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';
import { onePagePer } from '../layouts/one-page-per.ts';

type Data = ListData<ArchivePage>;

/** Each archive period's list and its numbered pages (layout list.11ty.ts); a JavaScript template as index.11ty.ts is. */
export default class ArchivePages {
  data() {
    return {
      ...onePagePer('archivePages', 'listPage'),
      layout: 'list.11ty.ts',
      eleventyComputed: {
        heading: ({ listPage }: Data) => `Архив: ${listPage.period.label}`,
        title(this: TemplateFilters, { listPage, site }: Data) {
          return this.listTitle(`Архив: ${listPage.period.label}`, listPage, site.lang, site.name);
        },
      },
    };
  }

  render(): string {
    return '';
  }
}
