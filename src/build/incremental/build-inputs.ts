import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { hashHabarCode, hashTree } from '../../core/code-version.ts';
import { ARTICLES_DIR, CONTENT_DIR, SOURCES_DIR } from '../../core/paths.ts';
import type { BuildSettings } from '../../core/settings/settings.ts';

/**
 * A hash of everything a site's pages are made from other than its articles: habar's code and
 * dependencies, the site's templates, layouts, data files and assets, and its `settings` as this
 * build takes them (with `HABAR_URL`, `HABAR_PATH_PREFIX`). Two builds with the same hash write the
 * same pages for the same articles, so a build may keep the last one's pages (last-build.ts).
 */
export function hashBuildInputs(root: string, settings: BuildSettings): string {
  const hash = createHash('sha256').update(`habar ${hashHabarCode()}\n`);
  hashTree(hash, join(root, 'layouts'), 'layouts');
  const skipped = new Set([join(root, SOURCES_DIR), join(root, ARTICLES_DIR)]);
  hashTree(hash, join(root, CONTENT_DIR), CONTENT_DIR, skipped);
  hash.update(`settings ${JSON.stringify(settings.site)}\n`);
  // Shown drafts and scheduled articles carry a status that changes with the day.
  if (settings.includeUnpublished) hash.update(`unpublished shown on ${settings.today}\n`);
  return hash.digest('hex');
}
