import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeMarkdown } from '../markdown/write.ts';
import type { Article } from '../source/article.ts';
import { decodeSource } from '../source/decode.ts';
import { SourceError } from '../source/errors.ts';
import { parseSource } from '../source/parse.ts';
import { SlugAllocator } from '../slug/allocator.ts';
import { TagSlugs } from '../slug/tags.ts';
import { readIfExists, sha256, writeFileAtomic } from './files.ts';
import type { SitePaths } from './paths.ts';
import { placeArticle, takenArticleSlugs } from './placement.ts';
import { loadRegistry, REGISTRY_FILE, saveRegistry, type Registry, type RegistryEntry } from './registry.ts';

/** A generated file that ingest left alone because an editor changed it, and what it did not do. */
export interface KeptFile {
  file: string;
  reason: string;
}

export interface SyncReport {
  /** Source names whose Markdown was written or rewritten. */
  written: string[];
  unchanged: number;
  /** Markdown files removed because their source was deleted. */
  removed: string[];
  kept: KeptFile[];
  errors: SourceError[];
}

/**
 * Brings content/articles in line with content/sources: new and changed sources are (re)written,
 * deleted ones removed. A bad source is reported and leaves its last good article untouched; a
 * Markdown file an editor changed by hand is kept and reported, never overwritten or deleted.
 * `only` limits the work to the named sources (present or deleted), for a watcher that knows what changed.
 */
export async function syncSources(paths: SitePaths, only?: ReadonlySet<string>): Promise<SyncReport> {
  const registryPath = join(paths.articles, REGISTRY_FILE);
  const registry = loadRegistry(registryPath);
  const before = JSON.stringify(registry);
  const report: SyncReport = { written: [], unchanged: 0, removed: [], kept: [], errors: [] };
  const allocator = new SlugAllocator(takenArticleSlugs(registry));
  const tagSlugs = new TagSlugs(registry.tags);
  const names = only ? [...only].filter((name) => existsSync(join(paths.sources, name))).sort() : listSources(paths.sources);

  for (const name of names) {
    const displayPath = relative(paths.root, join(paths.sources, name));
    const bytes = readIfExists(join(paths.sources, name));
    if (!bytes) continue;
    const sourceHash = sha256(bytes);
    const entry = registry.articles[name];
    if (entry && entry.sourceHash === sourceHash && existsSync(join(paths.articles, entry.file))) {
      report.unchanged++;
      continue;
    }
    const article = readArticle(bytes);
    if (article instanceof SourceError) {
      report.errors.push(article.withFile(displayPath));
      continue;
    }
    if (entry && editedByHand(paths, entry)) {
      report.kept.push({ file: markdownPath(paths, entry), reason: `edited by hand, so changes to ${displayPath} were not applied; delete it to regenerate` });
      continue;
    }
    const place = entry ?? placeArticle(article, allocator);
    const markdown = writeMarkdown(article, { url: place.url, source: name });
    writeFileAtomic(join(paths.articles, place.file), markdown);
    article.tags.forEach((tag) => tagSlugs.slugFor(tag));
    registry.articles[name] = { file: place.file, url: place.url, sourceHash, markdownHash: sha256(markdown) };
    report.written.push(name);
  }

  removeDeleted(paths, registry, new Set(names), report, only);
  if (JSON.stringify(registry) !== before) saveRegistry(registryPath, registry);
  return report;
}

function removeDeleted(paths: SitePaths, registry: Registry, present: Set<string>, report: SyncReport, only?: ReadonlySet<string>): void {
  for (const [name, entry] of Object.entries(registry.articles)) {
    if (present.has(name) || (only && !only.has(name))) continue;
    if (editedByHand(paths, entry)) {
      report.kept.push({ file: markdownPath(paths, entry), reason: `edited by hand, so it stays published although its source ${name} was deleted; delete it to unpublish` });
      continue;
    }
    rmSync(join(paths.articles, entry.file), { force: true });
    delete registry.articles[name];
    report.removed.push(entry.file);
  }
}

function readArticle(bytes: Uint8Array): Article | SourceError {
  const text = decodeSource(bytes);
  return text instanceof SourceError ? text : parseSource(text);
}

function editedByHand(paths: SitePaths, entry: RegistryEntry): boolean {
  const current = readIfExists(join(paths.articles, entry.file));
  return current !== undefined && sha256(current) !== entry.markdownHash;
}

function markdownPath(paths: SitePaths, entry: RegistryEntry): string {
  return relative(paths.root, join(paths.articles, entry.file));
}

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.txt')).map((e) => e.name).sort();
}
