import { readdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { syncSources, type SyncReport } from '../ingest/sync.ts';
import type { SitePaths } from '../ingest/paths.ts';
import { renderInParallel } from './render.ts';

export { CONFIG_PATH } from './render.ts';

export interface BuildResult {
  sync: SyncReport;
  /** Files Eleventy wrote; 0 when the build stopped at bad sources. */
  pagesWritten: number;
}

/**
 * Ingest, then Eleventy into a fresh folder that replaces the output folder only once complete:
 * a failed build leaves the last good site as it was. Bad sources stop the build before Eleventy runs.
 */
export async function buildSite(paths: SitePaths): Promise<BuildResult> {
  const sync = await syncSources(paths);
  if (sync.errors.length > 0) return { sync, pagesWritten: 0 };

  const staging = `${paths.output}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await renderInParallel(staging, renderProcesses());
    const pagesWritten = countFiles(staging);
    await replaceFolder(staging, paths.output);
    return { sync, pagesWritten };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Swaps `next` into `target` with two renames, so the old site is only removed once the new one is in place. */
async function replaceFolder(next: string, target: string): Promise<void> {
  const retired = `${target}.old-${process.pid}`;
  await rename(target, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(next, target);
  await rm(retired, { recursive: true, force: true });
}

/** Files below `dir`: every page, feed and asset a build wrote. */
export function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/**
 * Eleventy processes to render with: HABAR_PROCESSES=N, else one. On the shared 2-core machine the
 * figures in the README come from, two processes were no faster than one (each loads the whole
 * index), so splitting is opt-in until it is measured on an idle multi-core machine.
 */
function renderProcesses(): number {
  const asked = Number(process.env.HABAR_PROCESSES);
  return Number.isInteger(asked) && asked > 0 ? asked : 1;
}
