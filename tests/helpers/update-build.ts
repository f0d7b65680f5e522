// tier: slow (builds sites with habar)
import { expect } from 'vitest';
import { writeFiles } from '../../support/corpus/corpus-files.ts';
import { generateCorpus } from '../../support/corpus/corpus.ts';
import type { SitePaths } from '../../src/core/paths.ts';
import { runHabar, type CliResult } from '../../support/cli.ts';
import { buildInProcess } from './build-in-process.ts';

// For `habar build` on a site built before (tests/build/build-update.test.ts, full-rebuild.test.ts):
// each case builds its own site first; a copy of a built site would not do, as a build record
// holds only for the output folder it was written for.
export const UPDATE_SETTINGS = { perPage: 3, pathPrefix: '/news/' };

/** `habar build ARGS` on `site`, which must succeed. */
export function build(site: SitePaths, ...args: string[]): CliResult {
  const result = runHabar(site.root, ['build', ...args]);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

/** A site of 40 generated sources from `sites` (a test file's throwawaySites(UPDATE_SETTINGS)), built once (in this process: the build under test is the next), so that its next build is an update build. */
export async function builtSite(sites: () => SitePaths): Promise<SitePaths> {
  const site = sites();
  writeFiles(generateCorpus(40, 7), site.sources);
  const first = await buildInProcess(site.root);
  expect(first.sync.errors).toEqual([]);
  expect(first.updated).toBeUndefined();
  return site;
}

export const UPDATED = /^Updated _site\/: only what changed since the last build \((\d+) pages removed, (\d+) search bundles indexed; --full writes every page\)$/m;
export const BUILT = /^Built the site into _site\/$/m;
export const pagesWritten = (result: CliResult) => Number(/pages written: (\d+)/.exec(result.stdout)![1]);
