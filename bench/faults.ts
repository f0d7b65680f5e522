/**
 * Kill loop: builds of a generated site killed at seeded points, each followed by a plain build that
 * must leave the output byte for byte where an uninterrupted build leaves it.
 *
 *   npm run bench:faults -- [--articles 2000] [--kills 50] [--seed 1] [--check-every 10]
 *
 * Two copies of the site go through the same edits (sources added, corrected, deleted), one step
 * per kill. The twin builds each step with a plain, uninterrupted build, counting the fault points
 * it reaches (HABAR_FAULT_TALLY); the other builds it the same way (or with `--full`, at the points
 * of the first full build) but is killed at a point and count the seed chooses (HABAR_FAULT,
 * src/core/process/fault-injection.ts), then builds again as an editor would. Right after the kill its
 * output must be the last site or the new one (or, between the swap's two renames, missing with the
 * last one set aside); after the next build, its output and its articles (registry included) must
 * be the twin's, byte for byte. Every `--check-every` kills and at the end the twin is compared
 * with a clean build of its content in a fresh site root. One line per kill, then
 * `N kills: M recovered byte-identical`; exits 1 on any mismatch.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { sitePaths, type SitePaths } from '../src/core/paths.ts';
import { FAULT_ENV, FAULT_TALLY_ENV, type FaultTally } from '../src/core/process/fault-injection.ts';
import { isIngestPoint, onlyPoints, seededFault } from '../support/faults.ts';
import { tsxLoader } from '../src/core/process/fork-module.ts';
import { writeFiles } from '../support/corpus/corpus-files.ts';
import { generateCorpus, LAST_DAY } from '../support/corpus/corpus.ts';
import { Rng } from '../support/corpus/prng.ts';

const projectRoot = join(import.meta.dirname, '..');
const cli = join(projectRoot, 'src/cli/main.ts');
/** One day for every build, so that a run crossing midnight in Almaty compares like with like. */
const TODAY = LAST_DAY;

/** What is killed: ingest (of a plain build), or the rest of a plain (update) or a `--full` build. */
type Mode = 'ingest' | 'update' | 'full';
/** Update builds are the point of the loop; ingest and full builds take a fifth of the kills each. */
const MODES: Mode[] = ['update', 'ingest', 'update', 'full', 'update'];

function options() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '2000' },
      kills: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      'check-every': { type: 'string', default: '10' },
    },
  });
  const [articles, kills, seed, checkEvery] = [values.articles, values.kills, values.seed, values['check-every']].map(Number) as [number, number, number, number];
  if (![articles, kills, seed, checkEvery].every((n) => Number.isInteger(n) && n >= 1)) {
    throw new Error('usage: npm run bench:faults -- [--articles N] [--kills N] [--seed S] [--check-every N]');
  }
  return { articles, kills, seed, checkEvery };
}

/** A site root in `dir` with the project's templates, layouts and settings, and no sources. */
function siteRoot(dir: string): SitePaths {
  const paths = sitePaths(dir);
  mkdirSync(paths.sources, { recursive: true });
  for (const entry of readdirSync(join(projectRoot, 'content'))) {
    if (entry !== 'sources' && entry !== 'articles') cpSync(join(projectRoot, 'content', entry), join(dir, 'content', entry), { recursive: true });
  }
  cpSync(join(projectRoot, 'layouts'), join(dir, 'layouts'), { recursive: true });
  return paths;
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  stdout: string;
  stderr: string;
}

function habar(site: SitePaths, args: string[], env: Record<string, string> = {}): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', tsxLoader, cli, ...args], {
    cwd: site.root,
    env: { ...process.env, HABAR_TODAY: TODAY, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, signal: result.signal, seconds: (performance.now() - started) / 1000, stdout: result.stdout, stderr: result.stderr };
}

function mustBuild(site: SitePaths, args: string[], env: Record<string, string> = {}): Run {
  const run = habar(site, args, env);
  if (run.status !== 0) throw new Error(`habar ${args.join(' ')} in ${site.root} failed:\n${run.stderr}`);
  return run;
}

/** Each file below `dir` with a digest of its bytes. */
function digestTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), createHash('sha1').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

/**
 * The same seeded edit on each site: one to three sources added (dated the archive's last day or
 * earlier), one to three corrected (a paragraph added, every third one's title too), up to two deleted.
 */
