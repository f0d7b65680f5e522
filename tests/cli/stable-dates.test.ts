import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { sitePaths, type SitePaths } from '../../src/ingest/paths.ts';
import { syncSources } from '../../src/ingest/sync.ts';
import { runHabar } from '../helpers/cli.ts';
import { commitAll, git } from '../helpers/git.ts';
import { addSource, snapshotTree, source, throwawayFolders, throwawaySites } from '../helpers/site.ts';

// The newsroom's repository as the Pages workflow builds it: a fresh clone (no _site/, no .cache/),
// content/articles as last committed, built on some day.
const folder = throwawayFolders('habar-clone-');
const lead = 'Парк открылся у реки, сообщает Kazinform.';
const page = '_site/2026/01/v-astane-otkrylsya-noviy-park/index.html';
const park = '2026/01/v-astane-otkrylsya-noviy-park.md';
const snow = '2026/01/v-almaty-vypal-perviy-sneg.md';

function ciBuild(repository: string, day: string): { root: string; site: Map<string, string> } {
  const clone = folder();
  const root = join(clone, 'site');
  git(clone, ['clone', '--quiet', repository, root]);
  const built = runHabar(root, ['build'], { HABAR_TODAY: day });
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
  return { root, site: snapshotTree(join(root, '_site')) };
}

function updatedLine(root: string): string {
  return load(readFileSync(join(root, page), 'utf8'))('.modified').text();
}

function modified(paths: SitePaths, file: string): unknown {
  return matter(readFileSync(join(paths.articles, file), 'utf8')).data.modified;
}

const sites = throwawaySites();

/** A newsroom's site in a git repository, with two reports written and committed. */
function newsroom(): ReturnType<typeof sites> {
  const site = sites();
  addSource(site, '2026-01-05-park.txt', source('2026-01-05', 'В Астане открылся новый парк', lead, '#Астана'));
  addSource(site, '2026-01-06-snow.txt', source('2026-01-06', 'В Алматы выпал первый снег', 'Снег выпал ночью, сообщает Kazinform.', '#Алматы'));
  writeFileSync(join(site.root, '.gitignore'), '_site/\n.cache/\n');
  git(site.root, ['init', '--quiet']);
  commitAll(site.root, '2026-01-06T18:00:00+05:00');
  return site;
}

describe('a CI-shaped build (fresh clone, HABAR_TODAY) on two different days', () => {
  it('with only the sources committed, gives byte-identical output', () => {
    const site = newsroom();
    const first = ciBuild(site.root, '2026-02-10');
    const second = ciBuild(site.root, '2026-02-11');
    expect(second.site).toEqual(first.site);
  });

  it('with content/articles committed and a source corrected in a later commit, dates the correction by that commit, byte-identical', async () => {
    const site = newsroom();
    // The editor builds and commits the articles…
    await syncSources(site, { today: '2026-01-06' });
    commitAll(site.root, '2026-01-06T19:00:00+05:00', 'Articles');
    // …then corrects a source in a commit of its own (in the host's web editor, say): 20:30 UTC is 01:30 in Almaty.
    addSource(site, '2026-01-05-park.txt', source('2026-01-05', 'В Астане открылся новый парк', `${lead} Вход свободный.`, '#Астана'));
    commitAll(site.root, '2026-01-20T20:30:00Z', 'Correction');

    const first = ciBuild(site.root, '2026-02-10');
    const second = ciBuild(site.root, '2026-02-11');
    expect(modified(sitePaths(first.root), park)).toBe('2026-01-21');
    expect(updatedLine(first.root)).toBe('Обновлено 21 января 2026');
    expect(second.site).toEqual(first.site);
  });
});

describe('a correction built before it is committed', () => {
  it('is dated the day it is built, and keeps that date once committed', async () => {
    const site = newsroom();
    await syncSources(site, { today: '2026-01-06' });
    addSource(site, '2026-01-06-snow.txt', source('2026-01-06', 'В Алматы выпал первый снег', 'Снег выпал ночью и растаял, сообщает Kazinform.', '#Алматы'));
    await syncSources(site, { today: '2026-01-25' });
    expect(modified(site, snow)).toBe('2026-01-25');
    commitAll(site.root, '2026-01-27T10:00:00+05:00');
    await syncSources(site, { today: '2026-01-28' });
    expect(modified(site, snow)).toBe('2026-01-25');
  });
});
