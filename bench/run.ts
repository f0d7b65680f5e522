/**
 * Benchmark: habar against Hugo on the same synthetic archive.
 *
 *   npm run bench -- --articles 10000 [--articles 30000 ...] [--rounds 3] [--seed 1]
 */
import { parseArgs } from 'node:util';
import { buildHabar, buildHugo, type BuildRun } from './full-build.ts';
import { median, table } from './stats.ts';
import { runIncrementalScenario, type IncrementalResult } from './incremental.ts';
import { corpus, habarSite } from './workspace.ts';

interface SizeResult {
  articles: number;
  habar: BuildRun[];
  hugo: BuildRun[];
  incremental: IncrementalResult;
}

function options() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', multiple: true, default: ['1000'] },
      rounds: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
    },
  });
  const sizes = values.articles.flatMap((value) => value.split(',')).map(Number);
  const rounds = Number(values.rounds);
  const seed = Number(values.seed);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(seed)) {
    throw new Error('usage: npm run bench -- --articles N [--articles N ...] [--rounds R] [--seed S]');
  }
  return { sizes, rounds, seed };
}

/**
 * Alternates habar and Hugo run by run, so both see the same machine load; then, on the site the last
 * round built, the incremental scenario.
 */
async function benchSize(articles: number, rounds: number, seed: number): Promise<SizeResult> {
  log(`${articles} articles: preparing the corpus`);
  const files = corpus(articles, seed);
  const site = habarSite(files.sources);
  const habar: BuildRun[] = [];
  const hugo: BuildRun[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      habar.push(buildHabar(site));
      hugo.push(buildHugo(files));
      log(`  round ${round}: habar ${habar.at(-1)!.wallSeconds.toFixed(2)} s, Hugo ${hugo.at(-1)!.wallSeconds.toFixed(2)} s`);
    }
    log('  incremental: add, change, delete one source; then a clean build to compare');
    return { articles, habar, hugo, incremental: await runIncrementalScenario(site, seed) };
  } finally {
    site.cleanup();
  }
}

function fullBuildTable(results: SizeResult[]): string {
  return table(
    ['articles', 'habar s', 'Hugo s', 'habar/Hugo', 'habar CPU s', 'Hugo CPU s', 'peak RSS MiB*', 'pages', 'Hugo pages', 'ms/article'],
    results.map(({ articles, habar, hugo }) => {
      const habarWall = median(habar.map((run) => run.wallSeconds));
      const hugoWall = median(hugo.map((run) => run.wallSeconds));
      return [
        String(articles),
        habarWall.toFixed(2),
        hugoWall.toFixed(2),
        `${(habarWall / hugoWall).toFixed(2)}×`,
        median(habar.map((run) => run.cpuSeconds)).toFixed(2),
        median(hugo.map((run) => run.cpuSeconds)).toFixed(2),
        Math.max(...habar.map((run) => run.peakRssMiB)).toFixed(0),
        String(habar[0]!.pages),
        String(hugo[0]!.pages),
        ((habarWall * 1000) / articles).toFixed(2),
      ];
    }),
  );
}

function incrementalTable(results: SizeResult[]): string {
  return table(
    ['articles', 'step', 'ms until pages on disk', 'ms until search too', 'pages rewritten', 'pages removed', 'same as clean build'],
    results.flatMap(({ articles, incremental }) => incremental.steps.map((step) => [
      String(articles),
      step.step,
      step.milliseconds.toFixed(0),
      step.searchMilliseconds.toFixed(0),
      String(step.pagesRewritten),
      String(step.pagesRemoved),
      incremental.differences.length === 0 ? 'yes' : `no: ${incremental.differences.length} files`,
    ])),
  );
}

/** The issue's table of targets, with what this run measured. */
function targetsTable(results: SizeResult[]): string {
  const wallRatio = (result: SizeResult) => median(result.habar.map((run) => run.wallSeconds)) / median(result.hugo.map((run) => run.wallSeconds));
  const msPerArticle = (result: SizeResult) => median(result.habar.map((run) => run.wallSeconds)) / result.articles;
  const smallest = results[0]!;
  const largest = results.at(-1)!;
  const rows = results.map((result) => [`full build ${result.articles}, habar / Hugo`, `${wallRatio(result).toFixed(2)}×`, '≤ 1.0×']);
  if (largest !== smallest) {
    rows.push([`time per article, ${largest.articles} vs ${smallest.articles}`, `${(msPerArticle(largest) / msPerArticle(smallest)).toFixed(2)}×`, '≤ 1.3×']);
  }
  rows.push([`peak RSS at ${largest.articles}`, `${(Math.max(...largest.habar.map((run) => run.peakRssMiB)) / 1024).toFixed(2)} GiB`, '≤ 4 GiB']);
  for (const result of results) {
    const add = result.incremental.steps[0]!;
    rows.push([`add one source to a ${result.articles} site, until on disk`, `${(add.milliseconds / 1000).toFixed(2)} s`, '≤ 0.5 s']);
  }
  return table(['figure', 'measured', 'target'], rows);
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function main(): Promise<void> {
  const { sizes, rounds, seed } = options();
  const results: SizeResult[] = [];
  for (const n of [...sizes].sort((a, b) => a - b)) results.push(await benchSize(n, rounds, seed));
  console.log(`\nClean full builds, median of ${rounds} alternating rounds (wall time; CPU = user + sys)\n`);
  console.log(fullBuildTable(results));
  console.log('* of the largest process: GNU time reports the peak of the biggest child, not the sum of parallel ones');
  console.log(`\nIncremental updates by a warm process (started in ${results.map((r) => `${r.incremental.warmUpSeconds.toFixed(1)} s`).join(', ')})\n`);
  console.log(incrementalTable(results));
  console.log('\nTargets\n');
  console.log(targetsTable(results));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