function edit(sites: SitePaths[], step: number, seed: number): string {
  const r = new Rng(seed * 100_003 + step);
  const names = readdirSync(sites[0]!.sources).filter((name) => name.endsWith('.txt')).sort();
  const added = [...generateCorpus(r.int(1, 3), seed * 1_000 + step)].map((file, n) => ({
    name: `${file.fileName.slice(0, 10)}-step${step}-${n}.txt`,
    text: r.chance(0.5) ? file.text.replace(/^date \S+/, `date ${LAST_DAY}`) : file.text,
  }));
  const corrected = Array.from({ length: r.int(1, 3) }, () => r.pick(names));
  const deleted = Array.from({ length: r.int(0, 2) }, () => r.pick(names)).filter((name) => !corrected.includes(name));
  for (const site of sites) {
    for (const file of added) writeFileSync(join(site.sources, file.name), file.text);
    corrected.forEach((name, n) => {
      const path = join(site.sources, name);
      let text = readFileSync(path, 'utf8').replace('\n\n', `\n\nДополнено на шаге ${step}: редакция уточнила данные.\n\n`);
      if (n % 3 === 2) text = text.replace(/^(date \S+ .*)$/m, `$1, уточнено`);
      writeFileSync(path, text);
    });
    for (const name of new Set(deleted)) rmSync(join(site.sources, name));
  }
  return `+${added.length} ~${new Set(corrected).size} -${new Set(deleted).size}`;
}

/** What the output of `site` is right after a kill: the last site, the new one, or neither. */
function afterKill(site: SitePaths, last: Map<string, string>, next: Map<string, string>): { state: string; ok: boolean } {
  const which = (dir: string) => {
    const tree = digestTree(dir);
    return differing(tree, last).length === 0 ? 'the last site' : differing(tree, next).length === 0 ? 'the new site' : 'MIXED';
  };
  if (existsSync(site.output)) {
    const state = which(site.output);
    return { state, ok: state !== 'MIXED' };
  }
  const retired = readdirSync(site.root).find((name) => name.startsWith('_site.old-'));
  const state = `missing, ${retired ? `${which(join(site.root, retired))} set aside` : 'nothing set aside'}`;
  return { state, ok: state === 'missing, the last site set aside' };
}

/** A clean build of the twin's content (sources and articles) in a fresh site root: the files that differ from the twin's output. */
function differencesFromCleanBuild(twin: SitePaths, work: string): string[] {
  const clean = siteRoot(mkdtempSync(join(work, 'clean-')));
  try {
    cpSync(twin.sources, clean.sources, { recursive: true });
    cpSync(twin.articles, clean.articles, { recursive: true });
    mustBuild(clean, ['build']);
    return differing(digestTree(clean.output), digestTree(twin.output));
  } finally {
    rmSync(clean.root, { recursive: true, force: true });
  }
}

interface Outcome {
  ok: boolean;
  text: string;
}

/** After the victim's plain build: is its output the twin's, byte for byte, and its articles (registry included) too? */
function compareWithTwin(victim: SitePaths, twin: SitePaths, next: Map<string, string>, recovery: Run): Outcome {
  if (recovery.status !== 0) return { ok: false, text: `the next build FAILED: ${firstLine(recovery.stderr)}` };
  const how = `the next build (${/^Updated /m.test(recovery.stdout) ? 'update' : 'full'}, ${recovery.seconds.toFixed(1)} s)`;
  const output = differing(digestTree(victim.output), next);
  const articles = differing(digestTree(victim.articles), digestTree(twin.articles));
  const leftovers = readdirSync(victim.root).filter((name) => name.startsWith('_site.'));
  if (output.length > 0) return { ok: false, text: `${how} left ${output.length} files DIFFERENT (${output.slice(0, 3).join(', ')})` };
  if (leftovers.length > 0) return { ok: false, text: `${how} left ${leftovers.join(', ')} BEHIND` };
  if (articles.length > 0) {
    return { ok: false, text: `${how} left _site byte-identical but content/articles DIFFERENT (${articles.slice(0, 3).join(', ')}; ${firstLine(recovery.stderr)})` };
  }
  return { ok: true, text: `${how} left it byte-identical` };
}

const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';

