/**
 * Stage 2, ingest: brings `content/articles/` in line with `content/sources/`. Each new or changed
 * source is parsed and written as front-mattered Markdown at a URL that never changes (registry.json);
 * a deleted source's article is removed; a hand-edited article is kept and reported. A killed ingest
 * is finished by the next one (recovery.ts).
 */
import { existsSync, rmSync } from 'node:fs';
import { join, parse, relative } from 'node:path';
import { articleFile, markdownText, type WrittenMarkdown } from './markdown/write.ts';
import type { Article, SourceWarning } from '../source/article.ts';
import { SourceError } from '../source/errors.ts';
import { PARSER_VERSION } from '../source/parse.ts';
import { faultPoint } from '../core/process/fault-injection.ts';
import { SlugAllocator } from './slug/allocator.ts';
import { TagSlugs } from './slug/tags.ts';
import { foldTag } from '../source/rules/hashtags.ts';
import { almatyToday } from '../core/time/today.ts';
import { readAhead, readIfExists, sha256 } from './files.ts';
import { ArticlePaths, LINK_REFUSED, listSourceFolder } from './links.ts';
import { checkNothingLost } from './lost-folders.ts';
import type { SitePaths } from '../core/paths.ts';
import { sourceParser, type SourceParser } from './source-parser.ts';
import { photoFor, photosAmong } from './photos.ts';
import { placeArticle, takenArticleSlugs } from './placement.ts';
import { recoverStoppedIngests, type JournalRecord } from './recovery.ts';
import { loadRegistry, REGISTRY_FILE, saveRegistry } from './registry.ts';
import type { Registry, RegistryEntry } from './registry-shape.ts';
import { SourceHistory } from './source-history.ts';
import { WritingFolder } from './writing-folder.ts';

/** A generated file that ingest left alone because an editor changed it, and what it did not do. */
export interface KeptFile {
  file: string;
  reason: string;
}

/** A warning of one source, with its file from the site root. */
export interface SourceProblem extends SourceWarning {
  file: string;
}

export interface SyncReport {
  /** Source names whose Markdown was written or rewritten. */
  written: string[];
  /** Those Markdown files as written, by path from the site root, so a build need not read them back. */
  writtenFiles: Map<string, WrittenMarkdown>;
  unchanged: number;
  /** Markdown files removed because their source was deleted. */
  removed: string[];
  kept: KeptFile[];
  errors: SourceError[];
  /** What parsed sources should still fix, though published (article.ts `SourceWarning`), by file. */
  warnings: SourceProblem[];
  /** content/articles/registry.json as this sync left it. */
  registry: Registry;
}

export interface SyncOptions {
  /** `YYYY-MM-DD` recorded as `modified` on corrected articles whose change git cannot date; the build's day (settings.ts); Almaty's today by default. */
  today?: string;
  /** Called after each source, for a progress line on large archives. */
  onProgress?: (done: number, total: number) => void;
  /** Limits the work to the named sources (present or deleted), for a watcher that knows what changed. */
  only?: ReadonlySet<string>;
}

/**
 * Brings content/articles in line with content/sources: new and changed sources are (re)written,
 * deleted ones removed. A bad source is reported and leaves its last good article untouched; a
 * Markdown file an editor changed by hand is kept and reported, never overwritten or deleted.
 */
