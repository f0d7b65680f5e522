import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFiles, writeFiles } from '../../../support/corpus/corpus-files.ts';
import { generateCorpus } from '../../../support/corpus/corpus.ts';
import { IncrementalWorker } from '../../../src/build/incremental/client.ts';
import { loadSettings } from '../../../src/core/settings/settings.ts';
import { addPhoto } from '../../helpers/photos.ts';
import { htmlFiles } from '../../helpers/links.ts';
import { load } from 'cheerio';
import { buildInProcess } from '../../helpers/build-in-process.ts';
import { differencesFromCleanBuild } from '../../helpers/clean-build.ts';
import { addSource, makeSite, snapshotTree, source } from '../../../support/site.ts';

// A warm site of 40 generated articles, three to a page, updated in place source by source; after
// each update its output must equal a clean full build of the same sources, byte for byte. After
// each case the sources are put back as first built and the site updated to them, so every case
// starts from the same site: how many pages an addition rewrites depends on how full each list is.
const settings = { perPage: 3, pathPrefix: '/news/' };
let warm: ReturnType<typeof makeSite>;
let site: IncrementalWorker;
let firstSources: Map<string, string>;

async function differencesFromFullBuild(): Promise<string[]> {
  return differencesFromCleanBuild(warm, settings);
}

// A warm builder serves a whole preview session: its updates must leave no listeners behind,
// which Node reports past ten on one process as a MaxListenersExceededWarning.
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);

beforeAll(async () => {
  process.on('warning', onWarning);
  warm = makeSite(settings);
  writeFiles(generateCorpus(40, 7), warm.sources);
  expect((await buildInProcess(warm.root)).sync.errors).toEqual([]);
  firstSources = snapshotTree(warm.sources);
  site = await IncrementalWorker.start(warm.root, loadSettings(warm.root, process.env));
});
afterEach(async () => {
  const now = snapshotTree(warm.sources);
  const changed = [...new Set([...now.keys(), ...firstSources.keys()])].filter((name) => now.get(name) !== firstSources.get(name));
  for (const name of changed) {
    const first = firstSources.get(name);
    if (first === undefined) rmSync(join(warm.sources, name));
    else writeFileSync(join(warm.sources, name), Buffer.from(first, 'base64'));
  }
  // A photo is updated through its source, named alike.
  const sources = new Set(changed.map((name) => name.replace(/\.[^.]+$/u, '.txt')));
  if (sources.size > 0) expect((await site.update([...sources])).errors).toEqual([]);
});
afterAll(async () => {
  await site.stop();
  warm.cleanup();
  process.off('warning', onWarning);
  expect(warnings.filter((warning) => warning.startsWith('MaxListenersExceededWarning'))).toEqual([]);
});

describe('incremental update', () => {
  it('adds a source: the article, its neighbour, the base pages of its lists and the tag index', async () => {
    addSource(warm, '2026-02-01-new.txt', source('2026-02-01', 'Свежая новость дня', 'Текст.', '#Экономика #НовыйТег'));
    const result = await site.update(['2026-02-01-new.txt']);
    expect(result.errors).toEqual([]);
    expect(result.written).toEqual(['2026-02-01-new.txt']);
    expect(result.pagesRewritten).toBeGreaterThan(1);
    // The new article, its older neighbour, the base pages of the home list, of its two tags and of
    // its archive month and year (a new month: a new page, and its two neighbouring months' own pages
    // link to it), their feeds, the tag and archive indexes, the sitemaps, the latest news file and,
    // if a chunk filled, a new numbered page and its neighbour: no other numbered list page (they
    // count from the oldest) and no older article (related ones are older; the latest news beside an
    // article are read from /latest-news.json).
    expect(result.pagesRewritten).toBeLessThanOrEqual(19);
    // Only the search bundle of the new article's year is indexed again.
    expect(result.shardsRewritten).toBe(1);
    expect(await differencesFromFullBuild()).toEqual([]);
  });

  it('reports a bad source as file:line: reason and leaves the site as it was', async () => {
    addSource(warm, '2026-02-02-bad.txt', source('2026-02-30', 'Несуществующая дата'));
    const result = await site.update(['2026-02-02-bad.txt']);
    expect(result.errors).toEqual(['content/sources/2026-02-02-bad.txt:1: 2026-02-30 is not a date in the calendar']);
    expect(result.pagesRewritten).toBe(0);
    rmSync(join(warm.sources, '2026-02-02-bad.txt'));
    expect(await differencesFromFullBuild()).toEqual([]);
  });

  it('changes a source and deletes another', async () => {
    const [changed, deleted] = readFiles(warm.sources);
    writeFileSync(join(warm.sources, changed!.fileName), `${changed!.text.replace(/^(date \S+) .*$/m, '$1 Заголовок, исправленный в источнике')}\nЕщё один абзац.\n`);
    rmSync(join(warm.sources, deleted!.fileName));
    const result = await site.update([changed!.fileName, deleted!.fileName]);
    expect(result.removed).toHaveLength(1);
    expect(result.pagesRemoved).toBeGreaterThan(0);
    expect(await differencesFromFullBuild()).toEqual([]);
  });

  it('a photo replaced under the same name: its article page and the lists showing its thumbnail show the new one, and the old files go', async () => {
    addSource(warm, '2026-02-03-photo.txt', source('2026-02-03', 'Новость с фотографией'));
    await addPhoto(warm, '2026-02-03-photo.jpg', 1000, 625);
    expect((await site.update(['2026-02-03-photo.txt'])).errors).toEqual([]);
    await addPhoto(warm, '2026-02-03-photo.jpg', 800, 600);
    const replaced = await site.update(['2026-02-03-photo.txt']);
    expect(replaced.written).toEqual([]);
    // A list item with its thumbnail, or the front page's lead story with its photo.
    const showing = htmlFiles(warm.output).filter((file) =>
      load(readFileSync(file, 'utf8'))('li.with-thumb > a, .front-lead:has(picture) h2 a').is('[href*="/novost-s-fotograf"]'),
    );
    expect(showing.length).toBeGreaterThan(0);
    expect(replaced.pagesRewritten).toBe(1 + showing.length);
    expect(await differencesFromFullBuild()).toEqual([]);
    rmSync(join(warm.sources, '2026-02-03-photo.jpg'));
    expect((await site.update(['2026-02-03-photo.txt'])).written).toEqual(['2026-02-03-photo.txt']);
    expect(await differencesFromFullBuild()).toEqual([]);
  });
});
