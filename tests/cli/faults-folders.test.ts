import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, cpSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../src/core/paths.ts';
import { problemLines } from '../../support/cli.ts';
import { escaped, goodSiteForFaults, habarWithin60s, LIMIT_MS, STOPPED } from '../helpers/machine-faults.ts';
import { cannotMount, throwawayTmpfs } from '../helpers/mounts.ts';
import { addSource, makeSite, source, throwawayFolders } from '../../support/site.ts';

// Site folders that cannot be written: a read-only file system, a folder that denies writing, a
// .cache in the way (a disk that fills and Pagefind's faults: faults-disk-and-search.test.ts).
const { root: goodRoot, siteAt, expectStopped } = goodSiteForFaults();
const tmpfs = throwawayTmpfs();
const folder = throwawayFolders('habar-faults-');

describe('row 3: site folders that cannot be written', () => {
  it('row 3: a read-only file system (EROFS), for an update and a full build: the staging folder named, no hang', async (context) => {
    const problem = cannotMount();
    context.skip(problem !== undefined, `a tmpfs cannot be mounted here (${problem}), so no file system can be made read-only`);
    const disk = tmpfs(20);
    const site = siteAt(join(disk.dir, 'site'));
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
    cpSync(goodRoot(), root, { recursive: true });
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
    const site = siteAt(join(folder(), 'site'));
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
    cpSync(goodRoot(), root, { recursive: true });
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
