import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchShards } from '../../src/site/search-shards.ts';
import { SearchWriter } from '../../src/site/search-writer.ts';
import type { SiteArticle } from '../../src/site/site-index.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const article = (url: string, date: string): SiteArticle =>
  ({ title: url, url, date, lang: 'ru', description: '', source: '', body: '', file: '', tags: [] }) as SiteArticle;

const articles = [article('/2026/01/a/', '2026-01-05'), article('/2025/12/b/', '2025-12-30'), article('/2025/11/c/', '2025-11-02')];

/** A built site's article pages, each with text for the index. */
function builtPages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'habar-search-'));
  folders.push(dir);
  for (const { url } of articles) {
    mkdirSync(join(dir, url), { recursive: true });
    writeFileSync(join(dir, url, 'index.html'), `<!doctype html><html lang="ru"><body><article data-pagefind-body><h1>${url}</h1><p>Сенаторы обсудили бюджет.</p></article></body></html>`);
  }
  return dir;
}

describe('SearchWriter', () => {
  it('indexes each shard once its pages are written, in the indexing process, and writes the UI', async () => {
    const site = builtPages();
    const writer = new SearchWriter(site, searchShards(articles));
    writer.written(articles.slice(0, 1));
    writer.written(articles.slice(1));
    await writer.finish();
    expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(['2025', '2026', 'pagefind-ui.css', 'pagefind-ui.js']);
    expect(existsSync(join(site, 'pagefind/2025/pagefind-entry.json'))).toBe(true);
  });

  it('reports a shard that could not be written when it finishes', async () => {
    const site = builtPages();
    // The search folder's place is taken by a file, so no bundle can be written below it.
    writeFileSync(join(site, 'pagefind'), 'not a folder');
    const writer = new SearchWriter(site, searchShards(articles));
    writer.written(articles);
    await expect(writer.finish()).rejects.toThrow(/pagefind/);
  });

  it('reports shards whose pages were never all written', async () => {
    const site = builtPages();
    const writer = new SearchWriter(site, searchShards(articles));
    writer.written(articles.slice(0, 2));
    await expect(writer.finish()).rejects.toThrow('search index: shards 2025 were never written');
  });

  it('stops the indexing process when a build is abandoned', async () => {
    const site = builtPages();
    const writer = new SearchWriter(site, searchShards(articles));
    writer.written(articles.slice(0, 1));
    await writer.abandon();
    expect(existsSync(join(site, 'pagefind/pagefind-ui.js'))).toBe(false);
  });
});
