import type { SectionPage } from '../src/index/sections.ts';
import { listPagesOf } from '../layouts/one-page-per.ts';

/** Each section's list and its numbered pages (layout list.11ty.ts); a JavaScript template as index.11ty.ts is. */
export default class SectionPages {
  data() {
    return listPagesOf<SectionPage>('sectionPages', (page) => page.section.name);
  }

  render(): string {
    return '';
  }
}
