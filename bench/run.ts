/**
 * Benchmark: habar against Hugo on the same synthetic archive.
 *
 *   npm run bench -- --articles 10000 [--articles 30000 ...] [--rounds 3] [--seed 1] [--incremental-up-to 10000] [--keep-set-aside]
 */
import { parseArgs } from 'node:util';
import type { SitePaths } from '../src/core/paths.ts';
import { buildHabar, buildHugo, runHabarBuild, type BuildRun } from './full-build.ts';
import { median, table } from './stats.ts';
import { runIncrementalScenario, type IncrementalResult } from './incremental.ts';
import { deleteSetAside, setAside, setAsideFolder } from './set-aside.ts';
import { addNewestSource, corpus, habarSite, type Corpus } from './workspace.ts';

interface SizeResult {
  articles: number;
  habar: BuildRun[];
  hugo: BuildRun[];
  /** Hugo, then Pagefind over its output: the same search work a habar build does. */
  hugoSearch: BuildRun[];
  /** `habar build` again after one source is added to the built site, as an editor rebuilds. */
  rebuild: BuildRun;
  /** Left out above `--incremental-up-to` articles: its comparison with a clean build doubles the run. */
  incremental?: IncrementalResult;
}

function options() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', multiple: true, default: ['1000'] },
      rounds: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      'incremental-up-to': { type: 'string', default: '10000' },
      'keep-set-aside': { type: 'boolean', default: false },
    },
  });
  const sizes = values.articles.flatMap((value) => value.split(',')).map(Number);
  const rounds = Number(values.rounds);
  const seed = Number(values.seed);
  const incrementalUpTo = Number(values['incremental-up-to']);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(seed) || !Number.isInteger(incrementalUpTo)) {
    throw new Error('usage: npm run bench -- --articles N [--articles N ...] [--rounds R] [--seed S] [--incremental-up-to N] [--keep-set-aside]');
  }
  return { sizes, rounds, seed, incrementalUpTo, keepSetAside: values['keep-set-aside'] };
}

/** The clean full builds of one size on `site`, habar and Hugo alternating run by run so that both see the same machine load. */
function cleanBuilds(files: Corpus, site: SitePaths, rounds: number): Pick<SizeResult, 'habar' | 'hugo' | 'hugoSearch'> {
  const habar: BuildRun[] = [];
  const hugo: BuildRun[] = [];
  const hugoSearch: BuildRun[] = [];
  for (let round = 1; round <= rounds; round++) {
    habar.push(buildHabar(site));
    hugo.push(buildHugo(files));
    hugoSearch.push(buildHugo(files, true));
    const seconds = (runs: BuildRun[]) => `${runs.at(-1)!.wallSeconds.toFixed(2)} s`;
    log(`  round ${round}: habar ${seconds(habar)}, Hugo ${seconds(hugo)}, Hugo + Pagefind ${seconds(hugoSearch)}`);
  }
  return { habar, hugo, hugoSearch };
}

/**
 * On the site the last clean round built: a rebuild after adding one source, then (up to
 * `--incremental-up-to`) the incremental scenario. Run after every size's clean builds, so that
 * nothing an update removes from a site weighs on a clean build (see set-aside.ts).
 */
async function updates(articles: number, site: SitePaths, seed: number, incremental: boolean): Promise<Pick<SizeResult, 'rebuild' | 'incremental'>> {
  const rebuild = rebuildWithOneMore(site, seed);
  log(`${articles} articles: rebuild after adding one source: ${rebuild.wallSeconds.toFixed(2)} s`);
  if (!incremental) return { rebuild };
  log('  incremental: add, change, delete one source; then a clean build to compare');
  return { rebuild, incremental: await runIncrementalScenario(site, seed) };
}

/** Adds a source of the archive's newest day to the built site and times `habar build` (not clean: it updates the last build). */
function rebuildWithOneMore(site: SitePaths, seed: number): BuildRun {
  addNewestSource(site, 'zz-bench-rebuild.txt', seed + 2);
  return runHabarBuild(site);
}

function fullBuildTable(results: SizeResult[]): string {
  const wall = (runs: BuildRun[]) => median(runs.map((run) => run.wallSeconds));
  const cpu = (runs: BuildRun[]) => median(runs.map((run) => run.cpuSeconds)).toFixed(2);
  return table(
    ['articles', 'habar s', 'Hugo s', 'Hugo+PF s', 'habar/Hugo', 'habar/(Hugo+PF)', 'rebuild +1 s', 'habar CPU s', 'Hugo CPU s', 'Hugo+PF CPU s', 'peak RSS MiB*', 'Hugo+PF RSS MiB*', 'files', 'Hugo+PF files', 'ms/article'],
    results.map(({ articles, habar, hugo, hugoSearch, rebuild }) => [
      String(articles),
      wall(habar).toFixed(2),
      wall(hugo).toFixed(2),
      wall(hugoSearch).toFixed(2),
      `${(wall(habar) / wall(hugo)).toFixed(2)}×`,
      `${(wall(habar) / wall(hugoSearch)).toFixed(2)}×`,
      rebuild.wallSeconds.toFixed(2),
      cpu(habar),
      cpu(hugo),
      cpu(hugoSearch),
      Math.max(...habar.map((run) => run.peakRssMiB)).toFixed(0),
      Math.max(...hugoSearch.map((run) => run.peakRssMiB)).toFixed(0),
      String(habar[0]!.pages),
      String(hugoSearch[0]!.pages),
      ((wall(habar) * 1000) / articles).toFixed(2),
    ]),
  );
}

