import { describe, expect, it } from 'vitest';
import type { SitePaths } from '../../src/core/paths.ts';
import { runHabar } from '../../support/cli.ts';
import { addSource, snapshotTree, source, throwawaySites } from '../../support/site.ts';
import { buildInProcess } from '../helpers/build-in-process.ts';

// Real builds of a small site, three articles to a page: publishing the newest article must change
// only the pages the design names. Numbered list pages count from the oldest, so none of them
// changes unless the newest chunk of its list fills; related articles are older ones only.
const sites = throwawaySites({ perPage: 3 });
const withSections = throwawaySites({
  perPage: 3,
  sections: [{ name: 'Спорт', slug: 'sport', tags: ['спорт'] }, { name: 'Политика', slug: 'politika', tags: ['политика'] }],
});

const SOURCES: [date: string, tags: string][] = [
  ['2025-11-10', '#экономика'],
  ['2025-12-10', '#спорт'],
  ['2026-01-05', '#экономика'],
  ['2026-01-12', '#экономика'],
  ['2026-01-19', '#спорт'],
  ['2026-01-26', '#политика'],
  ['2026-02-02', '#экономика'],
  ['2026-02-05', '#политика'],
  ['2026-02-09', '#политика'],
];
const FEBRUARY_15 = source('2026-02-15', 'Новость от 2026-02-15', 'Текст.', '#экономика #итоги');

const env = { HABAR_TODAY: '2026-03-01' };

/** The pages of `site` once built: by `habar build`, or (`inProcess`) as it builds them, in this process. */
async function build(site: SitePaths, { inProcess = false } = {}): Promise<Map<string, string>> {
  if (inProcess) expect((await buildInProcess(site.root, env)).sync.errors).toEqual([]);
  else expect(runHabar(site.root, ['build'], env).code).toBe(0);
  const files = snapshotTree(site.output);
  // Pagefind's search bundles (by year, src/index/search-shards.ts) are not pages; their tests are elsewhere.
  for (const path of files.keys()) if (path.startsWith('pagefind/')) files.delete(path);
  return files;
}

/** The sources above and `more`, built; then `added` added and built again by `habar build`: the files that changed. */
async function changedByAdding(added: string, more: Record<string, string> = {}, site: SitePaths = sites()): Promise<string[]> {
  for (const [date, tags] of SOURCES) addSource(site, `${date}.txt`, source(date, `Новость от ${date}`, 'Текст.', tags));
  for (const [name, text] of Object.entries(more)) addSource(site, name, text);
  const before = await build(site, { inProcess: true });
  addSource(site, 'added.txt', added);
  const after = await build(site);
  return [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort();
}

describe('publishing the newest article', () => {
  it('when it fills the newest chunk of a list, that list gains one numbered page and relinks the one before', async () => {
    // Home: 9 → 10 articles, so page 3 appears and page 2 now links up to it. February: 3 → 4, so page 1 appears.
    expect(await changedByAdding(FEBRUARY_15)).toEqual(
      [
        '2026/02/novost-ot-2026-02-15/index.html',
        // The previously newest article: its link to the next article.
        '2026/02/novost-ot-2026-02-09/index.html',
        'index.html',
        'page/2/index.html',
        'page/3/index.html',
        'tags/ekonomika/index.html',
        'tags/ekonomika/feed.xml',
        'tags/itogi/index.html',
        'tags/itogi/feed.xml',
        'tags/index.html',
        'archive/index.html',
        'archive/2026/index.html',
        'archive/2026/02/index.html',
        'archive/2026/02/page/1/index.html',
        'feed.xml',
        'sitemap.xml',
        'news-sitemap.xml',
        // The latest news beside every article's text, read by its script instead of written into each page.
        'latest-news.json',
      ].sort(),
    );
  });

  it('otherwise only base pages, its neighbour, feeds, indexes and sitemaps change: no numbered page', async () => {
    // Home: 10 → 11 articles; February: 4 → 5; #спорт: 2 → 3: no chunk fills.
    const changed = await changedByAdding(source('2026-02-16', 'Новость от 2026-02-16', 'Текст.', '#спорт'), { 'feb-15.txt': FEBRUARY_15 });
    expect(changed).toEqual(
      [
        '2026/02/novost-ot-2026-02-16/index.html',
        '2026/02/novost-ot-2026-02-15/index.html',
        'index.html',
        'tags/sport/index.html',
        'tags/sport/feed.xml',
        'tags/index.html',
        'archive/index.html',
        'archive/2026/index.html',
        'archive/2026/02/index.html',
        'feed.xml',
        'sitemap.xml',
        'news-sitemap.xml',
        // The latest news beside every article's text, read by its script instead of written into each page.
        'latest-news.json',
      ].sort(),
    );
    expect(changed.filter((path) => /(^|\/)page\//.test(path))).toEqual([]);
  });

  it('in a section: its base page and feed change, a numbered page only as its newest chunk fills, another section not at all', async () => {
    // Спорт: 3 → 4 articles, so its page 1 appears; Политика (3 articles) is untouched.
    const sport = source('2026-02-16', 'Новость от 2026-02-16', 'Текст.', '#спорт');
    const sport15 = source('2026-02-15', 'Сборная выиграла турнир', 'Текст.', '#спорт');
    const changed = await changedByAdding(sport, { 'feb-15.txt': sport15 }, withSections());
    expect(changed.filter((path) => /^(sport|politika)\//.test(path))).toEqual(['sport/feed.xml', 'sport/index.html', 'sport/page/1/index.html']);
    const more = await changedByAdding(source('2026-02-17', 'Новость от 2026-02-17', 'Текст.', '#спорт'), { 'feb-15.txt': sport15, 'feb-16.txt': sport }, withSections());
    // Спорт: 4 → 5 articles, no chunk fills.
    expect(more.filter((path) => /^(sport|politika)\//.test(path))).toEqual(['sport/feed.xml', 'sport/index.html']);
  });
});
