/**
 * Benchmark: habar against Hugo on the same synthetic archive.
 *
 *   npm run bench -- --articles 10000 [--articles 30000 ...] [--rounds 3] [--seed 1]
 */
import { parseArgs } from 'node:util';
import { buildHabar, buildHugo, type BuildRun } from './full-build.ts';
import { median, table } from './stats.ts';
import { corpus, habarSite } from './workspace.ts';

interface SizeResult {
  articles: number;
  habar: BuildRun[];
  hugo: BuildRun[];
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

/** Alternates habar and Hugo run by run, so both see the same machine load. */
function compareFullBuilds(articles: number, rounds: number, seed: number): SizeResult {
  log(`${articles} articles: preparing the corpus`);
  const files = corpus(articles, seed);
  const site = habarSite(files.sources);
  const result: SizeResult = { articles, habar: [], hugo: [] };
  try {
    for (let round = 1; round <= rounds; round++) {
      const habar = buildHabar(site);
      const hugo = buildHugo(files);
      result.habar.push(habar);
      result.hugo.push(hugo);
      log(`  round ${round}: habar ${habar.wallSeconds.toFixed(2)} s, Hugo ${hugo.wallSeconds.toFixed(2)} s`);
    }
  } finally {
    site.cleanup();
  }
  return result;
}

function fullBuildTable(results: SizeResult[]): string {
  return table(
    ['articles', 'habar s', 'Hugo s', 'habar/Hugo', 'habar CPU s', 'Hugo CPU s', 'peak RSS MiB', 'pages', 'Hugo pages', 'ms/article'],
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

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function main(): void {
  const { sizes, rounds, seed } = options();
  const results = sizes.map((n) => compareFullBuilds(n, rounds, seed));
  console.log(`\nClean full builds, median of ${rounds} alternating rounds (wall time; CPU = user + sys)\n`);
  console.log(fullBuildTable(results));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
