import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemLines, runHabar } from '../../support/cli.ts';
import { differencesFromCleanBuild } from '../helpers/clean-build.ts';
import { addSource, makeSite, snapshotTree, source } from '../../support/site.ts';

const PAGE = 4096;

/** Whether this process may mount a tmpfs (root, or a container that allows it): a disk that really fills up. */
function canMountTmpfs(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'habar-tmpfs-'));
  try {
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status !== 0) return false;
    return spawnSync('umount', [probe]).status === 0;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

describe('a disk that fills up while ingest saves', () => {
  it.runIf(canMountTmpfs())('row 14: saving registry.json on a full disk stops with one line; the registry, articles and site stay; the next build finishes', async () => {
    const site = makeSite();
    const env = { HABAR_TODAY: '2026-02-28' };
    mkdirSync(site.articles);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', site.articles]).status).toBe(0);
    try {
      // 80 articles: a registry of several pages, each article a page.
      for (let n = 1; n <= 80; n++) addSource(site, `2026-02-${n}.txt`, source('2026-02-01', `Заметка номер ${n}`, 'Текст заметки.', '#город'));
      expect(runHabar(site.root, ['build'], env).code).toBe(0);
      const registry = readFileSync(join(site.articles, 'registry.json'));
      expect(registry.length).toBeGreaterThan(5 * PAGE);
      const articles = snapshotTree(site.articles);
      const output = snapshotTree(site.output);

      // Room for the journal and the new article, not for the larger registry.
      const { bavail, bsize } = statfsSync(site.articles);
      writeFileSync(join(site.articles, '.filler'), Buffer.alloc(bavail * bsize - 3 * PAGE));
      addSource(site, '2026-02-new.txt', source('2026-02-02', 'Новая заметка', 'Текст новой заметки.', '#город'));
      const full = runHabar(site.root, ['build'], env);
      expect(full.code).toBe(1);
      expect(problemLines(full.stderr)).toEqual(['habar: the disk is full while saving content/articles/registry.json; nothing was published; free space and build again']);
      expect(readFileSync(join(site.articles, 'registry.json'))).toEqual(registry);
      for (const [file, bytes] of articles) expect(snapshotTree(site.articles).get(file), file).toBe(bytes);
      expect(snapshotTree(site.output)).toEqual(output);

      rmSync(join(site.articles, '.filler'));
      const freed = runHabar(site.root, ['build'], env);
      expect(freed.code, freed.stderr).toBe(0);
      expect(readdirSync(site.articles).filter((name) => name.startsWith('.'))).toEqual([]);
      expect(JSON.parse(readFileSync(join(site.articles, 'registry.json'), 'utf8')).articles['2026-02-new.txt'].file).toBe('2026/02/novaya-zametka.md');
      expect(readdirSync(join(site.articles, '2026/02'))).toHaveLength(81);
      expect(await differencesFromCleanBuild(site, {}, env)).toEqual([]);
    } finally {
      spawnSync('umount', [site.articles]);
      site.cleanup();
    }
  });
});
