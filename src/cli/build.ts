import { rename, rm } from 'node:fs/promises';
import { syncSources, type SyncOptions, type SyncReport } from '../ingest/sync.ts';
import { RenderedBodies } from '../site/rendered-bodies.ts';
import { SearchWriter } from '../site/search-writer.ts';
import { loadSettings } from '../site/settings.ts';
import { readSite, type SiteRead } from '../site/site-data.ts';
import type { SitePaths } from '../ingest/paths.ts';
import type { WrittenMarkdown } from '../markdown/write.ts';
import { renderInto } from './render.ts';
import { recoverInterruptedBuilds, retiredFolder, stagingFolder } from './staging.ts';

export interface BuildResult {
  sync: SyncReport;
  /** Pages Eleventy wrote (assets, photos and search bundles not counted); 0 when the build stopped at bad sources. */
  pagesWritten: number;
  /** Every ingested article, shown or not, as the build read it, and the index built from it; none when it stopped at bad sources. */
  read?: SiteRead;
}

export interface BuildOptions extends SyncOptions {
  /**
   * Build with the last good version of each bad source's article instead of stopping (the
   * preview: an editor's mistake must not take it down).
   */
  despiteBadSources?: boolean;
}

/**
 * Ingest, then Eleventy into a fresh folder that replaces the output folder only once complete:
 * a failed build leaves the last good site as it was. Bad sources stop the build before Eleventy
 * runs, unless `despiteBadSources`.
 */
export async function buildSite(paths: SitePaths, { despiteBadSources = false, ...options }: BuildOptions = {}): Promise<BuildResult> {
  await recoverInterruptedBuilds(paths.output);
  const staging = stagingFolder(paths.output);
  // Started before ingest, so that the threads load their code while ingest leaves a processor core
  // idle, not while the articles are read, when both cores have work.
  const indexing = startIndexing(paths, staging, paths.output);
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
    const { read, pagesWritten } = await renderSite(paths, staging, sync.writtenFiles, indexing);
    await replaceFolder(staging, paths.output);
    return { sync, pagesWritten, read };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The search indexing threads of a build, and the bodies they render for its pages. */
interface Indexing {
  search: SearchWriter;
  rendered: RenderedBodies;
}

/**
 * Starts the threads that index search for a build into `output`, taking the bundles of the
 * `previous` site where their records are unchanged.
 */
function startIndexing(paths: SitePaths, output: string, previous: string): Indexing {
  const rendered = new RenderedBodies();
  return { rendered, search: new SearchWriter(output, paths.root, previous, rendered) };
}

/**
 * Reads the ingested articles of `paths` (`written`: the Markdown files ingest has just written,
 * taken as written instead of read back) and writes every page into `output`, and the search
 * bundles: the `indexing` threads index the articles while Eleventy writes their pages. Returns
 * the articles as read (for the build summary and a warm builder) and how many pages Eleventy wrote.
 */
async function renderSite(
  paths: SitePaths,
  output: string,
  written: ReadonlyMap<string, WrittenMarkdown>,
  { search, rendered }: Indexing,
): Promise<{ read: SiteRead; pagesWritten: number }> {
  let read: SiteRead;
  let pagesWritten: number;
  try {
    read = await readSite(paths.articles, paths.root, loadSettings(paths.root), written);
    search.index(read.index.search);
    pagesWritten = await renderInto(output, read.index, { rendered });
  } catch (error) {
    await search.abandon();
    throw error;
  }
  await search.finish();
  return { read, pagesWritten };
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
