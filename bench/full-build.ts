import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SitePaths } from '../src/core/paths.ts';
import { tsxLoader } from '../src/core/process/fork-module.ts';
import { COMPILE_REGEXPS_ONCE } from '../src/core/process/regexp-compile.ts';
import { measure, type Measurement } from './measure.ts';
import { setAside } from './set-aside.ts';
import { cleanBuildState, type Corpus } from './workspace.ts';

const projectRoot = join(import.meta.dirname, '..');

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
  const run = measure(process.execPath, [COMPILE_REGEXPS_ONCE, '--import', tsxLoader, join(projectRoot, 'src/cli/main.ts'), 'build'], site.root);
  return { ...run, pages: countFiles(site.output) };
}

const pagefindBin = join(projectRoot, 'node_modules/.bin/pagefind');

/**
 * A clean Hugo build of the same articles with the minimal site in bench/hugo; with `search`, then
 * Pagefind over its output (its article pages are marked for indexing as habar's are), as a Hugo
 * site with on-site search is built: the same work a habar build does for its search bundles.
 */
export function buildHugo(corpus: Corpus, search = false): BuildRun {
  const scratch = mkdtempSync(join(tmpdir(), 'habar-hugo-'));
  try {
    const output = join(scratch, 'public');
    const hugo = [
      'hugo',
      '--source', join(projectRoot, 'bench/hugo'),
      '--contentDir', corpus.hugoContent,
      '--destination', output,
      '--cacheDir', join(scratch, 'cache'),
      '--noBuildLock',
      '--quiet',
    ];
    const run = search
      ? measure('/bin/sh', ['-c', `${hugo.map(quote).join(' ')} && ${quote(pagefindBin)} --site ${quote(output)} --silent`], scratch)
      : measure(hugo[0]!, hugo.slice(1), scratch);
    return { ...run, pages: countFiles(output) };
  } finally {
    setAside(scratch);
  }
}

function quote(argument: string): string {
  return `'${argument.replaceAll("'", "'\\''")}'`;
}

/** Files below `dir`: every page, feed, asset and search file a build wrote. */
function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}
