import { readFileSync } from 'node:fs';
import { faultPoint } from '../process/fault-injection.ts';
import type { WritingFolder } from './writing-folder.ts';
import { checkRegistry } from './registry-check.ts';
import { SiteFileError } from '../site/errors.ts';

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

export const REGISTRY_FILE = 'registry.json';

export function loadRegistry(path: string): Registry {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { articles: {}, tags: {} };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SiteFileError(path, `it is not valid JSON (${(error as Error).message}); restore it from version control`);
  }
  return checkRegistry(parsed, path);
}

/** Keys sorted, so the committed file only changes where the content did. Replaced whole: a failed save leaves the last one. */
export async function saveRegistry(path: string, registry: Registry, writing: WritingFolder): Promise<void> {
  const sorted: Registry = { ...(registry.parser !== undefined && { parser: registry.parser }), articles: sortKeys(registry.articles), tags: sortKeys(registry.tags) };
  await writing.write(path, `${JSON.stringify(sorted, null, 2)}\n`);
  faultPoint('ingest:registry-saved');
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
