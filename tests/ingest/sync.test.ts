import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncSources } from '../../src/ingest/sync.ts';
import { sha256 } from '../../src/ingest/files.ts';
import { loadRegistry } from '../../src/ingest/registry.ts';
import { PARSER_VERSION } from '../../src/source/parse.ts';
import { addFixtureSource, addSource, throwawaySites, snapshotTree, source } from '../../support/site.ts';

const site = throwawaySites();

describe('syncSources', () => {
  it('writes one Markdown file per source and a registry', async () => {
    const paths = site();
    addFixtureSource(paths, '2026-01-27-senate-israel.txt');
    const report = await syncSources(paths);
    expect(report.written).toEqual(['2026-01-27-senate-israel.txt']);
    const file = join(paths.articles, '2026/01/spiker-senata-vstretilsya-s-ministrom-inostrannykh-del-izrailya.md');
    expect(readFileSync(file, 'utf8')).toContain('title: Спикер Сената встретился с министром иностранных дел Израиля');
    const registry = loadRegistry(join(paths.articles, 'registry.json'));
    expect(registry.tags).toEqual({ 'израиль': 'izrail', 'казахстан': 'kazakhstan', 'сенат': 'senat' });
  });

  it('re-ingesting unchanged sources changes no file', async () => {
    const paths = site();
    addFixtureSource(paths, '2026-01-27-senate-israel.txt');
    addFixtureSource(paths, '2026-02-10-kk-library.txt');
    await syncSources(paths);
    const before = snapshotTree(paths.articles);
    const mtimes = [...before.keys()].map((f) => statSync(join(paths.articles, f)).mtimeMs);
    const report = await syncSources(paths);
    expect(report).toMatchObject({ written: [], unchanged: 2, removed: [], kept: [], errors: [] });
    expect(snapshotTree(paths.articles)).toEqual(before);
    expect([...before.keys()].map((f) => statSync(join(paths.articles, f)).mtimeMs)).toEqual(mtimes);
  });

  it('same title on the same day publishes at distinct URLs, stable when more sources arrive', async () => {
    const paths = site();
    addSource(paths, '2026-01-05-b.txt', source('2026-01-05', 'Погода на выходные', 'Второй текст.'));
    await syncSources(paths);
    const first = loadRegistry(join(paths.articles, 'registry.json')).articles['2026-01-05-b.txt']!.url;
    expect(first).toBe('/2026/01/pogoda-na-vykhodnye/');
    // A source that sorts earlier and has the same title arrives later: it must not take the URL.
    addSource(paths, '2026-01-05-a.txt', source('2026-01-05', 'Погода на выходные', 'Первый текст.'));
    await syncSources(paths);
    const registry = loadRegistry(join(paths.articles, 'registry.json'));
    expect(registry.articles['2026-01-05-b.txt']!.url).toBe(first);
    expect(registry.articles['2026-01-05-a.txt']!.url).toBe('/2026/01/pogoda-na-vykhodnye-2/');
  });

  it('a changed title keeps the URL', async () => {
    const paths = site();
    addSource(paths, 'a.txt', source('2026-01-05', 'Первый заголовок'));
    await syncSources(paths);
    addSource(paths, 'a.txt', source('2026-01-05', 'Исправленный заголовок'));
    const report = await syncSources(paths);
    expect(report.written).toEqual(['a.txt']);
    const md = readFileSync(join(paths.articles, '2026/01/perviy-zagolovok.md'), 'utf8');
    expect(md).toContain('title: Исправленный заголовок');
    expect(md).toContain('url: /2026/01/perviy-zagolovok/');
  });

  it('keeps a hand-edited Markdown file and says so', async () => {
    const paths = site();
    addSource(paths, 'a.txt', source('2026-01-05', 'Заголовок'));
    await syncSources(paths);
    const file = join(paths.articles, '2026/01/zagolovok.md');
    const edited = readFileSync(file, 'utf8').replace('Текст сообщения.', 'Текст, исправленный редактором.');
    writeFileSync(file, edited);
    addSource(paths, 'a.txt', source('2026-01-05', 'Заголовок', 'Новый текст из источника.'));
    const report = await syncSources(paths);
    expect(report.written).toEqual([]);
    expect(report.kept).toEqual([{ file: 'content/articles/2026/01/zagolovok.md', reason: 'edited by hand, so changes to content/sources/a.txt were not applied; delete it to regenerate' }]);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('deleting a source removes its article, unless the article was edited by hand', async () => {
    const paths = site();
    addSource(paths, 'a.txt', source('2026-01-05', 'Первая'));
    addSource(paths, 'b.txt', source('2026-01-05', 'Вторая'));
    await syncSources(paths);
    writeFileSync(join(paths.articles, '2026/01/vtoraya.md'), readFileSync(join(paths.articles, '2026/01/vtoraya.md'), 'utf8') + '\nПриписка.\n');
    unlinkSync(join(paths.sources, 'a.txt'));
    unlinkSync(join(paths.sources, 'b.txt'));
    const report = await syncSources(paths);
    expect(report.removed).toEqual(['2026/01/pervaya.md']);
    expect(existsSync(join(paths.articles, '2026/01/pervaya.md'))).toBe(false);
    expect(report.kept.map((k) => k.file)).toEqual(['content/articles/2026/01/vtoraya.md']);
    expect(existsSync(join(paths.articles, '2026/01/vtoraya.md'))).toBe(true);
  });

  it('a bad source is reported with its path and line and leaves the others, and its last good article, intact', async () => {
    const paths = site();
    addSource(paths, 'a.txt', source('2026-01-05', 'Первая'));
    addSource(paths, 'b.txt', source('2026-01-06', 'Вторая'));
    await syncSources(paths);
    const before = snapshotTree(paths.articles);
    addSource(paths, 'b.txt', 'date 2026-02-30 Вторая\n\nТекст.\n');
    addSource(paths, 'c.txt', '');
    const report = await syncSources(paths);
    expect(report.errors.map((e) => e.format())).toEqual([
      'content/sources/b.txt:1: 2026-02-30 is not a date in the calendar',
      'content/sources/c.txt:1: the source is empty; it needs a first line `date YYYY-MM-DD Title`',
    ]);
    expect(snapshotTree(paths.articles)).toEqual(before);
  });

  it('removes what an ingest killed midway left, and leaves no temporary file among the articles', async () => {
    const paths = site();
    addSource(paths, 'a.txt', source('2026-01-05', 'Первая'));
    const killed = join(paths.articles, `.writing-${spawnSync(process.execPath, ['-e', '']).pid}`);
    mkdirSync(killed, { recursive: true });
    writeFileSync(join(killed, '7.tmp'), '---\ntitle: Полови');
    await syncSources(paths);
    expect(existsSync(killed)).toBe(false);
    expect(readdirSync(paths.articles, { recursive: true, encoding: 'utf8' }).sort()).toEqual(['2026', '2026/01', '2026/01/pervaya.md', 'registry.json']);
  });

  it('refuses a report saved twice (same date, title and text), naming the copy it repeats, now and in later builds', async () => {
    const paths = site();
    const report = source('2026-01-05', 'Снег в Астане', 'Снег выпал ночью, сообщает Kazinform.', '#Астана');
    addSource(paths, 'a.txt', report);
    addSource(paths, 'b.txt', report.replace('#Астана', '#астана'));
    const first = await syncSources(paths);
    expect(first.written).toEqual(['a.txt']);
    expect(first.errors.map((e) => e.format())).toEqual(['content/sources/b.txt:1: same date, title and text as content/sources/a.txt: one report saved twice; delete one of them']);
    expect((await syncSources(paths)).errors).toHaveLength(1);
    unlinkSync(join(paths.sources, 'b.txt'));
    expect((await syncSources(paths)).errors).toEqual([]);
  });

  it('a source renamed is no copy of itself', async () => {
    const paths = site();
    const report = source('2026-01-05', 'Снег в Астане', 'Снег выпал ночью, сообщает Kazinform.');
    addSource(paths, 'b.txt', report);
    await syncSources(paths);
    unlinkSync(join(paths.sources, 'b.txt'));
    addSource(paths, 'a.txt', report);
    const renamed = await syncSources(paths);
    expect(renamed.errors).toEqual([]);
    expect(renamed.written).toEqual(['a.txt']);
  });

  it('parses every source again once after the parser changed, keeping URLs and recording no correction', async () => {
    const paths = site();
    addSource(paths, 'a.txt', 'date 2026-01-05 РУ\nСнег выпал в Астане\nПоделиться:\nСнег выпал ночью, сообщает Kazinform.\n');
    await syncSources(paths, { today: '2026-02-01' });
    const registryPath = join(paths.articles, 'registry.json');
    const registry = loadRegistry(registryPath);
    const entry = registry.articles['a.txt']!;
    // What an older parser wrote: the share prompt as text, and no parser version in the registry.
    const file = join(paths.articles, entry.file);
    const older = readFileSync(file, 'utf8').replace('Снег выпал ночью', 'Поделиться:\n\nСнег выпал ночью');
    writeFileSync(file, older);
    delete registry.parser;
    registry.articles['a.txt'] = { ...entry, markdownHash: sha256(older) };
    writeFileSync(registryPath, JSON.stringify(registry));
    const report = await syncSources(paths, { today: '2026-02-01' });
    expect(report.written).toEqual(['a.txt']);
    const rewritten = readFileSync(file, 'utf8');
    expect(rewritten).not.toContain('Поделиться');
    expect(rewritten).not.toContain('modified');
    expect(loadRegistry(registryPath).parser).toBe(PARSER_VERSION);
    expect((await syncSources(paths, { today: '2026-02-01' })).written).toEqual([]);
  });
});
