import { rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { SiteFileError } from '../core/errors.ts';
import { readIfExists, sha256 } from './files.ts';
import type { ArticlePaths } from './links.ts';
import type { SitePaths } from '../core/paths.ts';
import { checkRegistry, type Registry, type RegistryEntry } from './registry-shape.ts';
import { saveRegistry } from './registry.ts';
import { WritingFolder } from './writing-folder.ts';

/**
 * A line of the journal: the registry entry a source will have once its Markdown file is in place,
 * and the slugs of that article's tags. Ingest journals it before the file is renamed into place.
 */
export interface JournalRecord {
  source: string;
  entry: RegistryEntry;
  tags: Record<string, string>;
}

/**
 * Takes into the registry what ingests that were killed or failed wrote, before this one starts.
 *
 * Ingest saves the registry, which holds the digest of every Markdown file it wrote, only after the
 * files: one stopped in between leaves files the registry does not know (an orphan, published
 * although its source is then deleted; a file that differs from its digest, so "edited by hand").
 * Its journal holds a line for every file it put in place. Each line whose file holds exactly
 * the bytes its entry's digest names is taken in, since ingest wrote that file; the others were never
 * put in place or were edited since. The registry then knows every file ingest wrote, as if the
 * killed ingest had ended after its last one; deleted sources need no line, since an entry whose
 * file is gone is removed as ever. The registry is saved before the journal is removed, so a kill
 * during recovery only means recovering again.
 */
export async function recoverStoppedIngests(paths: SitePaths, registryPath: string, registry: Registry, articlePaths: ArticlePaths, writing: WritingFolder): Promise<void> {
  for (const folder of await WritingFolder.leftBehind(paths.articles)) {
    const journal = WritingFolder.readJournal(folder);
    const records = journal.lines.map((line) => parseRecord(line, relative(paths.root, journal.path)));
    if (replay(records, registry, articlePaths)) saveRegistry(registryPath, registry, writing);
    await rm(folder, { recursive: true, force: true });
  }
}

/** Takes in each record whose file ingest wrote; whether the registry changed. */
function replay(records: JournalRecord[], registry: Registry, articlePaths: ArticlePaths): boolean {
  let changed = false;
  for (const { source, entry, tags } of records) {
    const bytes = readIfExists(articlePaths.path(entry.file));
    if (!bytes || sha256(bytes) !== entry.markdownHash) continue;
    if (JSON.stringify(registry.articles[source]) !== JSON.stringify(entry)) {
      registry.articles[source] = entry;
      changed = true;
    }
    for (const [tag, slug] of Object.entries(tags)) {
      if (registry.tags[tag] !== undefined) continue;
      registry.tags[tag] = slug;
      changed = true;
    }
  }
  return changed;
}

/** A journal line, held to what the registry may hold: it decides which files a registry names. */
function parseRecord(line: string, shown: string): JournalRecord {
  const fail = (): never => {
    throw new SiteFileError(shown, 'it is not a journal habar wrote; delete its folder and build again');
  };
  let record: Partial<JournalRecord>;
  try {
    record = JSON.parse(line) as Partial<JournalRecord>;
  } catch {
    return fail();
  }
  const { source, entry, tags } = record;
  if (typeof source !== 'string' || typeof entry?.markdownHash !== 'string' || typeof tags !== 'object' || tags === null) return fail();
  checkRegistry({ articles: { [source]: entry }, tags }, shown);
  return { source, entry, tags };
}
