import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SiteFileError } from '../site/errors.ts';
import type { SitePaths } from './paths.ts';
import type { Registry } from './registry.ts';

/**
 * Stops ingest, naming what to restore, when its registry or the sources folder is missing beside
 * articles it wrote. Ingest unpublishes the article of each source that is gone and places a source
 * the registry does not know at a new URL: a missing sources folder (a mistyped checkout, a failed
 * mount) would unpublish the site, and a missing registry would publish every article a second time.
 */
export function checkNothingLost(paths: SitePaths, registry: Registry, registryPath: string): void {
  const shown = (path: string) => relative(paths.root, path);
  if (!existsSync(registryPath) && holdsIngestedArticle(paths.articles)) {
    throw new SiteFileError(shown(registryPath), `it is missing while ${shown(paths.articles)} holds ingested articles; restore it (from version control), or delete ${shown(paths.articles)} to ingest every source again at new URLs`);
  }
  if (!existsSync(paths.sources) && Object.keys(registry.articles).length > 0) {
    throw new SiteFileError(shown(paths.sources), `the folder is missing while ${shown(paths.articles)} holds its articles; restore it (check it out or mount it again); an empty folder unpublishes them`);
  }
}

/** Whether a Markdown file in `dir` names its source in its front matter, as ingest writes it (hand-made articles do not). */
function holdsIngestedArticle(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return false;
  }
  return names.some((name) => name.endsWith('.md') && /^source: /m.test(frontMatterOf(join(dir, name))));
}

function frontMatterOf(path: string): string {
  try {
    return readFileSync(path, 'utf8').split(/\n---\r?\n/, 1)[0]!;
  } catch {
    return '';
  }
}
