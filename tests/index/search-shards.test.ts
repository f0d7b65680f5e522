import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchShards } from '../../src/index/search-shards.ts';
import type { SiteArticle } from '../../src/index/site-index.ts';
import { runHabar } from '../../support/cli.ts';
import { addSource, snapshotTree, source, throwawaySites } from '../../support/site.ts';
import { buildInProcess } from '../helpers/build-in-process.ts';

/** Newest first, as the site index keeps them; `url` is where ingest placed the page. */
const article = (url: string, date: string): SiteArticle =>
  ({ title: url, url, date, lang: 'ru', description: '', source: '', file: '', version: '', tags: [] }) as SiteArticle;

const ids = (shards: ReturnType<typeof searchShards>) => shards.map((shard) => shard.id);

describe('search shards', () => {
  it('are one per year, newest first, each with its articles', () => {
    const articles = [article('/2026/02/b/', '2026-02-03'), article('/2026/01/a/', '2026-01-05'), article('/2025/12/z/', '2025-12-31')];
    const shards = searchShards(articles);
    expect(ids(shards)).toEqual(['2026', '2025']);
    expect(shards[0]!.bundle).toBe('/pagefind/2026/');
    expect(shards[0]!.articles.map((a) => a.url)).toEqual(['/2026/02/b/', '/2026/01/a/']);
    expect(shards[1]!.articles.map((a) => a.url)).toEqual(['/2025/12/z/']);
  });

  it('split a year larger than the limit into runs of months, so new articles change only the newest run', () => {
    const months = ['05', '04', '03', '02', '01'];
    const articles = months.flatMap((month) => [1, 2, 3].map((n) => article(`/2026/${month}/a${n}/`, `2026-${month}-1${n}`)));
    expect(ids(searchShards(articles, 7))).toEqual(['2026-05-05', '2026-03-04', '2026-01-02']);
    // A month larger than the limit is a run of its own.
    expect(ids(searchShards(articles, 2))).toEqual(['2026-05-05', '2026-04-04', '2026-03-03', '2026-02-02', '2026-01-01']);
  });

  it('group pages by the folder they live in, and put a page moved elsewhere by a hand edit in a shard of its own', () => {
    // A corrected date keeps the URL ingest gave the article: its page is still under 2025/12.
    const shards = searchShards([article('/2026/01/a/', '2026-01-02'), article('/2025/12/b/', '2026-01-01'), article('/special/c/', '2025-06-01')]);
    expect(ids(shards)).toEqual(['2026', '2025', 'other']);
    expect(shards[1]!.articles.map((a) => a.url)).toEqual(['/2025/12/b/']);
    expect(shards[2]).toMatchObject({ bundle: '/pagefind/other/' });
    expect(shards[2]!.articles.map((a) => a.url)).toEqual(['/special/c/']);
  });

  it('are none for a site without articles', () => {
    expect(searchShards([])).toEqual([]);
  });
});

describe('search bundles in a real build', () => {
  const newSite = throwawaySites();

  it('writes one bundle per shard and indexes a page moved by a hand-edited url', async () => {
    const site = newSite();
    addSource(site, '2026-01-05-a.txt', source('2026-01-05', 'Январская новость'));
    addSource(site, '2025-12-30-b.txt', source('2025-12-30', 'Декабрьская новость'));
    expect((await buildInProcess(site.root)).sync.errors).toEqual([]);
    const markdown = join(site.articles, '2025/12/dekabrskaya-novost.md');
    writeFileSync(markdown, readFileSync(markdown, 'utf8').replace('url: /2025/12/dekabrskaya-novost/', 'url: /special/dekabr/'));
    expect(runHabar(site.root, ['build']).code).toBe(0);

    const searchDir = join(site.output, 'pagefind');
    expect(readdirSync(searchDir).sort()).toEqual(['2026', 'other']);
    const pagesIn = (bundle: string) => {
      const entry = JSON.parse(readFileSync(join(searchDir, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    };
    expect([pagesIn('2026'), pagesIn('other')]).toEqual([1, 1]);
    expect(readFileSync(join(site.output, 'search/index.html'), 'utf8')).toContain('data-bundles="/pagefind/2026/ /pagefind/other/"');
  });
});

describe('search bundles on a rebuild', () => {
  const newSite = throwawaySites();

  it('are taken from the last build where their records are unchanged, and equal a clean build', async () => {
    const site = newSite();
    addSource(site, '2025-06-05-a.txt', source('2025-06-05', 'Летняя новость'));
    addSource(site, '2026-01-05-b.txt', source('2026-01-05', 'Январская новость'));
    expect((await buildInProcess(site.root)).sync.errors).toEqual([]);
    const entry = (root: string, bundle: string) => statSync(join(root, 'pagefind', bundle, 'pagefind-entry.json')).ino;
    const before = { 2025: entry(site.output, '2025'), 2026: entry(site.output, '2026') };

    addSource(site, '2026-02-10-c.txt', source('2026-02-10', 'Февральская новость'));
    expect(runHabar(site.root, ['build']).code).toBe(0);
    expect(entry(site.output, '2025')).toBe(before[2025]);
    expect(entry(site.output, '2026')).not.toBe(before[2026]);

    const clean = newSite();
    for (const name of readdirSync(site.sources)) addSource(clean, name, readFileSync(join(site.sources, name)));
    expect((await buildInProcess(clean.root)).sync.errors).toEqual([]);
    expect(snapshotTree(site.output)).toEqual(snapshotTree(clean.output));
  });
});
