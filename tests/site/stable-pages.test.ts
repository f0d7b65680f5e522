import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHabar } from '../helpers/cli.ts';
import { addSource, makeSite, snapshotTree, source } from '../helpers/site.ts';

// Real builds of a small site, three articles to a page: publishing the newest article must change
// only the pages the design names. Numbered list pages count from the oldest, so none of them
// changes unless the newest chunk of its list fills; related articles are older ones only.
let site: ReturnType<typeof makeSite>;
let before: Map<string, string>;

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

function build(): Map<string, string> {
  const result = runHabar(site.root, ['build'], { HABAR_TODAY: '2026-03-01' });
  expect(result.code).toBe(0);
  const files = snapshotTree(site.output);
  // Pagefind's search bundles (by year, src/site/search-shards.ts) are not pages; their tests are elsewhere.
  for (const path of files.keys()) if (path.startsWith('pagefind/')) files.delete(path);
  return files;
}

/** Files added, changed or removed since the last build; the new build becomes the next baseline. */
function changedByRebuild(): string[] {
  const after = build();
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path));
  before = after;
  return changed.sort();
}

beforeAll(() => {
  site = makeSite({ perPage: 3 });
  for (const [date, tags] of SOURCES) addSource(site, `${date}.txt`, source(date, `Новость от ${date}`, 'Текст.', tags));
  before = build();
});
afterAll(() => site.cleanup());

describe('publishing the newest article', () => {
  it('when it fills the newest chunk of a list, that list gains one numbered page and relinks the one before', () => {
    // Home: 9 → 10 articles, so page 3 appears and page 2 now links up to it. February: 3 → 4, so page 1 appears.
    addSource(site, 'a.txt', source('2026-02-15', 'Новость от 2026-02-15', 'Текст.', '#экономика #итоги'));
    expect(changedByRebuild()).toEqual(
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
      ].sort(),
    );
  });

  it('otherwise only base pages, its neighbour, feeds, indexes and sitemaps change: no numbered page', () => {
    addSource(site, 'b.txt', source('2026-02-16', 'Новость от 2026-02-16', 'Текст.', '#спорт'));
    const changed = changedByRebuild();
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
      ].sort(),
    );
    expect(changed.filter((path) => /(^|\/)page\//.test(path))).toEqual([]);
  });
});
