import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { syncSources, type SyncOptions, type SyncReport } from '../ingest/sync.ts';
import { writeSearchIndex } from '../site/search-index.ts';
import type { SitePaths } from '../ingest/paths.ts';
import { recoverInterruptedBuilds, retiredFolder, stagingFolder } from './staging.ts';
import { quietBenchmarks } from './quiet-benchmarks.ts';

/** habar's own Eleventy config; every site root is built with it. */
export const CONFIG_PATH = fileURLToPath(new URL('../../.eleventy.ts', import.meta.url));

export interface BuildResult {
  sync: SyncReport;
  /** Files Eleventy wrote; 0 when the build stopped at bad sources. */
  pagesWritten: number;
}

/**
 * Ingest, then Eleventy into a fresh folder that replaces the output folder only once complete:
 * a failed build leaves the last good site as it was. Bad sources stop the build before Eleventy runs.
 */
export async function buildSite(paths: SitePaths, options: SyncOptions = {}): Promise<BuildResult> {
  await recoverInterruptedBuilds(paths.output);
  const sync = await syncSources(paths, options);
  if (sync.errors.length > 0) return { sync, pagesWritten: 0 };

  const staging = stagingFolder(paths.output);
  try {
    const eleventy = new Eleventy(undefined, staging, { configPath: CONFIG_PATH, quietMode: true, config: quietBenchmarks });
    // habar reports problems itself (report.ts); Eleventy's log would add a stack trace to an editor's mistake.
    eleventy.disableLogger();
    // Typed loosely in Eleventy's JSDoc; it resolves to (nested) arrays of per-file results.
    const written = (await eleventy.write()) as unknown as unknown[];
    await writeSearchIndex(staging);
    await replaceFolder(staging, paths.output);
    return { sync, pagesWritten: countWritten(written) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
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

function countWritten(results: unknown[]): number {
  return results.flat(Infinity).filter(Boolean).length;
}
