import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { hashBuildInputs } from '../incremental/build-inputs.ts';
import { BuildRecord, digestShards, type SiteDigests } from '../incremental/last-build.ts';
import { moveInto, removePages } from '../incremental/output-changes.ts';
import { diffPages, PageRecord } from '../incremental/page-fingerprints.ts';
import { syncSources, type SyncOptions, type SyncReport } from '../ingest/sync.ts';
import type { SitePaths } from '../ingest/paths.ts';
import { writeArticleCache } from '../site/article-cache.ts';
import { pagesAmong } from '../site/pages-to-write.ts';
import { removeUnusedPhotos } from '../site/photo-output.ts';
import type { ReadRecorder } from '../site/page-reads.ts';
import type { ReaderIndex } from '../site/reader-index.ts';
import { RenderedBodies } from '../site/rendered-bodies.ts';
import { removeShards } from '../site/search-index.ts';
import { SEARCH_DIR } from '../site/search-shards.ts';
import { SearchWriter } from '../site/search-writer.ts';
import { loadSettings } from '../site/settings.ts';
import { readSite, type SiteRead } from '../site/site-data.ts';
import { renderInto } from './render.ts';
import { recoverInterruptedBuilds, retiredFolder, stagingFolder } from './staging.ts';

export interface BuildResult {
  sync: SyncReport;
  /** Pages Eleventy wrote (assets, photos and search bundles not counted); 0 when the build stopped at bad sources. */
  pagesWritten: number;
  /** Every ingested article, shown or not, as the build read it, and the index built from it; none when it stopped at bad sources. */
  read?: SiteRead;
  /** Set when the build updated the last one's output instead of writing every page. */
  updated?: { pagesRemoved: number; bundlesIndexed: number };
  /** What each page of the output was made from; none when the build stopped at bad sources. */
  pages?: PageRecord;
}

export interface BuildOptions extends SyncOptions {
  /**
   * Build with the last good version of each bad source's article instead of stopping (the
   * preview: an editor's mistake must not take it down).
   */
  despiteBadSources?: boolean;
  /**
   * What the build does with the record of the last one (last-build.ts): `update`, the default,
   * writes only the pages and search bundles that changed since then when the record holds;
   * `full` writes every page. Both record this build. `none` neither reads nor writes a record:
   * the preview, whose output a warm builder then changes in place.
   */
  lastBuild?: 'update' | 'full' | 'none';
}

/**
 * Ingest, then Eleventy into a fresh folder that replaces the output folder only once complete:
 * a failed build leaves the last good site as it was. When the last build's record holds, only
 * what changed is written into that folder and then moved into the output. Bad sources stop the
 * build before Eleventy runs, unless `despiteBadSources`.
 */