/**
 * Puts the twin's articles in the victim after a kill it did not recover from, so that one failure
 * does not make every later comparison fail; its next build then writes the pages they change.
 */
function resync(victim: SitePaths, twin: SitePaths): void {
  rmSync(victim.articles, { recursive: true, force: true });
  cpSync(twin.articles, victim.articles, { recursive: true });
}

function main(): void {
  const { articles, kills, seed, checkEvery } = options();
  const work = mkdtempSync(join(tmpdir(), 'habar-faults-'));
  const tallyFile = join(work, 'tally.json');
  const tally = (site: SitePaths, args: string[]): FaultTally => {
    rmSync(tallyFile, { force: true });
    mustBuild(site, args, { [FAULT_TALLY_ENV]: tallyFile });
    return JSON.parse(readFileSync(tallyFile, 'utf8')) as FaultTally;
  };
  let done = 0;
  let recovered = 0;
  let missed = 0;
  let failedChecks = 0;
  try {
    const twin = siteRoot(join(work, 'twin'));
    const victim = siteRoot(join(work, 'killed'));
    writeFiles(generateCorpus(articles, seed), twin.sources);
    cpSync(twin.sources, victim.sources, { recursive: true });
    log(`${articles} sources; building both copies`);
    // The points of a full build and how often it reaches them, which edits of a few sources hardly change.
    const fullBuild = onlyPoints(tally(twin, ['build']), (point) => !isIngestPoint(point));
    mustBuild(victim, ['build']);
    let last = digestTree(twin.output);
    if (differing(last, digestTree(victim.output)).length > 0) throw new Error('the two copies built differently before any kill');

    const modeKills = new Map<Mode, number>();
    // A kill is missed when the victim reaches its point fewer times than the twin did (its spare
    // output, say, needs fewer links); the step still counts as a build to compare, not as a kill.
    for (let step = 1; done < kills && missed <= kills / 5; step++) {
      const mode = MODES[step % MODES.length]!;
      // Each mode's kills take consecutive seeds, which cycle through its points (seededFault).
      const faultSeed = seed * 1_000 + (modeKills.get(mode) ?? 0);
      const changes = edit([twin, victim], step, seed);
      // The twin always builds as an editor would: its state is the one the victim recovers to.
      const stepTally = tally(twin, ['build']);
      const next = digestTree(twin.output);
      const fault = seededFault(faultSeed, mode === 'full' ? fullBuild : onlyPoints(stepTally, (point) => isIngestPoint(point) === (mode === 'ingest')));
      const killed = habar(victim, mode === 'full' ? ['build', '--full'] : ['build'], { [FAULT_ENV]: fault });
      const what = `(${changes}) ${mode === 'full' ? 'full build' : mode === 'ingest' ? 'build, in ingest,' : 'update build'} at ${fault}:`;
      if (killed.signal !== 'SIGKILL') {
        missed++;
        const outcome = compareWithTwin(victim, twin, next, killed);
        if (!outcome.ok) failedChecks++;
        console.log(`missed ${what} the build did not reach it; ${outcome.text.replace('the next build', 'it')}`);
        if (!outcome.ok) resync(victim, twin);
        last = next;
        continue;
      }
      done++;
      modeKills.set(mode, (modeKills.get(mode) ?? 0) + 1);
      const right = afterKill(victim, last, next);
      const outcome = compareWithTwin(victim, twin, next, habar(victim, ['build']));
      if (right.ok && outcome.ok) recovered++;
      else if (!outcome.ok) resync(victim, twin);
      console.log(`kill ${done}/${kills} ${what} _site was ${right.state}; ${outcome.text}`);
      last = next;

      if (done % checkEvery === 0 || done === kills) {
        const unclean = differencesFromCleanBuild(twin, work);
        if (unclean.length > 0) failedChecks++;
        console.log(`after kill ${done}: the uninterrupted copy ${unclean.length === 0 ? 'equals' : `DIFFERS in ${unclean.length} files from`} a clean build of its content`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const problems = [done < kills ? `${missed} missed, only ${done} kills` : '', failedChecks > 0 ? `${failedChecks} other checks FAILED` : ''].filter(Boolean);
  console.log(`${done} kills: ${recovered} recovered byte-identical${problems.length > 0 ? `; ${problems.join('; ')}` : ''}`);
  if (recovered < kills || failedChecks > 0) process.exitCode = 1;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
