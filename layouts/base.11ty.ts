import type { TemplateFilters, PageData } from '../src/render/template-data.ts';
import { basePage } from './base-page.ts';
import { raw } from './html.ts';

/** The page around the content of the pages that are not articles or lists: 404, search, tag index, archive index. */
export default class BaseLayout {
  render(this: TemplateFilters, data: PageData): string {
    return basePage(data, this.unwrapped(), raw(data.content)).markup;
  }
}
