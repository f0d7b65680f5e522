import { describe, expect, it } from 'vitest';
import { linkArticles } from '../../src/site/article-links.ts';
import { recentNews } from '../../src/site/news-sitemap.ts';
import type { SiteArticle, TagRef } from '../../src/site/site-index.ts';

const tag = (slug: string): TagRef => ({ name: slug, slug, url: `/tags/${slug}/` });
const article = (url: string, date: string, tags: TagRef[]): SiteArticle =>
  ({ title: url, url: `/${url}/`, date, lang: 'ru', description: '', source: '', body: '', file: '', tags }) as SiteArticle;

describe('related articles', () => {
  it('come from the neighbourhood of each tag list, so a tag shared by every article costs a bounded amount per article', () => {
    const big = tag('big');
    const articles = Array.from({ length: 20_000 }, (_, i) => article(`a${i}`, '2026-01-01', [big]));
    const linked = linkArticles(articles);
    expect(linked[10_000]!.related.map((link) => link.url)).toEqual(['/a9975/', '/a9976/', '/a9977/', '/a9978/', '/a9979/']);
    expect(linked[0]!.previous?.url).toBe('/a1/');
    expect(linked[0]!.next).toBeUndefined();
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
