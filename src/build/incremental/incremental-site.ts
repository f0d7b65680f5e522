import { join } from 'node:path';
import { EleventyRunner } from '../../render/render.ts';
import { ARTICLES_DIR, type SitePaths } from '../../core/paths.ts';
import { syncSources, type SyncReport } from '../../ingest/sync.ts';
import { warmUpParser } from '../../ingest/source-parser.ts';
import { writtenArticle, type StoredArticle } from '../../index/load-articles.ts';
import { noPages, oneOffPages, pagesAmong } from '../../render/pages-to-write.ts';
import { removeUnusedPhotos } from '../../render/photo-output.ts';
import type { ReaderIndex } from '../../index/reader-index.ts';
import { forNextBuild, type BuildSettings } from '../../core/settings/settings.ts';
import { removeShards, writeSearchIndex } from '../../search/search-index.ts';
import { indexSite, readSite, type SiteRead } from '../../index/site-data.ts';
import { hashBuildInputs } from './build-inputs.ts';
import { BuildRecord, forgetLastBuild } from './last-build.ts';
import { removePages } from './output-changes.ts';
import { diffPages, fingerprintShards, PageRecord } from './page-fingerprints.ts';

export interface UpdateResult {
  sync: SyncReport;
  /** Pages written again: articles, lists, feeds, indexes and sitemaps. */
  pagesRewritten: number;
  pagesRemoved: number;
}

/**
 * A warm builder for a site whose output is up to date: it keeps the site index in memory and, when
 * told which sources changed, ingests only those and has Eleventy write only the pages that
 * change, then re-indexes the search bundles that change. The output equals a clean full build.
 * Eleventy runs in this process with the site root as the working directory.
 */
export class IncrementalSite {
  private index: ReaderIndex;
  private searchFingerprints: Map<string, string>;
  private readonly runner: EleventyRunner;

  private constructor(
    private readonly paths: SitePaths,
    private settings: BuildSettings,
    private readonly articles: Map<string, StoredArticle>,
    index: ReaderIndex,
    /** What each page on disk was made from. */
    private readonly pages: PageRecord,
  ) {
    this.index = index;
    this.searchFingerprints = fingerprintShards(this.index.search);
    this.runner = new EleventyRunner(paths.output, () => this.settings, () => this.index, { reads: pages.recorder(() => this.index) });
  }

  /**
   * For a site that was just built with `settings`: takes its articles and page record as the
   * build made them (`built`), or reads its ingested articles and the build record `habar build`
   * left; without a record that holds, it writes every page before it is ready.
   */
  static async open(paths: SitePaths, settings: BuildSettings, built?: { read: SiteRead; pages: PageRecord }): Promise<IncrementalSite> {
    const pages = built?.pages ?? new BuildRecord(paths, hashBuildInputs(paths.root, settings)).read()?.pages ?? PageRecord.empty();
    // Its pages will no longer be those the last build recorded.
    forgetLastBuild(paths);
    const { stored, index } = built?.read ?? (await readSite(paths.articles, paths.root, settings));
    const site = new IncrementalSite(paths, settings, new Map(stored.map((article) => [article.file, article])), index, pages);
    await site.warmUp();
    return site;
  }

  /**
   * Parses a few sources (warmUpParser), loads Eleventy, the config and the templates, writes again a page of each kind (same bytes:
   * nothing changed) and goes once through an update of no source, so that the first update runs
   * as quickly as the next ones (measured at 10k: the first took 320–390 ms and the next ones
   * about 265 ms with the writes alone; 300–315 ms with the empty update too). With no record of
   * what the pages on disk were made from, that update writes every page.
   */
  private async warmUp(): Promise<void> {
    warmUpParser(this.paths.sources);
    await this.runner.write(noPages());
    const { articles, homePages, tagPages, archive, sectionPages, feeds } = this.index;
    await this.runner.write({
      articles: articles.slice(0, 1),
      homePages: homePages.slice(0, 1),
      tagPages: tagPages.slice(0, 1),
      archivePages: archive.pages.slice(0, 1),
      sectionPages: sectionPages.slice(0, 1),
      feeds: feeds.slice(0, 1),
      sitemaps: this.index.sitemaps,
      oneOff: oneOffPages(this.index, () => true),
    });
    await this.update([]);
  }

  /** Brings the output in line with the named sources (added, changed or deleted). */
  async update(sourceNames: Iterable<string>): Promise<UpdateResult> {
    // Each update is a build of its own day: ingest, the index and the pages take this one.
    this.settings = forNextBuild(this.settings);
    const sync = await syncSources(this.paths, { only: new Set(sourceNames), today: this.settings.today });
    // Bad sources were not written and keep their last good article; the other sources of the batch
    // (written or deleted) are applied, or the warm builder would lose what ingest already did.
    this.reload(sync);

    this.index = await indexSite([...this.articles.values()], sync.registry.tags, this.settings, this.paths.root);
    const { changed, gone } = this.pages.diff(this.index);
    removePages(this.paths.output, gone);
    removeUnusedPhotos(this.index, this.paths.output);
    await this.runner.write(pagesAmong(this.index, changed));
    return { sync, pagesRewritten: changed.size, pagesRemoved: gone.length };
  }

  /**
   * Re-indexes the search bundles whose articles changed since the last call and removes those
   * that are gone. Indexing takes longer than writing pages, so callers put the pages on disk
   * first (`update`) and call this after.
   */
  async refreshSearch(): Promise<{ shardsRewritten: number }> {
    const fingerprints = fingerprintShards(this.index.search);
    const { changed, gone } = diffPages(this.searchFingerprints, fingerprints);
    removeShards(this.paths.output, gone);
    if (changed.size > 0) {
      await writeSearchIndex(this.paths.output, this.paths.root, this.index.search.filter((shard) => changed.has(shard.id)));
    }
    this.searchFingerprints = fingerprints;
    return { shardsRewritten: changed.size };
  }

  private reload(sync: SyncReport): void {
    for (const removed of sync.removed) this.articles.delete(join(ARTICLES_DIR, removed));
    // Taken as ingest wrote them, as a build takes them, not read back and parsed again.
    for (const [file, written] of sync.writtenFiles) this.articles.set(file, writtenArticle(file, written));
  }

}