export async function syncSources(paths: SitePaths, options: SyncOptions = {}): Promise<SyncReport> {
  const correctionDate = options.today ?? almatyToday();
  const history = new SourceHistory(paths.sources);
  const articlePaths = new ArticlePaths(paths.root, paths.articles);
  const registryPath = articlePaths.path(REGISTRY_FILE);
  const registry = loadRegistry(registryPath);
  checkNothingLost(paths, registry, registryPath);
  const writing = WritingFolder.open(paths.articles, paths.root);
  await recoverStoppedIngests(paths, registryPath, registry, articlePaths, writing);
  // Journal lines are replayed onto the registry, so it exists before the first article does.
  let registrySaved = existsSync(registryPath);
  const tagsBefore = Object.keys(registry.tags).length;
  // Written by a habar whose parser reads sources differently: every source is parsed again (URLs
  // stay; an unchanged source is no correction; hand edits are kept as always).
  const reparse = registry.parser !== PARSER_VERSION;
  const report: SyncReport = { written: [], writtenFiles: new Map(), unchanged: 0, removed: [], kept: [], errors: [], warnings: [], registry };
  // Made when a new article needs a place: a warm update of a changed article never does.
  let allocator: SlugAllocator | undefined;
  // Made when the first source is parsed: a build of unchanged sources never needs it.
  let contents: ContentIndex | undefined;
  const tagSlugs = new TagSlugs(registry.tags);
  const { files, links } = listSourceFolder(paths.sources);
  const present = new Set(files);
  const names = options.only ? [...options.only].filter((name) => present.has(name)).sort() : files.filter(isSource);
  // A link is never read. A source that became one keeps its last article, as a bad source does.
  const refused = links.filter((name) => !options.only || [name, `${parse(name).name}.txt`].some((owner) => options.only!.has(owner)));
  for (const name of refused) report.errors.push(new SourceError(LINK_REFUSED, 1, sourcePath(paths, name)));
  const photos = photosAmong(files);

  // A clean build parses every source; an update, its new and changed ones.
  const parser = sourceParser(reparse ? names.length : names.filter((name) => !registry.articles[name]).length);
  let index = 0;
  try {
    for await (const source of readSources(names, paths, photos, parser, (name, sourceHash) => {
      const entry = registry.articles[name];
      return !reparse && entry !== undefined && entry.sourceHash === sourceHash && articlePaths.exists(entry.file);
    })) {
      const { name } = source;
      options.onProgress?.(++index, names.length);
      if (source.unchanged) report.unchanged++;
      if (!source.article) continue;
      const { photo, sourceHash } = source;
      const entry = registry.articles[name];
      const article = await source.article;
      if (article instanceof SourceError) {
        report.errors.push(article.withFile(sourcePath(paths, name)));
        continue;
      }
      if (article.warnings?.length) {
        const file = sourcePath(paths, name);
        for (const warning of article.warnings) report.warnings.push({ file, ...warning });
      }
      const content = contentDigest(article);
      const original = (contents ??= new ContentIndex(registry, files.filter(isSource))).sourceWith(content, name);
      if (original) {
        report.errors.push(new SourceError(`same date, title and text as ${sourcePath(paths, original)}: one report saved twice; delete one of them`, 1, sourcePath(paths, name)));
        continue;
      }
      if (entry && editedByHand(articlePaths, entry)) {
        report.kept.push({ file: markdownPath(paths, entry), reason: `edited by hand, so changes to ${sourcePath(paths, name)} were not applied; delete it to regenerate` });
        continue;
      }
      if (!registrySaved) {
        saveRegistry(registryPath, registry, writing);
        registrySaved = true;
      }
      const place = entry ?? placeArticle(article, (allocator ??= new SlugAllocator(takenArticleSlugs(registry))));
      // Regenerating a deleted .md from an unchanged source is no correction; a changed source is,
      // dated by its last commit, or today when that is unknown.
      const changedOn = entry && entry.sourceHash !== sourceHash && !entry.draft ? (history.lastChange(name) ?? correctionDate) : undefined;
      const modified = changedOn && isCorrection(article, changedOn) ? changedOn : undefined;
      const file = articleFile(article, { url: place.url, source: name, photo, ...(modified && { modified }) });
      const markdown = markdownText(file);
      const path = articlePaths.path(place.file);
      const markdownHash = sha256(markdown);
      const skipped = article.skipped?.length;
      const written: RegistryEntry = { file: place.file, url: place.url, sourceHash, markdownHash, content, ...(article.draft && { draft: true }), ...(skipped && { skipped }) };
      const record: JournalRecord = { source: name, entry: written, tags: Object.fromEntries(article.tags.map((tag) => [foldTag(tag), tagSlugs.slugFor(tag)])) };
      writing.journal(record);
      writing.write(path, markdown);
      faultPoint('ingest:article-written');
      // Copied: the parser's strings are slices of the source text and would keep each whole source in
      // memory as long as its article (a clean 30k build peaked at 2.40–2.51 GiB instead of 1.90–2.14).
      report.writtenFiles.set(relative(paths.root, path), { frontMatter: structuredClone(file.data), hash: markdownHash });
      registry.articles[name] = written;
      report.written.push(name);
    }
  } finally {
    await parser.close();
  }

  // The registry is saved only once the files it describes are on disk; a failed ingest leaves its
  // journal for the next one to replay.
  removeDeleted(paths, articlePaths, registry, new Set([...names, ...links]), report, options.only);
  // The registry changes only through these (tags are only ever added); a 100k-entry registry is not compared whole.
  const upgraded = reparse && !options.only && Object.keys(registry.articles).length > 0;
  if (upgraded) registry.parser = PARSER_VERSION;
  if (report.written.length > 0 || report.removed.length > 0 || Object.keys(registry.tags).length !== tagsBefore || upgraded) saveRegistry(registryPath, registry, writing);
  await writing.close();
  return report;
}

