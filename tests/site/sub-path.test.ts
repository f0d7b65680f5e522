import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHabar } from '../../support/cli.ts';
import { brokenLinks, htmlFiles } from '../helpers/links.ts';
import { addPhoto } from '../helpers/photos.ts';
import { addFixtureSource, addSource, makeSite, source } from '../../support/site.ts';

// The site deployed under https://habar.example.kz/news/, the prefix given as CI would give it.
let site: ReturnType<typeof makeSite>;
const origin = 'https://habar.example.kz';
const read = (path: string) => readFileSync(join(site.output, path), 'utf8');

beforeAll(async () => {
  site = makeSite({ perPage: 1 });
  addFixtureSource(site, '2026-01-27-senate-israel.txt');
  await addPhoto(site, '2026-01-27-senate-israel.jpg');
  addFixtureSource(site, '2026-02-10-kk-library.txt');
  addSource(site, 'extra.txt', source('2026-01-20', 'Ещё одна новость', 'Текст.', '#Сенат'));
  const result = runHabar(site.root, ['build'], { HABAR_PATH_PREFIX: 'news' });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
});
afterAll(() => site.cleanup());

describe('a build under /news/', () => {
  it('every link, image and stylesheet in every page resolves to a built file', () => {
    expect(htmlFiles(site.output).length).toBeGreaterThan(20);
    expect(brokenLinks(site.output, '/news/', origin)).toEqual([]);
    // The same output served from the domain root would be broken: the check can tell.
    expect(brokenLinks(site.output, '/', origin)).toContain('index.html: /news/assets/site.css');
  });

  it('pages link the stylesheet, feeds and canonical URL under the prefix', () => {
    const $ = load(read('index.html'));
    expect($('link[rel=stylesheet]').attr('href')).toBe('/news/assets/site.css');
    expect($('link[rel=alternate]').attr('href')).toBe('/news/feed.xml');
    expect($('link[rel=canonical]').attr('href')).toBe(`${origin}/news/`);
  });

  it('feeds, sitemaps and robots.txt use full URLs under the prefix', () => {
    const urls = [
      ...load(read('feed.xml'), { xml: true })('link').map((_, el) => el.attribs.href!).get(),
      ...load(read('tags/senat/feed.xml'), { xml: true })('link').map((_, el) => el.attribs.href!).get(),
      ...load(read('sitemap.xml'), { xml: true })('loc').map((_, el) => load(el).text()).get(),
      ...load(read('news-sitemap.xml'), { xml: true })('loc').map((_, el) => load(el).text()).get(),
      ...read('robots.txt').match(/https:\S+/g)!,
    ];
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) {
      expect(url.startsWith(`${origin}/news/`)).toBe(true);
      const path = url.slice(`${origin}/news/`.length);
      expect(() => read(path.endsWith('/') || path === '' ? `${path}index.html` : path)).not.toThrow();
    }
  });
});
