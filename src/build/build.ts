/**
 * Stage 7, build: ingest, index, search and render put together into a full or an update build that
 * replaces the output only when complete (staging.ts), and the record of what the last build wrote,
 * so an update build writes only the pages whose data changed (incremental/).
 */
import { readdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { hashBuildInputs } from './incremental/build-inputs.ts';
import { BuildRecord, digestShards, type SiteDigests } from './incremental/last-build.ts';
import { mirrorTree, moveInto, removePages } from './incremental/output-changes.ts';
import { diffPages, PageRecord } from './incremental/page-fingerprints.ts';
import { syncSources, type SyncOptions, type SyncReport } from '../ingest/sync.ts';
import type { SitePaths } from '../core/paths.ts';
import { writeArticleCache } from '../index/article-cache.ts';
import { pagesAmong } from '../render/pages-to-write.ts';
import { removeUnusedPhotos } from '../render/photo-output.ts';
import type { ReadRecorder } from '../render/page-reads.ts';
import type { ReaderIndex } from '../index/reader-index.ts';
import { RenderedBodies } from '../index/body/rendered-bodies.ts';
import { SEARCH_DIR } from '../core/paths.ts';
import { SEARCH_THREADS, SearchWriter } from '../search/search-writer.ts';
import type { BuildSettings } from '../core/settings/settings.ts';
import { readSite, type SiteRead } from '../index/site-data.ts';
import { renderInto } from '../render/render.ts';
import { keepAsSpare, nextFolder, outputFolders, recoverInterruptedBuilds, replaceFolder, stagingFolder, takeSpare, type OutputFolders } from './staging.ts';

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

export interface BuildOptions extends Omit<SyncOptions, 'today'> {
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
 * a failed or killed build leaves the last good site as it was. When the last build's record
 * holds, only what changed is written into that folder, and the next output is made beside the
 * last one from hard links to its other files (`updateSite`). Bad sources stop the build before
 * Eleventy runs, unless `despiteBadSources`. Every stage takes the day and the rest of the build's
 * `settings` from here.
 */
export async function buildSite(paths: SitePaths, settings: BuildSettings, { despiteBadSources = false, lastBuild = 'update', ...options }: BuildOptions = {}): Promise<BuildResult> {
  const folders = outputFolders(paths, { keepSpare: lastBuild !== 'none' });
  await recoverInterruptedBuilds(folders);
  const staging = stagingFolder(paths.output);
  const record = lastBuild === 'none' ? undefined : new BuildRecord(paths, hashBuildInputs(paths.root, settings));
  const last = lastBuild === 'update' ? record?.read() : undefined;
  const indexing = startIndexing(paths, staging, { fullBuild: !last });
  try {
    const sync = await syncSources(paths, { ...options, today: settings.today });
    if (sync.errors.length > 0 && !despiteBadSources) return { sync, pagesWritten: 0 };
    const read = await readSite(paths.articles, paths.root, settings, sync.writtenFiles);
    const cacheArticles = () => {
      if (read.articleCacheStale) writeArticleCache(paths.root, read.stored);
    };
    if (last && record) {
      const { pagesWritten, updated } = await updateSite(folders, staging, settings, read.index, { last, record }, indexing, cacheArticles);
      return { sync, pagesWritten, read, updated, pages: last.pages };
    }
    const pages = PageRecord.empty();
    const reads = pages.recorder(() => read.index);
    // Digested while Pagefind finishes, not after.
    let shards: SiteDigests['shards'] | undefined;
    const pagesWritten = await renderSite(staging, settings, read.index, indexing, reads, () => {
      cacheArticles();
      shards = digestShards(read.index);
    });
    await replaceFolder(staging, folders);
    record?.save({ pages, shards: shards! });
    return { sync, pagesWritten, read, pages };
  } finally {
    // Whatever stopped the build, the indexing threads end with it (they would keep the process alive).
    await indexing.search.abandon();
    await rm(staging, { recursive: true, force: true });
  }
}

/** The search indexing threads of a build, and the bodies they render for its pages. */
interface Indexing {
  search: SearchWriter;
  rendered?: RenderedBodies;
}

/**
 * Sources from which a build indexes search with `SEARCH_THREADS` threads, started before ingest so
 * that they load their code while ingest leaves a processor core idle, not while the articles are
 * read, when both cores have work. A smaller site indexes with one thread, started when it has a
 * shard to index: a thread costs some 0.3 s of processor time to start, and its Pagefind process
 * more, while Pagefind indexes a thousand articles in about a second.
 */
const LARGE_SITE = 1_000;

/**
 * The threads that index search for a build into `output`, taking the bundles of the last build
 * where their records are unchanged. For a `fullBuild`, they also render the bodies they parse as
 * HTML for the build's article pages (a full build's pages take every body).
 */
function startIndexing(paths: SitePaths, output: string, { fullBuild }: { fullBuild: boolean }): Indexing {
  const rendered = fullBuild ? new RenderedBodies() : undefined;
  const large = countSources(paths) >= LARGE_SITE;
  const search = new SearchWriter(output, paths.root, { previous: paths.output, rendered, threads: large ? SEARCH_THREADS : 1 });
  if (large) search.startAll();
  return { rendered, search };
}

function countSources(paths: SitePaths): number {
  try {
    return readdirSync(paths.sources).length;
  } catch {
    return 0; // no sources folder: ingest says so
  }
}

/**
 * Writes every page of `index` into `output`, and the search bundles: the `indexing` threads index
 * the articles while Eleventy writes their pages. Returns how many pages Eleventy wrote.
 */
async function renderSite(output: string, settings: BuildSettings, index: ReaderIndex, { search, rendered }: Indexing, reads: ReadRecorder, meanwhile: () => void): Promise<number> {
  search.index(index.search);
  return withSearch(search, () => renderInto(output, settings, index, { rendered, reads }), meanwhile);
}

interface RecordedBuild {
  /** The digests of the last build's pages and bundles; its page record becomes this build's. */
  last: SiteDigests;
  record: BuildRecord;
}

/**
 * Writes into `staging` the pages and search bundles of `index` whose digests differ from the last
 * build's, then makes the next output in a folder of its own and swaps it in as a full build does:
 * the spare (the output before the last one) made a copy of the output with hard links, what is
 * gone removed from it and what changed moved into it. The output itself is never changed: a build
 * stopped at any moment leaves the last site (and its record, which still holds for it) or the new one.
 */
async function updateSite(
  folders: OutputFolders,
  staging: string,
  settings: BuildSettings,
  index: ReaderIndex,
  { last, record }: RecordedBuild,
  { search }: Indexing,
  meanwhile: () => void,
): Promise<{ pagesWritten: number; updated: NonNullable<BuildResult['updated']> }> {
  const digests: SiteDigests = { pages: last.pages, shards: digestShards(index) };
  const pages = digests.pages.diff(index);
  const shards = diffPages(last.shards, digests.shards);
  const reads = digests.pages.recorder(() => index);
  // Read by moveInto even when Eleventy writes nothing into it.
  await mkdir(staging, { recursive: true });
  search.index(index.search.filter((shard) => shards.changed.has(shard.id)));
  const pagesWritten = await withSearch(search, () => renderInto(staging, settings, index, { pages: pagesAmong(index, pages.changed), reads }), meanwhile);
  const next = nextFolder(folders.output);
  await takeSpare(next, folders);
  try {
    const bundle = (id: string) => join(SEARCH_DIR, id);
    // Bundles are indexed whole: none of an old bundle's files may stay beside a new one's.
    mirrorTree(folders.output, next, new Set([...shards.changed, ...shards.gone].map(bundle)));
    removePages(next, pages.gone);
    removeUnusedPhotos(index, next);
    moveInto(staging, next, new Set([...shards.changed].map(bundle)));
    await replaceFolder(next, folders);
  } catch (error) {
    await keepAsSpare(next, folders.spare, { replace: false });
    throw error;
  }
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