function removeDeleted(paths: SitePaths, articlePaths: ArticlePaths, registry: Registry, present: Set<string>, report: SyncReport, only?: ReadonlySet<string>): void {
  for (const [name, entry] of Object.entries(registry.articles)) {
    if (present.has(name) || (only && !only.has(name))) continue;
    if (editedByHand(articlePaths, entry)) {
      report.kept.push({ file: markdownPath(paths, entry), reason: `edited by hand, so it stays published although its source ${name} was deleted; delete it to unpublish` });
      continue;
    }
    rmSync(articlePaths.path(entry.file), { force: true });
    faultPoint('ingest:article-removed');
    delete registry.articles[name];
    report.removed.push(entry.file);
  }
}

/** A change to a published (not draft) article after its day is a correction, dated so readers can see it. */
function isCorrection(article: Article, todayDate: string): boolean {
  return !article.draft && todayDate > article.date;
}

/** The digest two copies of one report share: date, title and text (`registry.ts` keeps it as `content`). */
function contentDigest(article: Article): string {
  return sha256(JSON.stringify([article.date, article.title, article.paragraphs])).slice(0, 16);
}

/** Which present source holds a given report, by the digests the registry keeps. */
class ContentIndex {
  private readonly owners = new Map<string, string>();
  private readonly held = new Map<string, string>();

  constructor(registry: Registry, present: string[]) {
    for (const name of present) {
      const content = registry.articles[name]?.content;
      if (content && !this.owners.has(content)) this.hold(content, name);
    }
  }

  /** Another source with the same report as `name`, or undefined; records `name` as holding it otherwise. */
  sourceWith(content: string, name: string): string | undefined {
    const owner = this.owners.get(content);
    if (owner !== undefined && owner !== name) return owner;
    const before = this.held.get(name);
    if (before !== undefined && this.owners.get(before) === name) this.owners.delete(before);
    this.hold(content, name);
    return undefined;
  }

  private hold(content: string, name: string): void {
    this.owners.set(content, name);
    this.held.set(name, content);
  }
}

/** A source as read and hashed, its article on the way unless it is unchanged; none when the file is gone. */
type ReadSource =
  | { name: string; unchanged?: boolean; article?: undefined }
  | { name: string; unchanged?: undefined; photo: string | undefined; sourceHash: string; article: Promise<Article | SourceError> };

/** Sources handed to the parser before their turn, so that it parses while this thread writes. */
const PARSED_AHEAD = 64;

/**
 * The sources `names`, in their order, each handed to `parser` as it is read unless `unchanged`
 * says its hash is the one its article was written from.
 */
async function* readSources(names: string[], paths: SitePaths, photos: Map<string, string>, parser: SourceParser, unchanged: (name: string, sourceHash: string) => boolean): AsyncGenerator<ReadSource> {
  const ahead: ReadSource[] = [];
  let index = 0;
  for await (const bytes of readAhead(names.map((name) => join(paths.sources, name)))) {
    const name = names[index++]!;
    if (bytes) {
      const photo = photoFor(name, photos);
      // A photo added beside a source, or taken away, changes its article as an edit would.
      const sourceHash = sha256(photo ? Buffer.concat([bytes, Buffer.from(`\0photo:${photo}`)]) : bytes);
      if (unchanged(name, sourceHash)) {
        ahead.push({ name, unchanged: true });
      } else {
        const article = parser.parse(bytes);
        // Awaited in its turn; one never reached because the ingest stopped must not go unhandled.
        article.catch(() => {});
        ahead.push({ name, photo, sourceHash, article });
      }
    } else {
      ahead.push({ name });
    }
    if (ahead.length >= PARSED_AHEAD) yield ahead.shift()!;
  }
  yield* ahead;
}

function editedByHand(articlePaths: ArticlePaths, entry: RegistryEntry): boolean {
  const current = readIfExists(articlePaths.path(entry.file));
  return current !== undefined && sha256(current) !== entry.markdownHash;
}

/** A source's file as messages show it, from the site root: made only for a message (a `relative` per source cost 10 µs). */
function sourcePath(paths: SitePaths, name: string): string {
  return relative(paths.root, join(paths.sources, name));
}

function markdownPath(paths: SitePaths, entry: RegistryEntry): string {
  return relative(paths.root, join(paths.articles, entry.file));
}

export function listSources(dir: string): string[] {
  return listSourceFolder(dir).files.filter(isSource);
}

function isSource(name: string): boolean {
  return name.endsWith('.txt');
}
