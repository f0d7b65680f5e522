import { rename, rm } from 'node:fs/promises';
import { syncSources, type SyncOptions, type SyncReport } from '../ingest/sync.ts';
import type { StoredArticle } from '../site/load-articles.ts';
import type { ReaderIndex } from '../site/reader-index.ts';
import { SearchWriter } from '../site/search-writer.ts';
import { loadSettings } from '../site/settings.ts';
import { readSite } from '../site/site-data.ts';
import type { SitePaths } from '../ingest/paths.ts';
import { renderInto } from './render.ts';
import { recoverInterruptedBuilds, retiredFolder, stagingFolder } from './staging.ts';

export interface BuildResult {
  sync: SyncReport;
  /** Pages Eleventy wrote (assets, photos and search bundles not counted); 0 when the build stopped at bad sources. */
  pagesWritten: number;
  /** Every ingested article, shown or not, as the build read it; empty when it stopped at bad sources. */
  articles: StoredArticle[];
}

/**
 * Ingest, then Eleventy into a fresh folder that replaces the output folder only once complete:
 * a failed build leaves the last good site as it was. Bad sources stop the build before Eleventy runs.
 */
export async function buildSite(paths: SitePaths, options: SyncOptions = {}): Promise<BuildResult> {
  await recoverInterruptedBuilds(paths.output);
  const sync = await syncSources(paths, options);
  if (sync.errors.length > 0) return { sync, pagesWritten: 0, articles: [] };

  const staging = stagingFolder(paths.output);
  try {
    // Read once here, for Eleventy and for the build summary alike.
    const { stored, index } = await readSite(paths.articles, paths.root, loadSettings(paths.root));
    const pagesWritten = await renderSite(staging, index, paths.output);
    await replaceFolder(staging, paths.output);
    return { sync, pagesWritten, articles: stored };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Every page of `index` into `output`, and the search bundles: each bundle is indexed as soon as
 * its pages are written, while Eleventy writes the rest, or taken from the `previous` build's site
 * when its pages are unchanged. Returns how many pages Eleventy wrote.
 */
export async function renderSite(output: string, index: ReaderIndex, previous?: string): Promise<number> {
  const search = new SearchWriter(output, index.search, previous);
  const written = await renderInto(output, index, { onRun: (pages) => search.written(pages.articles) }).catch(async (error: unknown) => {
    await search.abandon();
    throw error;
  });
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
