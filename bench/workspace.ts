import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSite } from '../support/site.ts';
import type { SitePaths } from '../src/core/paths.ts';
import { writeFiles } from '../support/corpus/corpus-files.ts';
import { generateCorpus, LAST_DAY } from '../support/corpus/corpus.ts';
import { writeHugoContent } from './hugo-content.ts';
import { setAside } from './set-aside.ts';

/** Generated corpora are kept here between runs, one folder per size and seed. */
const CACHE = join(tmpdir(), 'habar-bench-cache');
/** Raised when the generated files change, so an older cached corpus is not reused. */
const CORPUS_VERSION = 3;

export interface Corpus {
  /** The `.txt` sources. */
  sources: string;
  /** The same articles as Markdown for Hugo. */
  hugoContent: string;
}

/** The N-article corpus for `seed`, generated once and then reused. */
export function corpus(n: number, seed: number): Corpus {
  const dir = join(CACHE, `v${CORPUS_VERSION}-n${n}-seed${seed}`);
  const ready = { sources: join(dir, 'sources'), hugoContent: join(dir, 'hugo') };
  if (existsSync(join(dir, 'complete'))) return ready;
  rmSync(dir, { recursive: true, force: true });
  const partial = `${dir}.partial-${process.pid}`;
  writeFiles(generateCorpus(n, seed), join(partial, 'sources'));
  writeHugoContent(generateCorpus(n, seed), join(partial, 'hugo'));
  mkdirSync(join(partial, 'complete'));
  renameSync(partial, dir);
  return ready;
}

/** A throwaway habar site with the project's templates and a copy of the corpus as its sources. */
export function habarSite(sources: string): SitePaths {
  const site = makeSite();
  cpSync(sources, site.sources, { recursive: true });
  return site;
}

/** Empties the generated folders (set aside, see set-aside.ts), so the next build is a clean full build (ingest included). */
export function cleanBuildState(site: SitePaths): void {
  setAside(site.articles);
  setAside(site.output);
}

/**
 * Adds a generated source as `name`, dated the archive's newest day (today's news): it lands on the
 * first page of the home list and of its tags' lists, and in the newest search bundle, which is
 * indexed again with it.
 */
export function addNewestSource(site: SitePaths, name: string, seed: number): void {
  const [extra] = generateCorpus(1, seed);
  writeFileSync(join(site.sources, name), extra!.text.replace(/^date \S+/, `date ${LAST_DAY}`));
}

export function sourceNames(site: SitePaths): string[] {
  return readdirSync(site.sources).filter((name) => name.endsWith('.txt')).sort();
}
