import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { SiteFileError } from '../core/errors.ts';
import { readFrontMatter } from './front-matter.ts';
import type { SitePaths } from '../core/paths.ts';
import type { Registry } from './registry-shape.ts';

/**
 * Stops ingest, naming what to restore, when its registry or the sources folder is missing beside
 * articles it wrote. Ingest unpublishes the article of each source that is gone and places a source
 * the registry does not know at a new URL: a missing sources folder (a mistyped checkout, a failed
 * mount) would unpublish the site, and a missing registry would publish every article a second time.
 */
export function checkNothingLost(paths: SitePaths, registry: Registry, registryPath: string): void {
  const shown = (path: string) => relative(paths.root, path);
  if (!existsSync(registryPath) && holdsIngestedArticle(paths)) {
    throw new SiteFileError(shown(registryPath), `it is missing while ${shown(paths.articles)} holds articles of ${shown(paths.sources)}; restore it (from version control), or delete ${shown(paths.articles)} to ingest every source again at new URLs`);
  }
  if (!existsSync(paths.sources) && Object.keys(registry.articles).length > 0) {
    throw new SiteFileError(shown(paths.sources), `the folder is missing while ${shown(paths.articles)} holds its articles; restore it (check it out or mount it again); an empty folder unpublishes them`);
  }
}

/** Whether a Markdown file in the articles folder is the article of a file in the sources folder, by its front matter's `source`. */
function holdsIngestedArticle(paths: SitePaths): boolean {
  let names: string[];
  try {
    names = readdirSync(paths.articles, { recursive: true, encoding: 'utf8' });
  } catch {
    return false;
  }
  return names.some((name) => {
    if (!name.endsWith('.md')) return false;
    const file = join(paths.articles, name);
    const { source } = readFrontMatter(readFileSync(file, 'utf8'), relative(paths.root, file));
    return typeof source === 'string' && source !== '' && existsSync(join(paths.sources, basename(source)));
  });
}
