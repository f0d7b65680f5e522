import { describe, expect, it } from 'vitest';
import { linkArticles } from '../../src/index/article-links.ts';
import { recentNews } from '../../src/index/news-sitemap.ts';
import type { SiteArticle, TagRef } from '../../src/index/site-index.ts';

const tag = (slug: string): TagRef => ({ name: slug, slug, url: `/tags/${slug}/` });
const article = (url: string, date: string, tags: TagRef[]): SiteArticle =>
  ({ title: url, url: `/${url}/`, date, lang: 'ru', description: '', source: '', file: '', tags }) as SiteArticle;

describe('related articles', () => {
  it('come from the next older articles of each tag list, so a tag shared by every article costs a bounded amount per article', () => {
    const big = tag('big');
    const articles = Array.from({ length: 20_000 }, (_, i) => article(`a${i}`, '2026-01-01', [big]));
    const linked = linkArticles(articles);
    expect(linked[10_000]!.related.map((link) => link.url)).toEqual(['/a10001/', '/a10002/', '/a10003/', '/a10004/', '/a10005/']);
    expect(linked.at(-1)!.related).toEqual([]);
    expect(linked[0]!.previous?.url).toBe('/a1/');
    expect(linked[0]!.next).toBeUndefined();
  });

  it('are older only: more shared tags first, then the newest, among the next 25 older in each tag list', () => {
    const [a, b, c] = [tag('a'), tag('b'), tag('c')];
    // Newest first: n0 is newer than every other and shares all its tags; far is 26th older in tag c.
    const articles = [
      article('n0', '2026-03-01', [a, b, c]),
      article('x', '2026-02-01', [a, b, c]),
      article('one', '2026-01-30', [a]),
      article('two', '2026-01-20', [a, b]),
      ...Array.from({ length: 25 }, (_, i) => article(`c${i}`, '2026-01-10', [c])),
      article('far', '2025-12-01', [a, c]),
    ];
    const linked = linkArticles(articles);
    // n0 is newer, so never related; `far` is in reach through tag a (in tag c it is the 26th older, out of reach).
    expect(linked[1]!.related.map((link) => link.url)).toEqual(['/two/', '/far/', '/one/', '/c0/', '/c1/']);
    expect(linked[3]!.related.map((link) => link.url)).toEqual(['/far/']);
  });
});

describe('news sitemap selection', () => {
  it('takes the newest article’s day and the day before, at most 1,000', () => {
    const many = Array.from({ length: 1500 }, (_, i) => article(`n${i}`, i < 1200 ? '2026-04-21' : '2026-04-20', []));
    expect(recentNews(many)).toHaveLength(1000);
    const few = [article('a', '2026-03-01', []), article('b', '2026-02-28', []), article('c', '2026-02-27', [])];
    expect(recentNews(few).map((a) => a.url)).toEqual(['/a/', '/b/']);
    expect(recentNews([])).toEqual([]);
  });
});
