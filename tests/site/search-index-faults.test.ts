// tier: slow (Pagefind processes on a tmpfs)
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncSources } from '../../src/ingest/sync.ts';
import { ChildStopped } from '../../src/process/child-stopped.ts';
import { writeSearchIndex } from '../../src/site/search-index.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { readSite } from '../../src/site/site-data.ts';
import { cannotMount, throwawayTmpfs } from '../helpers/mounts.ts';
import { addSource, source, throwawaySites } from '../helpers/site.ts';

const newSite = throwawaySites();
const tmpfs = throwawayTmpfs();

describe('the search index on a full disk', () => {
  it('row 2: Pagefind panicking on a full disk fails the write with ENOSPC and the bundle named, at once; the next index starts a new Pagefind', async (context) => {
    const problem = cannotMount();
    context.skip(problem !== undefined, `a tmpfs cannot be mounted here (${problem}), so the disk cannot be filled`);
    const site = newSite();
    addSource(site, '2026-01-05-a.txt', source('2026-01-05', 'Январская новость', 'Сенаторы обсудили бюджет.'));
    await syncSources(site);
    const { index } = await readSite(site.articles, site.root, loadSettings(site.root, {}));
    const disk = tmpfs(2);
    disk.leaveFree(0);
    const output = join(disk.dir, 'site');

    // Pagefind's own API leaves this promise pending forever; the test would time out.
    const failed = writeSearchIndex(output, site.root, index.search);
    await expect(failed).rejects.toBeInstanceOf(ChildStopped);
    await expect(failed).rejects.toMatchObject({ code: 'ENOSPC', path: join(output, 'pagefind/2026'), message: expect.stringMatching(/^the search indexer \(Pagefind\) stopped with exit code 101: .*StorageFull/) });

    rmSync(join(disk.dir, 'filler'));
    await writeSearchIndex(output, site.root, index.search);
    expect(existsSync(join(output, 'pagefind/2026/pagefind-entry.json'))).toBe(true);
  }, 60_000);
});
