// tier: slow (builds sites with habar)
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { writeFiles } from '../../support/corpus/corpus-files.ts';
import { generateCorpus } from '../../support/corpus/corpus.ts';
import type { SitePaths } from '../../src/core/paths.ts';
import { runHabar, type CliResult } from '../../support/cli.ts';
import { copySite, makeSite } from '../../support/site.ts';
import { buildInProcess } from './build-in-process.ts';

// For `habar build` on a site built before (tests/build/build-update.test.ts, full-rebuild.test.ts).
export const UPDATE_SETTINGS = { perPage: 3, pathPrefix: '/news/' };

/** `habar build ARGS` on `site`, which must succeed. */
export function build(site: SitePaths, ...args: string[]): CliResult {
  const result = runHabar(site.root, ['build', ...args]);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

/**
 * Call at the top of a test file: a site of 40 generated sources is built once before the file's
 * tests (in this process: the build under test is the next); each call gives a copy of it, removed
 * after the test, whose next build is an update build (copySite).
 */
export function builtSites(): () => SitePaths {
  let built: ReturnType<typeof makeSite> | undefined;
  const copies: Array<ReturnType<typeof copySite>> = [];
  beforeAll(async () => {
    built = makeSite(UPDATE_SETTINGS);
    writeFiles(generateCorpus(40, 7), built.sources);
    const first = await buildInProcess(built.root);
    expect(first.sync.errors).toEqual([]);
    expect(first.updated).toBeUndefined();
  });
  afterEach(() => copies.splice(0).forEach((copy) => copy.cleanup()));
  afterAll(() => built?.cleanup());
  return () => {
    const copy = copySite(built!);
    copies.push(copy);
    return copy;
  };
}

export const UPDATED = /^Updated _site\/: only what changed since the last build \((\d+) pages removed, (\d+) search bundles indexed; --full writes every page\)$/m;
export const BUILT = /^Built the site into _site\/$/m;
export const pagesWritten = (result: CliResult) => Number(/pages written: (\d+)/.exec(result.stdout)![1]);
