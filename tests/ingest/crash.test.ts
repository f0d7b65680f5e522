import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SitePaths } from '../../src/core/paths.ts';
import { syncSources, type KeptFile } from '../../src/ingest/sync.ts';
import { FAULT_ENV, FAULT_TALLY_ENV, type FaultTally } from '../../src/core/process/fault-injection.ts';
import { seededFault } from '../../support/faults.ts';
import { habarCommand, runHabar } from '../../support/cli.ts';
import { compiledModule } from '../../support/compiled-habar.ts';
import { copySite, differingFiles, makeSite, snapshotTree, source } from '../../support/site.ts';
import { buildInProcess } from '../helpers/build-in-process.ts';

// Every article is dated today, so an edit is no correction: the same sources give the same articles
// whatever happened before, and a site ingested with kills can be compared with one ingested fresh.
const DAY = '2026-02-10';
const TAGS = ['#экономика', '#спорт', '#культура', '#погода', '#наука'];
const HAND_EDITED = 1;

type Sources = Map<string, string>;

/** Numbers in [0, 1) from `seed` (mulberry32): the same seed, the same sources and kills. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nameOf = (n: number) => `${DAY}-${String(n).padStart(3, '0')}.txt`;
const report = (n: number, version: number) =>
  source(DAY, `Сообщение номер ${n}`, `Версия ${version} текста сообщения ${n}.`, `${TAGS[n % 5]} ${TAGS[(n * 3 + 1) % 5]}`);

/**
 * Three states of a sources folder: `before`, ingested in full; `during`, whose ingest is killed
 * (edits, deletions, new sources); `after`, what the next ingest finds (more of each, some deleted
 * sources back). Titles never change and every tag is used by an anchor that stays, so the articles
 * and registry of `after` are the same whatever states came before.
 */
function history(random: () => number, count: number): { before: Sources; during: Sources; after: Sources } {
  const before: Sources = new Map(TAGS.map((tag, k) => [`anchor-${k}.txt`, source(DAY, `Опорное сообщение ${k}`, 'Текст.', tag)]));
  for (let n = 1; n <= count; n++) before.set(nameOf(n), report(n, 0));
  const during = new Map(before);
  during.set(nameOf(HAND_EDITED), report(HAND_EDITED, 1));
  for (let n = 2; n <= count; n++) {
    const roll = random();
    if (roll < 0.3) during.set(nameOf(n), report(n, 1));
    else if (roll < 0.45) during.delete(nameOf(n));
  }
  for (let n = count + 1; n <= count + count / 2; n++) during.set(nameOf(n), report(n, 0));
  const after = new Map(during);
  for (let n = 2; n <= count + count / 2; n++) {
    const roll = random();
    if (!during.has(nameOf(n))) {
      if (roll < 0.3) after.set(nameOf(n), report(n, 0));
    } else if (roll < 0.15) after.delete(nameOf(n));
    else if (roll < 0.3) after.set(nameOf(n), report(n, 2));
  }
  return { before, during, after };
}

/** Makes the sources folder hold exactly `sources`. */
function putSources(site: SitePaths, sources: Sources): void {
  for (const name of readdirSync(site.sources)) if (!sources.has(name)) rmSync(join(site.sources, name));
  for (const [name, text] of sources) writeFileSync(join(site.sources, name), text);
}

/**
 * Ingest alone, as a process's whole work, `ROOT TODAY` its arguments: habar compiled, as the
 * tests' habar processes are (support/compiled-habar.ts).
 */
const ingestScript = () => `
  const { syncSources } = await import(${JSON.stringify(pathToFileURL(compiledModule('src/ingest/sync.ts')).href)});
  const { sitePaths } = await import(${JSON.stringify(pathToFileURL(compiledModule('src/core/paths.ts')).href)});
  await syncSources(sitePaths(process.argv[1]), { today: process.argv[2] });`;

