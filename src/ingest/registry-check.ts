import { SiteFileError } from '../site/errors.ts';
import type { Registry } from './registry.ts';

// What ingest itself writes: a relative Markdown path below the articles folder, and ASCII slugs.
const MARKDOWN_FILE = /^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*\.md$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The registry is read from disk and may have been edited by hand. Its paths are where ingest writes
 * and deletes files, so one that leaves the articles folder (`../`, absolute) is refused, not followed.
 */
export function checkRegistry(parsed: unknown, file: string): Registry {
  const fail = (reason: string): never => {
    throw new SiteFileError(file, reason);
  };
  if (typeof parsed !== 'object' || parsed === null) fail('it must be a JSON object with `articles` and `tags`');
  const { articles = {}, tags = {}, parser } = parsed as Partial<Registry>;
  for (const [source, entry] of Object.entries(articles)) {
    if (typeof entry?.file !== 'string' || !MARKDOWN_FILE.test(entry.file) || entry.file.split('/').includes('..')) {
      fail(`the article of ${source} must be a .md path inside the articles folder, found ${JSON.stringify(entry?.file)}`);
    }
  }
  for (const [tag, slug] of Object.entries(tags)) {
    if (typeof slug !== 'string' || !SLUG.test(slug)) fail(`the slug of tag ${tag} must be lowercase letters, digits and -, found ${JSON.stringify(slug)}`);
  }
  return { ...(typeof parser === 'number' && { parser }), articles, tags };
}
