import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../src/index/load-articles.ts';
import { buildSections } from '../../src/index/sections.ts';
import { buildSiteIndex } from '../../src/index/site-index.ts';

const article = (url: string, date: string, tags: string[]): StoredArticle =>
  ({ title: url, url: `/2026/01/${url}/`, date, lang: 'kk', description: '', source: `${url}.txt`, file: `${url}.md`, version: url, tags }) as StoredArticle;

// As ingest registered them: each spelling its own slug, the first seen taking the plain one.
const REGISTRY = { қазақстан: 'qazaqstan', qazaqstan: 'qazaqstan-2', мәдениет: 'madeniet' };
const ARTICLES = [article('a', '2026-01-03', ['Қазақстан', 'мәдениет']), article('b', '2026-01-02', ['Qazaqstan']), article('c', '2026-01-01', ['қазақстан'])];
const tags = (index: ReturnType<typeof buildSiteIndex>) => index.tags.map(({ name, url, count }) => [name, url, count]).sort((a, b) => (a[1]! < b[1]! ? -1 : 1));

describe('tag spellings', () => {
  it('without a table, each spelling (case folded) is a tag of its own', () => {
    expect(tags(buildSiteIndex(ARTICLES, REGISTRY, 20))).toEqual([
      ['мәдениет', '/tags/madeniet/', 1],
      ['Qazaqstan', '/tags/qazaqstan-2/', 1],
      ['Қазақстан', '/tags/qazaqstan/', 2],
    ]);
  });

  it('joined, are one tag with the first spelling\'s name and URL, which stay as they were', () => {
    const index = buildSiteIndex(ARTICLES, REGISTRY, 20, { home: '/kk/', tagSpellings: [['Қазақстан', 'Qazaqstan']] });
    expect(tags(index)).toEqual([
      ['мәдениет', '/kk/tags/madeniet/', 1],
      ['Қазақстан', '/kk/tags/qazaqstan/', 3],
    ]);
    expect(index.articles.map((each) => each.tags.map((tag) => tag.name))).toEqual([['Қазақстан', 'мәдениет'], ['Қазақстан'], ['Қазақстан']]);
    expect(index.tagPages.map((page) => page.url).sort()).toEqual(['/kk/tags/madeniet/', '/kk/tags/qazaqstan/']);
  });

  it('a section naming any spelling of a joined tag holds its articles', () => {
    const spellings = [['Қазақстан', 'Qazaqstan']];
    const index = buildSiteIndex(ARTICLES, REGISTRY, 20, { tagSpellings: spellings });
    const sections = buildSections(index.articles, [{ name: 'Ел', slug: 'el', tags: ['Qazaqstan'] }], 20, '/kk/', spellings);
    expect(sections.articles[0]!.map((each) => each.url)).toEqual(['/2026/01/a/', '/2026/01/b/', '/2026/01/c/']);
    expect(sections.refs[0]!.url).toBe('/kk/el/');
  });
});
