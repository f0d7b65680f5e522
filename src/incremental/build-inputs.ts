import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLES_DIR, CONTENT_DIR, SOURCES_DIR } from '../ingest/paths.ts';
import type { BuildSettings } from '../site/settings.ts';

/** habar's own files that its pages are made with: its code, its Eleventy config, its dependencies' versions. */
const HABAR_DIR = fileURLToPath(new URL('../..', import.meta.url));
const HABAR_INPUTS = ['src', '.eleventy.ts', 'package-lock.json'];

let codeHash: string | undefined;

/** A hash of habar's own code and dependencies (computed once per process). */
export function hashHabarCode(): string {
  if (!codeHash) {
    const hash = createHash('sha256');
    for (const name of HABAR_INPUTS) hashTree(hash, join(HABAR_DIR, name), name);
    codeHash = hash.digest('hex');
  }
  return codeHash;
}

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

/** Every file below `path` (or `path` itself), by name and bytes, in a fixed order; `skipped` folders left out. */
function hashTree(hash: Hash, path: string, name: string, skipped = new Set<string>()): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats || skipped.has(path)) return;
  if (stats.isDirectory()) {
    for (const entry of readdirSync(path).sort()) hashTree(hash, join(path, entry), `${name}/${entry}`, skipped);
    return;
  }
  const bytes = readFileSync(path);
  hash.update(`file ${name} ${bytes.length}\n`).update(bytes);
}