export async function buildSite(paths: SitePaths, { despiteBadSources = false, lastBuild = 'update', ...options }: BuildOptions = {}): Promise<BuildResult> {
  await recoverInterruptedBuilds(paths.output);
  const staging = stagingFolder(paths.output);
  const settings = loadSettings(paths.root);
  const record = lastBuild === 'none' ? undefined : new BuildRecord(paths, hashBuildInputs(paths.root, settings));
  const last = lastBuild === 'update' ? record?.read() : undefined;
  // Started before ingest, so that the threads load their code while ingest leaves a processor core
  // idle, not while the articles are read, when both cores have work.
  const indexing = startIndexing(paths, staging, { renderBodies: !last });
  let sync: SyncReport;
  try {
    sync = await syncSources(paths, options);
  } catch (error) {
    await indexing.search.cancel();
    throw error;
  }
  if (sync.errors.length > 0 && !despiteBadSources) {
    await indexing.search.cancel();
    return { sync, pagesWritten: 0 };
  }
  try {
    let read: SiteRead;
    try {
      read = await readSite(paths.articles, paths.root, settings, sync.writtenFiles);
    } catch (error) {
      await indexing.search.abandon();
      throw error;
    }
    const cacheArticles = () => {
      if (read.articleCacheStale) writeArticleCache(paths.root, read.stored);
    };
    if (last && record) {
      const { pagesWritten, updated } = await updateSite(paths, staging, read.index, { last, record }, indexing, cacheArticles);
      return { sync, pagesWritten, read, updated, pages: last.pages };
    }
    const pages = PageRecord.empty();
    const reads = pages.recorder(() => read.index);
    // Digested while Pagefind finishes, not after.
    let shards: SiteDigests['shards'] | undefined;
    const pagesWritten = await renderSite(staging, read.index, indexing, reads, () => {
      cacheArticles();
      shards = digestShards(read.index);
    });
    await replaceFolder(staging, paths.output);
    record?.save({ pages, shards: shards! });
    return { sync, pagesWritten, read, pages };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The search indexing threads of a build, and the bodies they render for its pages. */
interface Indexing {
  search: SearchWriter;
  rendered?: RenderedBodies;
}

/**
 * Starts the threads that index search for a build into `output`, taking the bundles of the last
 * build where their records are unchanged; with `renderBodies`, they also render the bodies they
 * parse as HTML for the build's article pages (a full build's pages take every body).
 */
function startIndexing(paths: SitePaths, output: string, { renderBodies }: { renderBodies: boolean }): Indexing {
  const rendered = renderBodies ? new RenderedBodies() : undefined;
  return { rendered, search: new SearchWriter(output, paths.root, paths.output, rendered) };
}

/**
 * Writes every page of `index` into `output`, and the search bundles: the `indexing` threads index
 * the articles while Eleventy writes their pages. Returns how many pages Eleventy wrote.
 */
async function renderSite(output: string, index: ReaderIndex, { search, rendered }: Indexing, reads: ReadRecorder, meanwhile: () => void): Promise<number> {
  search.index(index.search);
  return withSearch(search, () => renderInto(output, index, { rendered, reads }), meanwhile);
}

interface RecordedBuild {
  /** The digests of the last build's pages and bundles; its page record becomes this build's. */
  last: SiteDigests;
  record: BuildRecord;
}

/**
 * Writes into `staging` the pages and search bundles of `index` whose digests differ from the last
 * build's, then brings the output in line: removes what is gone and moves the new files in. The
 * record is forgotten first, so that a build stopped while the output is changed is followed by a
 * full one.
 */
async function updateSite(
  paths: SitePaths,
  staging: string,
  index: ReaderIndex,
  { last, record }: RecordedBuild,
  { search }: Indexing,
  meanwhile: () => void,
): Promise<{ pagesWritten: number; updated: NonNullable<BuildResult['updated']> }> {
  const digests: SiteDigests = { pages: last.pages, shards: digestShards(index) };
  const pages = digests.pages.diff(index);
  const shards = diffPages(last.shards, digests.shards);
  const reads = digests.pages.recorder(() => index);
  // Moved into the output even when Eleventy writes nothing into it.
  await mkdir(staging, { recursive: true });
  search.index(index.search.filter((shard) => shards.changed.has(shard.id)));
  const pagesWritten = await withSearch(search, () => renderInto(staging, index, { pages: pagesAmong(index, pages.changed), reads }), meanwhile);
  record.forget();
  removePages(paths.output, pages.gone);
  removeShards(paths.output, shards.gone);
  removeUnusedPhotos(index, paths.output);
  moveInto(staging, paths.output, new Set([...shards.changed].map((id) => join(SEARCH_DIR, id))));
  record.save(digests);
  return { pagesWritten, updated: { pagesRemoved: pages.gone.length, bundlesIndexed: shards.changed.size } };
}

/**
 * Runs `render` while the search threads index, then `meanwhile` (this thread's work that pages do
 * not need), then waits for them; a failed render stops them.
 */
async function withSearch(search: SearchWriter, render: () => Promise<number>, meanwhile: () => void): Promise<number> {
  let written: number;
  try {
    written = await render();
    meanwhile();
  } catch (error) {
    await search.abandon();
    throw error;
  }
  await search.finish();
  return written;
}

/** Swaps `next` into `target` with two renames, so the old site is only removed once the new one is in place. */
async function replaceFolder(next: string, target: string): Promise<void> {
  const retired = retiredFolder(target);
  await rename(target, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(next, target);
  await rm(retired, { recursive: true, force: true });
}
