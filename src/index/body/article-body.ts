import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteFileError } from '../../core/errors.ts';
import { bodyOf } from '../../ingest/front-matter.ts';

/**
 * The Markdown body of the article in `file` (relative to the site `root`), read from disk when a
 * page or the search index needs it. Bodies are most of an archive's text (some 0.6 GB of the
 * build's memory at 100k articles), so the articles in memory do not hold them.
 */
export function readArticleBody(root: string, file: string): string {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    throw new SiteFileError(file, 'it was removed or moved while the site was being built; build again');
  }
  return bodyOf(text, file);
}
