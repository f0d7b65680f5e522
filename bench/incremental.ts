import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitePaths } from '../src/ingest/paths.ts';
import { IncrementalWorker } from '../src/incremental/client.ts';
import { loadSettings } from '../src/site/settings.ts';
import { differingFiles, makeSite } from '../tests/helpers/site.ts';
import { runHabarBuild } from './full-build.ts';
import { setAside } from './set-aside.ts';
import { addNewestSource, sourceNames } from './workspace.ts';

export interface IncrementalStep {
  step: string;
  /** From the warm process receiving the changed names until its pages are on disk. */
  milliseconds: number;
  /** ... until the search bundles are on disk too. */
  searchMilliseconds: number;
  pagesRewritten: number;
  pagesRemoved: number;
}

export interface IncrementalResult {
  warmUpSeconds: number;
  steps: IncrementalStep[];
  /** Output files that differ from a clean full build of the same content; empty when identical. */
  differences: string[];
}

/** On a built site: add one source (the newest article), change one, delete one, each timed. */
export async function runIncrementalScenario(site: SitePaths, seed: number): Promise<IncrementalResult> {
  const names = sourceNames(site);
  const started = performance.now();
  const worker = await IncrementalWorker.start(site.root, loadSettings(site.root, process.env));
  const warmUpSeconds = (performance.now() - started) / 1000;
  const steps: IncrementalStep[] = [];
  const step = async (label: string, name: string) => {
    const reply = await worker.update([name]);
    if (reply.errors.length > 0) throw new Error(`${label}: ${reply.errors.join('\n')}`);
    const { milliseconds, searchMilliseconds, pagesRewritten, pagesRemoved } = reply;
    steps.push({ step: label, milliseconds, searchMilliseconds, pagesRewritten, pagesRemoved });
  };
  try {
    const added = 'zz-bench-added.txt';
    addNewestSource(site, added, seed + 1);
    await step('add one source', added);

    const changed = names[Math.floor(names.length / 2)]!;
    const path = join(site.sources, changed);
    // A correction as a paragraph of its own after the title; the hashtag line stays last.
    writeFileSync(path, readFileSync(path, 'utf8').replace('\n\n', '\n\nДополнено: редакция уточнила данные.\n\n'));
    await step('change one source', changed);

    const deleted = names[Math.floor(names.length / 3)]!;
    rmSync(join(site.sources, deleted));
    await step('delete one source', deleted);
  } finally {
    await worker.stop();
  }
  return { warmUpSeconds, steps, differences: differencesFromCleanBuild(site) };
}

/** A clean full build of a copy of the site's content: sources and generated articles (which keep URLs and correction dates). */
function differencesFromCleanBuild(site: SitePaths): string[] {
  const clean = makeSite(JSON.parse(readFileSync(join(site.root, 'content/_data/site.json'), 'utf8')) as Record<string, unknown>);
  try {
    cpSync(site.sources, clean.sources, { recursive: true });
    cpSync(site.articles, clean.articles, { recursive: true });
    runHabarBuild(clean);
    return differingFiles(clean.output, site.output);
  } finally {
    setAside(clean.root);
  }
}
