import { SiteFileError } from '../core/errors.ts';

/** What ingest remembers about one source, so that its URL never changes and hand edits are noticed. */
export interface RegistryEntry {
  /** Generated Markdown, relative to the articles folder. */
  file: string;
  url: string;
  /** sha256 of the source bytes last turned into `file`. */
  sourceHash: string;
  /** sha256 of `file` as ingest wrote it; a different hash on disk means an editor changed it. */
  markdownHash: string;
  /** The article was last written as a draft: publishing it later is not a correction. */
  draft?: boolean;
  /** Digest of the article's date, title and text: two sources with the same one are one report saved twice. */
  content?: string;
  /** Lines of the source left out as page clutter, for the build's summary. */
  skipped?: number;
}

export interface Registry {
  /** The PARSER_VERSION of the habar that wrote it: another one means every source is parsed again. */
  parser?: number;
  /** Keyed by the source's file name. */
  articles: Record<string, RegistryEntry>;
  /** Case-folded tag → its slug, handed out once and kept. */
  tags: Record<string, string>;
}

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
