import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PHOTO_CACHE_DIR } from '../../src/index/lead-photo.ts';
import type { SitePaths } from '../../src/core/paths.ts';
import { differingFiles, makeSite } from '../../support/site.ts';
import { buildInProcess } from './build-in-process.ts';

/**
 * The files in which `site`'s output differs from a clean full build of a copy of its sources and
 * generated articles (the committed record: it keeps URLs and correction dates across edits), built
 * with the same `settings` and `env` in a fresh site root (its layouts and templates edited by
 * `customise`, as the site's were); empty when they are byte for byte the same. The clean build
 * starts with the site's processed photos: eleventy-img names each by its source's bytes and its
 * options, so they are the files it would make again, and encoding them again (AVIF: some 2.5 s of
 * processor time for a 1600 px photo) would only cost time.
 */
export async function differencesFromCleanBuild(site: SitePaths, settings: Record<string, unknown>, env: Record<`HABAR_${string}`, string> = {}, customise?: (root: string) => void): Promise<string[]> {
  const clean = makeSite(settings);
  try {
    customise?.(clean.root);
    cpSync(site.sources, clean.sources, { recursive: true });
    cpSync(site.articles, clean.articles, { recursive: true });
    const photos = join(site.root, PHOTO_CACHE_DIR);
    if (existsSync(photos)) cpSync(photos, join(clean.root, PHOTO_CACHE_DIR), { recursive: true });
    const { sync } = await buildInProcess(clean.root, env);
    expect(sync.errors).toEqual([]);
    return differingFiles(clean.output, site.output);
  } finally {
    clean.cleanup();
  }
}
