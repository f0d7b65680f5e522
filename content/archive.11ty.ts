import type { ArchivePage } from '../src/index/archive.ts';
import { listPagesOf } from '../layouts/one-page-per.ts';

/** Each archive period's list and its numbered pages (layout list.11ty.ts); a JavaScript template as index.11ty.ts is. */
export default class ArchivePages {
  data() {
    return listPagesOf<ArchivePage>('archivePages', (page) => `Архив: ${page.period.label}`);
  }

  render(): string {
    return '';
  }
}
