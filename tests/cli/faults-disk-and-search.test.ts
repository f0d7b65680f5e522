import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { habarCommand } from '../../support/cli.ts';
import { escaped, goodSiteForFaults, habarWithin60s, LIMIT_MS, STOPPED } from '../helpers/machine-faults.ts';
import { cannotMount, throwawayTmpfs } from '../helpers/mounts.ts';
import { addSource, source, throwawayFolders } from '../../support/site.ts';

// A disk that fills and a Pagefind process that ends, hangs or cannot start, while a build writes
// (folders that cannot be written: faults-folders.test.ts).
const { siteAt, expectStopped } = goodSiteForFaults();
const tmpfs = throwawayTmpfs();
const folder = throwawayFolders('habar-faults-');

/** The environment with `binary` in the place of Pagefind's binary (the `pagefind` package honours the variable). */
function pagefindAt(binary: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PAGEFIND_BINARY_PATH: binary };
  delete env.PAGEFIND_EXTENDED_BINARY_PATH;
  return env;
}

describe('row 2: a disk that fills, a Pagefind process that ends', () => {
  it.for([
    ['an update build', ['build']],
    ['a full build', ['build', '--full']],
  ] as const)('row 2: a full disk while the site and its search index are written (%s): one line, the last built site as it was', async ([, args], context) => {
    const problem = cannotMount();
    context.skip(problem !== undefined, `a tmpfs cannot be mounted here (${problem}), so the disk cannot be filled`);
    const disk = tmpfs(20);
    const site = siteAt(join(disk.dir, 'site'));
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
    const site = siteAt(join(folder(), 'site'));
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
    const site = siteAt(join(folder(), 'site'));
    addSource(site, '2026-01-10.txt', source('2026-01-10', 'Новость после сбоя'));
    // Reads what it is sent and never answers, using no processor time: a stopped or deadlocked Pagefind.
    const pagefind = join(folder(), 'pagefind');
    writeFileSync(pagefind, '#!/bin/sh\nexec cat > /dev/null\n', { mode: 0o755 });
    const run = habarWithin60s(site.root, ['build'], { env: pagefindAt(pagefind) });
    expectStopped(run, site, new RegExp(`^habar: the search indexer \\(Pagefind\\) hung: no answer and no work for 15 s, so it was ended; run the build again\\. ${escaped(STOPPED)}$`));
  });

  it('row 2: a Pagefind that cannot be started: one line, the last built site as it was', async () => {
    const site = siteAt(join(folder(), 'site'));
    addSource(site, '2026-01-10.txt', source('2026-01-10', 'Новость после сбоя'));
    const missing = join(folder(), 'no-pagefind');
    const run = habarWithin60s(site.root, ['build'], { env: pagefindAt(missing) });
    expectStopped(run, site, new RegExp(`^habar: the search indexer \\(Pagefind\\) could not be started: spawn ${escaped(missing)} ENOENT\\. ${escaped(STOPPED)}$`));
  });
});