function incrementalTable(results: SizeResult[]): string {
  return table(
    ['articles', 'step', 'ms until pages on disk', 'ms until search too', 'pages rewritten', 'pages removed', 'same as clean build'],
    results.flatMap(({ articles, incremental }) => (incremental?.steps ?? []).map((step) => [
      String(articles),
      step.step,
      step.milliseconds.toFixed(0),
      step.searchMilliseconds.toFixed(0),
      String(step.pagesRewritten),
      String(step.pagesRemoved),
      incremental!.differences.length === 0 ? 'yes' : `no: ${incremental!.differences.length} files`,
    ])),
  );
}

/** The table of targets, with what this run measured. */
function targetsTable(results: SizeResult[]): string {
  const wall = (runs: BuildRun[]) => median(runs.map((run) => run.wallSeconds));
  const msPerArticle = (result: SizeResult) => wall(result.habar) / result.articles;
  const largest = results.at(-1)!;
  // The issue compares 100k with 10k: the largest size with one about ten times smaller, else the smallest.
  const smaller = [...results].reverse().find((result) => result.articles * 10 <= largest.articles) ?? results[0]!;
  const rows = results.flatMap((result) => [
    [`full build ${result.articles}, habar / Hugo`, `${(wall(result.habar) / wall(result.hugo)).toFixed(2)}×`, '≤ 1.0×'],
    [`  the same, both with search: habar / (Hugo + Pagefind)`, `${(wall(result.habar) / wall(result.hugoSearch)).toFixed(2)}×`, '≤ 1.0×'],
  ]);
  if (largest !== smaller) {
    rows.push([`time per article, ${largest.articles} vs ${smaller.articles}`, `${(msPerArticle(largest) / msPerArticle(smaller)).toFixed(2)}×`, '≤ 1.3×']);
  }
  rows.push([`peak RSS at ${largest.articles}`, `${(Math.max(...largest.habar.map((run) => run.peakRssMiB)) / 1024).toFixed(2)} GiB`, '≤ 4 GiB']);
  for (const result of results) {
    const add = result.incremental?.steps[0];
    if (!add) continue;
    rows.push([`add one source to a ${result.articles} site, until on disk`, `${(add.milliseconds / 1000).toFixed(2)} s`, '≤ 0.5 s']);
  }
  return table(['figure', 'measured', 'target'], rows);
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function main(): Promise<void> {
  const { sizes, rounds, seed, incrementalUpTo, keepSetAside } = options();
  const results: SizeResult[] = [];
  const sites: SitePaths[] = [];
  try {
    const built = [...sizes].sort((a, b) => a - b).map((articles) => {
      log(`${articles} articles: preparing the corpus`);
      const files = corpus(articles, seed);
      const site = habarSite(files.sources);
      sites.push(site);
      return { articles, site, ...cleanBuilds(files, site, rounds) };
    });
    for (const { articles, site, ...runs } of built) results.push({ articles, ...runs, ...(await updates(articles, site, seed, articles <= incrementalUpTo)) });
  } finally {
    for (const site of sites) setAside(site.root);
    // A deletion slows the builds of a bench run started in the next minutes (set-aside.ts).
    if (keepSetAside) log(`left to delete once no other bench runs: ${setAsideFolder() ?? 'nothing'}`);
    else deleteSetAside();
  }
  console.log(`\nClean full builds, median of ${rounds} alternating rounds (wall time; CPU: processor seconds the machine was busy during the run)\n`);
  console.log(fullBuildTable(results));
  console.log('* of all the run\'s processes together (habar with the Pagefind processes it drives), sampled every 100 ms');
  console.log('PF: Pagefind over Hugo\'s output, the search index a habar build writes too; files: pages, assets and search files');
  console.log('rebuild +1: `habar build` again after adding one source of the newest day to the built site; it writes only the pages and search bundles that change');
  const warmUps = results.flatMap(({ incremental }) => (incremental ? [`${incremental.warmUpSeconds.toFixed(1)} s`] : []));
  if (warmUps.length > 0) {
    console.log(`\nIncremental updates by a warm process (started in ${warmUps.join(', ')})\n`);
    console.log(incrementalTable(results));
  }
  console.log('\nTargets\n');
  console.log(targetsTable(results));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
