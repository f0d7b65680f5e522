import type { ListData } from '../src/render/list-titles.ts';
import type { TemplateFilters } from '../src/render/template-data.ts';
import type { SectionPage } from '../src/index/sections.ts';
import { onePagePer } from '../layouts/one-page-per.ts';
import { pageWriting } from '../layouts/page-words.ts';
import { siteText } from '../layouts/site-text.ts';

type Data = ListData<SectionPage>;

/** Each section's list and its numbered pages (layout list.11ty.ts); a JavaScript template as index.11ty.ts is. */
export default class SectionPages {
  data() {
    return {
      ...onePagePer('sectionPages', 'listPage'),
      layout: 'list.11ty.ts',
      eleventyComputed: {
        heading: ({ listPage }: Data) => listPage.section.name,
        title(this: TemplateFilters, data: Data) {
          const { listPage } = data;
          return this.listTitle(listPage.section.name, listPage, pageWriting(data, this), siteText(data, 'name').text!);
        },
      },
    };
  }

  render(): string {
    return '';
  }
}
