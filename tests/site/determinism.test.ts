import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureLines, runHabar } from '../../support/cli.ts';
import { hostileSources } from '../helpers/hostile-corpus.ts';
import { addFixtureSource, addSource, makeSite, publishedFixtures, snapshotTree, source } from '../../support/site.ts';

// The same sources built in two site roots, written to disk in opposite orders and built under
// different time zones and locales, then one of them built again: every byte must match.
const sources: Array<[name: string, text: string]> = [
  ...Object.entries(hostileSources),
  // Ties: same date and title (slug order), same date (list order), tag spellings used equally often.
  ['2026-06-01-a.txt', source('2026-06-01', 'Одинаковый заголовок', 'Первый.', '#Ничья')],
  ['2026-06-01-b.txt', source('2026-06-01', 'Одинаковый заголовок', 'Второй.', '#НИЧЬЯ')],
  ['2026-06-01-c.txt', source('2026-06-01', 'Другой заголовок', 'Третий.', '#ничья')],
];
let first: ReturnType<typeof makeSite>;
let second: ReturnType<typeof makeSite>;

function buildSite(order: 'forward' | 'reverse', env: Record<string, string>): ReturnType<typeof makeSite> {
  const site = makeSite({ perPage: 3 });
  const fixtureNames = publishedFixtures();
  const all: Array<() => void> = [
    ...fixtureNames.map((name) => () => addFixtureSource(site, name)),
    ...sources.map(([name, text]) => () => addSource(site, name, text)),
  ];
  for (const add of order === 'forward' ? all : all.reverse()) add();
  const result = runHabar(site.root, ['build'], env);
  expect(failureLines(result.stderr)).toEqual([]);
  expect(result.code).toBe(0);
  return site;
}

beforeAll(() => {
  first = buildSite('forward', { TZ: 'UTC', LANG: 'C' });
  second = buildSite('reverse', { TZ: 'Pacific/Kiritimati', LANG: 'kk_KZ.UTF-8' });
});
afterAll(() => {
  first?.cleanup();
  second?.cleanup();
});

describe('two builds of the same sources', () => {
  it('write byte-identical sites', () => {
    const a = snapshotTree(first.output);
    expect(a.size).toBeGreaterThan(80);
    expect(snapshotTree(second.output)).toEqual(a);
  });

  it('write byte-identical articles and registry.json', () => {
    expect(snapshotTree(second.articles)).toEqual(snapshotTree(first.articles));
  });

  it('rebuilding changes nothing', () => {
    const before = { site: snapshotTree(second.output), articles: snapshotTree(second.articles) };
    expect(runHabar(second.root, ['build']).code).toBe(0);
    expect({ site: snapshotTree(second.output), articles: snapshotTree(second.articles) }).toEqual(before);
  });

  it('break ties by source file name: the first same-titled source keeps the plain slug', () => {
    const articles = snapshotTree(first.articles);
    expect([...articles.keys()].filter((file) => file.startsWith('2026/06/')).sort()).toEqual([
      '2026/06/drugoy-zagolovok.md',
      '2026/06/odinakoviy-zagolovok-2.md',
      '2026/06/odinakoviy-zagolovok.md',
    ]);
    const registry = JSON.parse(Buffer.from(articles.get('registry.json')!, 'base64').toString('utf8')) as { articles: Record<string, { file: string }> };
    expect(registry.articles['2026-06-01-a.txt']!.file).toBe('2026/06/odinakoviy-zagolovok.md');
  });
});