/** Runs ingest in a process of its own, stopped at `fault` (HABAR_FAULT) if given; how it ended, and how often it reached each fault point. */
function ingestInChild(site: SitePaths, fault?: string): { signal: NodeJS.Signals | null; tally: FaultTally } {
  const [command, ...args] = [process.execPath, '--enable-source-maps', '--input-type=module', '--eval', ingestScript(), site.root, DAY];
  const tallyFile = join(site.root, 'fault-tally.json');
  const env = { ...process.env, [FAULT_TALLY_ENV]: tallyFile, ...(fault && { [FAULT_ENV]: fault }) };
  const result = spawnSync(command!, args, { env, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0 && result.signal === null) throw new Error(result.stderr);
  const tally = existsSync(tallyFile) ? (JSON.parse(readFileSync(tallyFile, 'utf8')) as FaultTally) : {};
  rmSync(tallyFile, { force: true });
  return { signal: result.signal, tally };
}

/** The articles folder's files and its registry, without the hand-edited article and its entry. */
function articlesWithRegistry(site: SitePaths, except: { file: string; source: string }): { files: Map<string, string>; registry: unknown } {
  const files = snapshotTree(site.articles);
  files.delete(except.file);
  files.delete('registry.json');
  const registry = JSON.parse(readFileSync(join(site.articles, 'registry.json'), 'utf8')) as { articles: Record<string, unknown> };
  delete registry.articles[except.source];
  return { files, registry };
}

interface Prepared {
  /** The site ingested from `before`, its hand edit made, holding `during`'s sources: copied for each kill. */
  base: SitePaths & { cleanup(): void };
  after: Sources;
  /** What ingesting `after` fresh gives, the hand-edited article and its entry left out. */
  expected: ReturnType<typeof articlesWithRegistry>;
  handEdited: { file: string; source: string; bytes: string; kept: KeptFile[] };
  /** How often an ingest of `during` that nothing stops reaches each fault point. */
  tally: FaultTally;
}

async function prepare(random: () => number, count: number): Promise<Prepared> {
  const { before, during, after } = history(random, count);
  const base = makeSite();
  putSources(base, before);
  await syncSources(base, { today: DAY });
  const file = `2026/02/soobschenie-nomer-${HAND_EDITED}.md`;
  const bytes = readFileSync(join(base.articles, file), 'utf8').replace('Версия 0 текста', 'Текст, поправленный редактором,');
  writeFileSync(join(base.articles, file), bytes);
  putSources(base, during);
  const handEdited = {
    file,
    source: nameOf(HAND_EDITED),
    bytes,
    kept: [{ file: `content/articles/${file}`, reason: `edited by hand, so changes to content/sources/${nameOf(HAND_EDITED)} were not applied; delete it to regenerate` }],
  };

  const fresh = makeSite();
  try {
    putSources(fresh, after);
    await syncSources(fresh, { today: DAY });
    const expected = articlesWithRegistry(fresh, handEdited);
    const dry = copySite(base);
    const { tally } = ingestInChild(dry);
    dry.cleanup();
    return { base, after, expected, handEdited, tally };
  } finally {
    fresh.cleanup();
  }
}

/** Ingests `after` in `site` and checks it against a fresh ingest: no orphan, nothing wrongly kept, nothing twice. */
async function expectRecovered(site: SitePaths, prepared: Prepared): Promise<void> {
  putSources(site, prepared.after);
  const recovered = await syncSources(site, { today: DAY });
  expect(recovered.errors).toEqual([]);
  expect(recovered.kept).toEqual(prepared.handEdited.kept);
  expect(readFileSync(join(site.articles, prepared.handEdited.file), 'utf8')).toBe(prepared.handEdited.bytes);
  const { files, registry } = articlesWithRegistry(site, prepared.handEdited);
  expect([...files.keys()].sort()).toEqual([...prepared.expected.files.keys()].sort());
  expect(files).toEqual(prepared.expected.files);
  expect(registry).toEqual(prepared.expected.registry);
}

describe('an ingest killed at any point', () => {
  for (const seeds of [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]]) {
    it(`row 4: kills at seeded points (seeds ${seeds[0]}–${seeds.at(-1)}) are recovered by the next ingest, with sources changed and deleted in between`, async () => {
      const prepared = await prepare(seeded(seeds[0]!), 60);
      try {
        expect(Object.keys(prepared.tally).sort()).toEqual(['ingest:article-removed', 'ingest:article-written', 'ingest:file-staged', 'ingest:registry-saved']);
        for (const seed of seeds) {
          const fault = seededFault(seed, prepared.tally);
          const site = copySite(prepared.base);
          try {
            expect(ingestInChild(site, fault).signal, fault).toBe('SIGKILL');
            await expectRecovered(site, prepared);
          } finally {
            site.cleanup();
          }
        }
      } finally {
        prepared.base.cleanup();
      }
    });
  }

  it('row 4: a kill while the next ingest recovers the last one is recovered too', async () => {
    const random = seeded(11);
    const prepared = await prepare(random, 40);
    try {
      // Recovery stages the registry, saves it, then removes the journal's folder.
      for (const recovering of ['ingest:file-staged:1', 'ingest:registry-saved:1']) {
        const site = copySite(prepared.base);
        try {
          const fault = `ingest:article-written:${1 + Math.floor(random() * prepared.tally['ingest:article-written']!)}`;
          expect(ingestInChild(site, fault).signal, fault).toBe('SIGKILL');
          putSources(site, prepared.after);
          expect(ingestInChild(site, recovering).signal, recovering).toBe('SIGKILL');
          await expectRecovered(site, prepared);
        } finally {
          site.cleanup();
        }
      }
    } finally {
      prepared.base.cleanup();
    }
  });

  it('row 4: the first ingest of a site, killed, is recovered: no "registry.json is missing" stop', async () => {
    const { after } = history(seeded(12), 20);
    const site = makeSite();
    const fresh = makeSite();
    try {
      putSources(site, after);
      expect(ingestInChild(site, 'ingest:article-written:3').signal).toBe('SIGKILL');
      await syncSources(site, { today: DAY });
      putSources(fresh, after);
      await syncSources(fresh, { today: DAY });
      expect(snapshotTree(site.articles)).toEqual(snapshotTree(fresh.articles));
    } finally {
      site.cleanup();
      fresh.cleanup();
    }
  });

  it('row 4: a tag first used by an article of a killed ingest keeps its slug, which no other tag is then given', async () => {
    const site = makeSite();
    try {
      putSources(site, new Map([['a.txt', source(DAY, 'Первая', 'Текст.', '#город')]]));
      await syncSources(site, { today: DAY });
      writeFileSync(join(site.sources, 'b.txt'), source(DAY, 'Вторая', 'Текст.', '#погода'));
      expect(ingestInChild(site, 'ingest:article-written:1').signal).toBe('SIGKILL');
      writeFileSync(join(site.sources, 'c.txt'), source(DAY, 'Третья', 'Текст.', '#pogoda'));
      const { registry } = await syncSources(site, { today: DAY });
      expect(registry.tags).toEqual({ 'город': 'gorod', 'погода': 'pogoda', pogoda: 'pogoda-2' });
    } finally {
      site.cleanup();
    }
  });

  it('row 4: habar build killed from outside while it ingests, then sources deleted and rebuilt: the site of a clean build', async () => {
    const { before, during, after } = history(seeded(13), 150);
    const env = { HABAR_TODAY: DAY };
    const site = makeSite();
    const clean = makeSite();
    try {
      putSources(site, before);
      expect((await buildInProcess(site.root, env)).sync.errors).toEqual([]);
      putSources(site, during);
      const [command, ...args] = habarCommand(['build']);
      const child = spawn(command!, args, { cwd: site.root, env: { ...process.env, ...env }, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      // Killed once ingest has journaled its first file, so some of the articles are written and others not.
      const journal = join(site.articles, `.writing-${child.pid}`, 'journal');
      while (!existsSync(journal) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 2));
      expect(child.kill('SIGKILL')).toBe(true);
      expect(await exited).toBe('SIGKILL');

      putSources(site, after);
      const rebuilt = runHabar(site.root, ['build'], env);
      expect(rebuilt.code, rebuilt.stderr).toBe(0);
      expect(rebuilt.stderr).not.toContain('kept');
      putSources(clean, after);
      expect((await buildInProcess(clean.root, env)).sync.errors).toEqual([]);
      expect(differingFiles(clean.articles, site.articles)).toEqual([]);
      expect(differingFiles(clean.output, site.output)).toEqual([]);
    } finally {
      site.cleanup();
      clean.cleanup();
    }
  });
});
