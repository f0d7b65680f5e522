import { cpSync } from 'node:fs';
import { expect } from 'vitest';
import type { SitePaths } from '../../src/core/paths.ts';
import { differingFiles, makeSite } from '../../support/site.ts';
import { buildInProcess } from './build-in-process.ts';

/**
 * The files in which `site`'s output differs from a clean full build of a copy of its sources and
 * generated articles (the committed record: it keeps URLs and correction dates across edits), built
 * with the same `settings` and `env` in a fresh site root (its layouts and templates edited by
 * `customise`, as the site's were); empty when they are byte for byte the same.
 */
export async function differencesFromCleanBuild(site: SitePaths, settings: Record<string, unknown>, env: Record<`HABAR_${string}`, string> = {}, customise?: (root: string) => void): Promise<string[]> {
  const clean = makeSite(settings);
  try {
    customise?.(clean.root);
    cpSync(site.sources, clean.sources, { recursive: true });
    cpSync(site.articles, clean.articles, { recursive: true });
    const { sync } = await buildInProcess(clean.root, env);
    expect(sync.errors).toEqual([]);
    return differingFiles(clean.output, site.output);
  } finally {
    clean.cleanup();
  }
}
