import type { TagPage } from '../src/index/site-index.ts';
import { listPagesOf } from '../layouts/one-page-per.ts';

/** Each tag's list and its numbered pages (layout list.11ty.ts); a JavaScript template as index.11ty.ts is. */
export default class TagPages {
  data() {
    return listPagesOf<TagPage>('tagPages', (page) => `#${page.tag.name}`);
  }

  render(): string {
    return '';
  }
}
