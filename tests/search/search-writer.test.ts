// tier: slow (a search indexing process per test)
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncSources } from '../../src/ingest/sync.ts';
import { loadSettings } from '../../src/core/settings/settings.ts';
import { readSite } from '../../src/index/site-data.ts';
import { SearchWriter } from '../../src/search/search-writer.ts';
import { addSource, source, throwawaySites } from '../../support/site.ts';

const newSite = throwawaySites();

/** An ingested site with articles in 2025 and 2026, and its search shards; no page written yet. */
async function ingestedSite() {
  const site = newSite();
  addSource(site, '2026-01-05-a.txt', source('2026-01-05', 'Январская новость', 'Сенаторы обсудили бюджет.'));
  addSource(site, '2025-12-30-b.txt', source('2025-12-30', 'Декабрьская новость'));
  addSource(site, '2025-11-02-c.txt', source('2025-11-02', 'Ноябрьская новость'));
  await syncSources(site);
  const { index } = await readSite(site.articles, site.root, loadSettings(site.root, {}));
  mkdirSync(site.output);
  return { site, shards: index.search };
}

describe('SearchWriter', () => {
  it('indexes every shard of the ingested articles, in the indexing process; no bundle holds Pagefind\'s UIs', async () => {
    const { site, shards } = await ingestedSite();
    const writer = new SearchWriter(site.output, site.root);
    writer.index(shards);
    await writer.finish();
    expect(readdirSync(join(site.output, 'pagefind')).sort()).toEqual(['2025', '2026']);
    expect(existsSync(join(site.output, 'pagefind/2025/pagefind-entry.json'))).toBe(true);
    expect(readdirSync(join(site.output, 'pagefind/2025')).filter((file) => file.includes('-ui'))).toEqual([]);
  });

  it('reports a shard that could not be written when it finishes', async () => {
    const { site, shards } = await ingestedSite();
    // The search folder's place is taken by a file, so no bundle can be written below it.
    writeFileSync(join(site.output, 'pagefind'), 'not a folder');
    const writer = new SearchWriter(site.output, site.root);
    writer.index(shards);
    await expect(writer.finish()).rejects.toThrow(/pagefind/);
  });

  it('stops the indexing process when a build is abandoned', async () => {
    const { site, shards } = await ingestedSite();
    const writer = new SearchWriter(site.output, site.root);
    writer.index(shards.slice(0, 1));
    await writer.abandon();
    // The shard being indexed is finished first: its bundle is whole or not there.
    const bundle = join(site.output, 'pagefind', shards[0]!.id);
    expect(!existsSync(bundle) || existsSync(join(bundle, 'pagefind-entry.json'))).toBe(true);
  });
});
