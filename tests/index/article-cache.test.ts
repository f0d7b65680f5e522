import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleCache, writeArticleCache } from '../../src/index/article-cache.ts';
import { loadArticles } from '../../src/index/load-articles.ts';
import { throwawayFolders } from '../../support/site.ts';

const newFolder = throwawayFolders('habar-article-cache-');
const CACHE = '.cache/habar/articles.ndjson';

function markdown(title: string, day: number): string {
  return `---\ntitle: ${title}\ndate: '2026-01-0${day}'\nurl: /2026/01/n${day}/\ntags:\n  - Сенат\nphotoCredit: Сенат\n---\nТекст.\n`;
}

/** A site root with three articles, read once and cached. */
async function cachedSite() {
  const root = newFolder();
  const articles = join(root, 'content/articles/2026/01');
  mkdirSync(articles, { recursive: true });
  for (const day of [1, 2, 3]) writeFileSync(join(articles, `n${day}.md`), markdown(`Новость ${day}`, day));
  const read = () => loadArticles(join(root, 'content/articles'), root, new Map(), () => readArticleCache(root));
  const first = await read();
  writeArticleCache(root, first);
  return { root, articles, read, first };
}

describe('the article cache', () => {
  it('gives back the articles it was given', async () => {
    const { root, first } = await cachedSite();
    expect([...readArticleCache(root).values()]).toEqual(first);
  });

  it('is taken for a file whose bytes are unchanged, and not for one that changed', async () => {
    const { root, articles, read } = await cachedSite();
    // Doctored in the cache only: what a build reads shows where each article came from.
    const path = join(root, CACHE);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('Новость', 'Из кэша'));
    writeFileSync(join(articles, 'n2.md'), markdown('Исправленная новость', 2));
    expect((await read()).map((article) => article.title)).toEqual(['Из кэша 1', 'Исправленная новость', 'Из кэша 3']);
  });

  it('is ignored when another version of habar wrote it, or when it cannot be read', async () => {
    const { root, read } = await cachedSite();
    const path = join(root, CACHE);
    const [, ...lines] = readFileSync(path, 'utf8').replaceAll('Новость', 'Из кэша').split('\n');
    writeFileSync(path, [JSON.stringify({ habar: 'another' }), ...lines].join('\n'));
    expect((await read()).map((article) => article.title)).toEqual(['Новость 1', 'Новость 2', 'Новость 3']);
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, -40));
    expect(readArticleCache(root).size).toBe(0);
  });
});
