import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SitePaths } from '../src/ingest/paths.ts';
import { measure, type Measurement } from './measure.ts';
import { cleanBuildState, type Corpus } from './workspace.ts';

const projectRoot = join(import.meta.dirname, '..');
const tsxLoader = pathToFileURL(join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;

export interface BuildRun extends Measurement {
  pages: number;
}

/** A clean full `habar build`: ingest of every source, then Eleventy. */
export function buildHabar(site: SitePaths): BuildRun {
  cleanBuildState(site);
  return runHabarBuild(site);
}

/** `habar build` on the site as it is. */
export function runHabarBuild(site: SitePaths): BuildRun {
  const run = measure(process.execPath, ['--import', tsxLoader, join(projectRoot, 'src/cli/main.ts'), 'build'], site.root);
  return { ...run, pages: countFiles(site.output) };
}

/** A clean Hugo build of the same articles with the minimal site in bench/hugo. */
export function buildHugo(corpus: Corpus): BuildRun {
  const scratch = mkdtempSync(join(tmpdir(), 'habar-hugo-'));
  try {
    const output = join(scratch, 'public');
    const run = measure('hugo', [
      '--source', join(projectRoot, 'bench/hugo'),
      '--contentDir', corpus.hugoContent,
      '--destination', output,
      '--cacheDir', join(scratch, 'cache'),
      '--noBuildLock',
      '--quiet',
    ], scratch);
    return { ...run, pages: countFiles(output) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Files below `dir`: every page, feed, asset and search file a build wrote. */
export function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}
