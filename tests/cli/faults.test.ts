import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePaths, type SitePaths } from '../../src/core/paths.ts';
import { habarCommand, problemLines } from '../../support/cli.ts';
import { buildInProcess } from '../helpers/build-in-process.ts';
import { buildGoodSite } from '../helpers/good-site.ts';
import { cannotMount, throwawayTmpfs } from '../helpers/mounts.ts';
import { addSource, makeSite, snapshotTree, source, throwawayFolders } from '../../support/site.ts';

// Faults of the machine rather than of the content: a disk that fills, a Pagefind process that is
// killed, folders that cannot be written. Each must end the build within 60 s with one line naming
// what failed, exit code 1, and the last built site as it was.
const LIMIT_MS = 60_000;
const STOPPED = 'Build stopped; the last built site was left as it was.';

let built: ReturnType<typeof makeSite>;
let lastGood: Map<string, string>;
beforeAll(async () => {
  ({ built, lastGood } = await buildGoodSite(9));
});
afterAll(() => built.cleanup());

const tmpfs = throwawayTmpfs();
const folder = throwawayFolders('habar-faults-');

/** The good site copied to `root` and built there once (in this process), so that the next `habar build` updates it (its record holds). */
async function siteAt(root: string): Promise<SitePaths> {
  cpSync(built.root, root, { recursive: true });
  const site = sitePaths(root);
  expect((await buildInProcess(root)).sync.errors).toEqual([]);
  expect(snapshotTree(site.output)).toEqual(lastGood);
  return site;
}

interface Run {
  code: number | null;
  stderr: string;
  milliseconds: number;
}

/** `habar ARGS` in `cwd`, stopped if it runs past the limit. */
function habarWithin60s(cwd: string, args: string[], options: SpawnSyncOptions = {}): Run {
  const [command, ...rest] = habarCommand(args);
  const started = Date.now();
  const result = spawnSync(command!, rest, { cwd, encoding: 'utf8', timeout: LIMIT_MS, ...options });
  return { code: result.status, stderr: String(result.stderr), milliseconds: Date.now() - started };
}

/** One line matching `line`, exit code 1, within the limit; the last built site intact and no half-built folder left beside it. */
function expectStopped(run: Run, site: SitePaths, line: RegExp): void {
  expect(run.milliseconds).toBeLessThan(LIMIT_MS);
  expect(problemLines(run.stderr)).toEqual([expect.stringMatching(line)]);
  expect(run.code).toBe(1);
  expect(snapshotTree(site.output)).toEqual(lastGood);
  expect(readdirSync(site.root).filter((name) => /^_site\./.test(name))).toEqual([]);
}

