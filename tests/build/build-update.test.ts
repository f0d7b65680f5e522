import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../support/corpus/corpus-files.ts';
import { runHabar } from '../../support/cli.ts';
import { differencesFromCleanBuild } from '../helpers/clean-build.ts';
import { addPhoto } from '../helpers/photos.ts';
import { build, builtSites, pagesWritten, UPDATE_SETTINGS as settings, UPDATED } from '../helpers/update-build.ts';
import { addSource, snapshotTree, source } from '../../support/site.ts';

// `habar build` on a site built before: it writes only what changed since the last build, and the
// output must equal a clean full build of the same sources, byte for byte, search bundles included.
// When it must write every page instead: full-rebuild.test.ts.
const builtSite = builtSites();

describe('habar build after a build', () => {
  it('with nothing changed writes no page', async () => {
    const site = builtSite();
    const before = snapshotTree(site.output);
    const result = build(site);
    expect(result.stdout).toMatch(UPDATED);
    expect(pagesWritten(result)).toBe(0);
    expect(snapshotTree(site.output)).toEqual(before);
  });

  it('adds a source: writes its pages and its year\'s search bundle only', async () => {
    const site = builtSite();
    addSource(site, '2026-02-01-new.txt', source('2026-02-01', 'Свежая новость дня', 'Текст.', '#Экономика #НовыйТег'));
    const result = build(site);
    const [, removed, bundles] = UPDATED.exec(result.stdout)!;
    expect([removed, bundles]).toEqual(['0', '1']);
    // The same pages the warm preview rewrites for an addition (incremental-site.test.ts).
    expect(pagesWritten(result)).toBeGreaterThan(1);
    expect(pagesWritten(result)).toBeLessThanOrEqual(19);
    expect(await differencesFromCleanBuild(site, settings)).toEqual([]);
  });

  it('changes a source and deletes another', async () => {
    const site = builtSite();
    const [changed, deleted] = readFiles(site.sources);
    writeFileSync(join(site.sources, changed!.fileName), `${changed!.text.replace(/^(date \S+) .*$/m, '$1 Заголовок, исправленный в источнике')}\nЕщё один абзац.\n`);
    rmSync(join(site.sources, deleted!.fileName));
    const result = build(site);
    expect(Number(UPDATED.exec(result.stdout)![1])).toBeGreaterThan(0);
    expect(await differencesFromCleanBuild(site, settings)).toEqual([]);
  });

  it('adds, replaces and removes a lead photo', async () => {
    const site = builtSite();
    addSource(site, '2026-02-03-photo.txt', source('2026-02-03', 'Новость с фотографией'));
    await addPhoto(site, '2026-02-03-photo.jpg', 1000, 625);
    expect(build(site).stdout).toMatch(UPDATED);
    expect(await differencesFromCleanBuild(site, settings)).toEqual([]);
    await addPhoto(site, '2026-02-03-photo.jpg', 800, 600);
    // The article, and the three list pages that show the photo as a thumbnail.
    expect(pagesWritten(build(site))).toBe(4);
    expect(await differencesFromCleanBuild(site, settings)).toEqual([]);
    rmSync(join(site.sources, '2026-02-03-photo.jpg'));
    build(site);
    expect(await differencesFromCleanBuild(site, settings)).toEqual([]);
  });

  it('publishes a scheduled article on its day, as the daily build of a newsroom does', async () => {
    const site = builtSite();
    addSource(site, '2026-03-10-later.txt', source('2026-03-10', 'Запланированная новость', 'Текст.', '#Экономика'));
    const before = runHabar(site.root, ['build'], { HABAR_TODAY: '2026-03-09' });
    expect(before.stdout).toContain('content/sources/2026-03-10-later.txt: scheduled for 2026-03-10, not published');
    expect(before.stdout).toMatch(UPDATED);
    const onTheDay = runHabar(site.root, ['build'], { HABAR_TODAY: '2026-03-10' });
    expect(onTheDay.stdout).toMatch(UPDATED);
    expect(pagesWritten(onTheDay)).toBeGreaterThan(1);
    expect(await differencesFromCleanBuild(site, settings, { HABAR_TODAY: '2026-03-10' })).toEqual([]);
  });

  it('stops at a bad hand edit before changing anything, and updates once it is fixed', async () => {
    const site = builtSite();
    const before = snapshotTree(site.output);
    const [article] = readFiles(site.sources);
    const markdown = join(site.articles, JSON.parse(readFileSync(join(site.articles, 'registry.json'), 'utf8')).articles[article!.fileName].file);
    const good = readFileSync(markdown, 'utf8');
    writeFileSync(markdown, good.replace(/^title: .*$/m, 'title: [unclosed'));
    const result = runHabar(site.root, ['build']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the front matter is not valid YAML');
    expect(snapshotTree(site.output)).toEqual(before);
    writeFileSync(markdown, good.replace(/^title: .*$/m, 'title: Заголовок, исправленный вручную'));
    expect(build(site).stdout).toMatch(UPDATED);
    expect(await differencesFromCleanBuild(site, settings)).toEqual([]);
  });

  it('gives an article a publication time and changes it, which reorders its day', async () => {
    const site = builtSite();
    addSource(site, '2026-02-05-a.txt', source('2026-02-05', 'Альфа: новость дня', 'Текст.', '#Экономика'));
    addSource(site, '2026-02-05-b.txt', source('2026-02-05', 'Бета: новость дня', 'Текст.', '#Экономика'));
    build(site);
    const entry = (name: string): { file: string; url: string } => JSON.parse(readFileSync(join(site.articles, 'registry.json'), 'utf8')).articles[name];
    // As the parser will write it once sources carry a time; until then, by hand, which ingest keeps.
    const setTime = (name: string, time: string) => {
      const markdown = join(site.articles, entry(name).file);
      const text = readFileSync(markdown, 'utf8').replace(/^time: .*\n/m, '');
      writeFileSync(markdown, text.replace(/^date: .*$/m, `$&\ntime: '${time}'`));
    };
    const page = (name: string) => readFileSync(join(site.output, entry(name).url, 'index.html'), 'utf8');
    // Beta, after Alpha by URL, goes first once it has a time.
    setTime('2026-02-05-b.txt', '18:00');
    expect(pagesWritten(build(site))).toBeGreaterThan(1);
    expect(page('2026-02-05-b.txt')).toContain('<time datetime="2026-02-05T18:00:00+05:00">5 февраля 2026, 18:00</time>');
    expect(await differencesFromCleanBuild(site, settings)).toEqual([]);
    // Alpha gets a later time and goes first again; Beta's time changes.
    setTime('2026-02-05-a.txt', '12:00');
    setTime('2026-02-05-b.txt', '07:15');
    expect(pagesWritten(build(site))).toBeGreaterThan(1);
    expect(page('2026-02-05-b.txt')).toContain('5 февраля 2026, 07:15');
    expect(await differencesFromCleanBuild(site, settings)).toEqual([]);
  });
});
