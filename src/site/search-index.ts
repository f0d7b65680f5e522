import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Where the search bundle sits inside the built site; the search page loads its UI and index from here. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Indexes the built site at `siteDir` with Pagefind and writes the search bundle into it.
 * Only elements marked `data-pagefind-body` (article text) are indexed, one index per `<html lang>`,
 * so Russian pages get Russian stemming and Kazakh pages their own `kk` index.
 * Returns the number of pages indexed.
 */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`search index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    failOn(added.errors);
    failOn((await index.writeFiles({ outputPath: join(siteDir, SEARCH_BUNDLE_DIR) })).errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

function failOn(errors: string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
}