/** The environment with `binary` in the place of Pagefind's binary (the `pagefind` package honours the variable). */
function pagefindAt(binary: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PAGEFIND_BINARY_PATH: binary };
  delete env.PAGEFIND_EXTENDED_BINARY_PATH;
  return env;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('row 2: a disk that fills, a Pagefind process that ends', () => {
  it.for([
    ['an update build', ['build']],
    ['a full build', ['build', '--full']],
  ] as const)('row 2: a full disk while the site and its search index are written (%s): one line, the last built site as it was', async ([, args], context) => {
    const problem = cannotMount();
    context.skip(problem !== undefined, `a tmpfs cannot be mounted here (${problem}), so the disk cannot be filled`);
    const disk = tmpfs(20);
    const site = await siteAt(join(disk.dir, 'site'));
    // Articles in years of their own: each is a search bundle of its own, some 230 kB with
    // Pagefind's engines, so the search index needs more room than the pages.
    for (let year = 2016; year <= 2025; year++) addSource(site, `${year}-05-01.txt`, source(`${year}-05-01`, `Новость ${year} года`, 'Текст.', '#тест'));
    // Room for ingest's Markdown files, not for the pages and bundles they make.
    disk.leaveFree(400_000);
    const run = habarWithin60s(site.root, [...args]);
    const what = '(the site|the search index|the build cache) \\((_site\\.building-\\d+|\\.cache)[^)]*\\)';
    expectStopped(run, site, new RegExp(`^habar: the disk is full while writing ${what}; free some space on it\\. ${escaped(STOPPED)}$`));
  });

  it.each([
    ['an update build', ['build']],
    ['a full build', ['build', '--full']],
  ])('row 2: the Pagefind process killed midway (%s): one line, the last built site as it was', async (_, args) => {
    const site = await siteAt(join(folder(), 'site'));
    addSource(site, '2026-01-10.txt', source('2026-01-10', 'Новость после сбоя'));
    // A Pagefind that never answers stands in for the real one, so that it is surely killed while
    // the build waits on it; it writes its process id once it runs, by a rename so that the file is
    // never seen empty (an empty one would read as pid 0, and kill(0) ends the whole process group).
    const pids = join(folder(), 'pids');
    const pagefind = join(folder(), 'pagefind');
    writeFileSync(pagefind, `#!/bin/sh\necho $$ > '${pids}.$$' && mv '${pids}.$$' '${pids}'\nexec cat > /dev/null\n`, { mode: 0o755 });
    const [command, ...rest] = habarCommand(args);
    const env = pagefindAt(pagefind);
    const started = Date.now();
    const child = spawn(command!, rest, { cwd: site.root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      while (!existsSync(pids) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
      const pid = Number(readFileSync(pids, 'utf8').split('\n')[0]);
      expect(pid).toBeGreaterThan(1);
      process.kill(pid, 'SIGKILL');
      const code = await exited;
      expectStopped({ code, stderr, milliseconds: Date.now() - started }, site, new RegExp(`^habar: the search indexer \\(Pagefind\\) was killed \\(SIGKILL\\)\\. ${escaped(STOPPED)}$`));
    } finally {
      child.kill('SIGKILL');
    }
  }, LIMIT_MS);

  it('row 2: a Pagefind that hangs, alive but doing nothing: one line, the last built site as it was', async () => {
    const site = await siteAt(join(folder(), 'site'));
    addSource(site, '2026-01-10.txt', source('2026-01-10', 'Новость после сбоя'));
    // Reads what it is sent and never answers, using no processor time: a stopped or deadlocked Pagefind.
    const pagefind = join(folder(), 'pagefind');
    writeFileSync(pagefind, '#!/bin/sh\nexec cat > /dev/null\n', { mode: 0o755 });
    const run = habarWithin60s(site.root, ['build'], { env: pagefindAt(pagefind) });
    expectStopped(run, site, new RegExp(`^habar: the search indexer \\(Pagefind\\) hung: no answer and no work for 15 s, so it was ended; run the build again\\. ${escaped(STOPPED)}$`));
  });

  it('row 2: a Pagefind that cannot be started: one line, the last built site as it was', async () => {
    const site = await siteAt(join(folder(), 'site'));
    addSource(site, '2026-01-10.txt', source('2026-01-10', 'Новость после сбоя'));
    const missing = join(folder(), 'no-pagefind');
    const run = habarWithin60s(site.root, ['build'], { env: pagefindAt(missing) });
    expectStopped(run, site, new RegExp(`^habar: the search indexer \\(Pagefind\\) could not be started: spawn ${escaped(missing)} ENOENT\\. ${escaped(STOPPED)}$`));
  });
});

describe('row 3: site folders that cannot be written', () => {
  it('row 3: a read-only file system (EROFS), for an update and a full build: the staging folder named, no hang', async (context) => {
    const problem = cannotMount();
    context.skip(problem !== undefined, `a tmpfs cannot be mounted here (${problem}), so no file system can be made read-only`);
    const disk = tmpfs(20);
    const site = await siteAt(join(disk.dir, 'site'));
    disk.readOnly(true);
    for (const args of [['build'], ['build', '--full']]) {
      const run = habarWithin60s(site.root, args);
      expectStopped(run, site, new RegExp(`^habar: cannot write _site\\.building-\\d+ in ${escaped(site.root)}: the file system is read-only; mount it read-write\\. ${escaped(STOPPED)}$`));
    }
  });

  it('row 3: a site folder that denies writing (EACCES), for an update and a full build: the folder and the fix named', (context) => {
    // Root may write anywhere, so the build runs as an unprivileged user then (uid/gid 65534, "nobody").
    const asUser: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const root = join(folder(), 'site');
    cpSync(built.root, root, { recursive: true });
    if (asUser.uid !== undefined) spawnSync('chown', ['-R', '65534:65534', join(root, '..')]);
    const first = habarWithin60s(root, ['build'], asUser);
    context.skip(first.code !== 0, `habar cannot be run as an unprivileged user here: ${first.stderr.split('\n')[0]}`);
    const site = sitePaths(root);
    chmodSync(root, 0o555);
    try {
      for (const args of [['build'], ['build', '--full']]) {
        const run = habarWithin60s(root, args, asUser);
        expectStopped(run, site, new RegExp(`^habar: cannot write _site\\.building-\\d+ in ${escaped(root)}: permission denied; make ${escaped(root)} writable\\. ${escaped(STOPPED)}$`));
      }
    } finally {
      chmodSync(root, 0o755);
    }
  });

  it.each([
    ['a file (ENOTDIR)', (cache: string) => writeFileSync(cache, 'not a folder'), '\\.cache is a file, not a folder; move it out of the way'],
    ['a link to a folder that is gone (ENOENT)', (cache: string) => symlinkSync(join(cache, '../gone'), cache), '\\.cache is a link to a folder that does not exist; restore that folder or delete the link'],
  ])('row 3: .cache is %s, for an update and a full build: the folder and the fix named', async (_, breakCache, reason) => {
    const site = await siteAt(join(folder(), 'site'));
    addSource(site, '2026-01-10.txt', source('2026-01-10', 'Новость после сбоя'));
    const cache = join(site.root, '.cache');
    for (const args of [['build'], ['build', '--full']]) {
      rmSync(cache, { recursive: true, force: true });
      breakCache(cache);
      const run = habarWithin60s(site.root, args);
      expectStopped(run, site, new RegExp(`^habar: cannot write \\.cache/habar in ${escaped(site.root)}: ${reason}\\. ${escaped(STOPPED)}$`));
    }
  });

  it('row 3: habar start on a read-only file system: the preview builder says why in one line, and the preview exits', (context) => {
    const problem = cannotMount();
    context.skip(problem !== undefined, `a tmpfs cannot be mounted here (${problem}), so no file system can be made read-only`);
    const disk = tmpfs(20);
    const root = join(disk.dir, 'site');
    cpSync(built.root, root, { recursive: true });
    disk.readOnly(true);
    const run = habarWithin60s(root, ['start', '--port', '0']);
    expect(run.milliseconds).toBeLessThan(LIMIT_MS);
    expect(problemLines(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^habar: cannot write _site\\.preview\\.building-\\d+ in ${escaped(root)}: the file system is read-only; mount it read-write\\. The preview was not rendered\\.$`))]);
    expect(run.code).toBe(1);
  });

  it('row 3: habar new in a read-only sources folder: the folder and the fix named, no build outcome', (context) => {
    const problem = cannotMount();
    context.skip(problem !== undefined, `a tmpfs cannot be mounted here (${problem}), so no file system can be made read-only`);
    const disk = tmpfs(1);
    const site = makeSite();
    cpSync(site.root, disk.dir, { recursive: true });
    site.cleanup();
    disk.readOnly(true);
    const run = habarWithin60s(disk.dir, ['new', 'Заголовок'], { env: { ...process.env, HABAR_TODAY: '2026-02-01' } });
    expect(problemLines(run.stderr)).toEqual([`habar: cannot write 2026-02-01-zagolovok.txt in ${join(disk.dir, 'content/sources')}: the file system is read-only; mount it read-write.`]);
    expect(run.code).toBe(1);
  });
});
