import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../src/ingest/markdown/write.ts';
import type { Article } from '../../src/source/article.ts';
import { runHabar } from '../../support/cli.ts';
import { makeSite } from '../../support/site.ts';
import { SITEMAP_XSD, xmlProblems } from '../helpers/xml.ts';

// One real build of articles with a publication time and without, three of them on the same day.
// Written as ingest writes them; their URLs sort the other way round from their times.
let site: ReturnType<typeof makeSite>;
const origin = 'https://habar.example.kz';
const read = (path: string) => readFileSync(join(site.output, path), 'utf8');
const page = (url: string): CheerioAPI => load(read(join(url, 'index.html')));
const xml = (path: string): CheerioAPI => load(read(path), { xml: true });

const afternoon = '/2026/01/c-afternoon/';
const morning = '/2026/01/b-morning/';
const untimed = '/2026/01/a-untimed/';
const dayBefore = '/2026/01/d-day-before/';
const leapDay = '/2024/02/e-leap-day/';

function addArticle(url: string, date: string, time: string | undefined, title: string): void {
  const article: Article = { date, title, lang: 'ru', paragraphs: [`${title}.`], tags: ['Сенат'], ...(time && { time }) };
  const file = join(site.articles, `${url.slice(1, -1)}.md`);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, writeMarkdown(article, { url, source: '' }));
}

beforeAll(() => {
  site = makeSite();
  addArticle(afternoon, '2026-01-27', '14:30', 'Днём');
  addArticle(morning, '2026-01-27', '09:05', 'Утром');
  addArticle(untimed, '2026-01-27', undefined, 'Без времени');
  addArticle(dayBefore, '2026-01-26', undefined, 'Накануне');
  addArticle(leapDay, '2024-02-29', '10:00', 'До перехода на UTC+5');
  const result = runHabar(site.root, ['build']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
});
afterAll(() => site.cleanup());

const published = (url: string) => {
  const $ = page(url);
  const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
  return {
    og: $('meta[property="article:published_time"]').attr('content'),
    datePublished: jsonLd.datePublished,
    dateModified: jsonLd.dateModified,
    datetime: $('.meta time').attr('datetime'),
    shown: $('.meta time').text(),
  };
};

describe('an article page', () => {
  it('with a time gives the moment in Almaty\'s offset to machines and shows the time after the date', () => {
    const moment = '2026-01-27T14:30:00+05:00';
    expect(published(afternoon)).toEqual({ og: moment, datePublished: moment, dateModified: moment, datetime: moment, shown: '27 января 2026, 14:30' });
  });

  it('before 1 March 2024 uses UTC+6, Almaty\'s offset then', () => {
    const moment = '2024-02-29T10:00:00+06:00';
    expect(published(leapDay)).toEqual({ og: moment, datePublished: moment, dateModified: moment, datetime: moment, shown: '29 февраля 2024, 10:00' });
  });

  it('without a time keeps the start of the day for machines and the date alone for readers', () => {
    const start = '2026-01-27T00:00:00+05:00';
    expect(published(untimed)).toEqual({ og: start, datePublished: start, dateModified: start, datetime: '2026-01-27', shown: '27 января 2026' });
  });
});

describe('lists', () => {
  it('put the same day\'s articles latest first, and one without a time after the timed ones', () => {
    const order = [afternoon, morning, untimed, dayBefore, leapDay];
    // The front page: the lead story (the newest, as no article has a photo), then the latest news.
    expect(page('')('.front-lead h2 a, .front-latest .article-list a').map((_, el) => el.attribs.href).get()).toEqual(order);
    expect(page('tags/senat')('.article-list a').map((_, el) => el.attribs.href).get()).toEqual(order);
    // Neighbours follow the same order.
    expect(page(morning)('a[rel=prev]').attr('href')).toBe(untimed);
    expect(page(morning)('a[rel=next]').attr('href')).toBe(afternoon);
  });
});

describe('the Atom feed', () => {
  it('dates an entry with a time at that moment, and one without at the start of its day, in UTC as before', () => {
    const $ = xml('feed.xml');
    const entries = $('entry').map((_, el) => ({ id: $(el).children('id').text(), published: $(el).children('published').text(), updated: $(el).children('updated').text() })).get();
    expect(entries).toEqual([
      { id: `${origin}${afternoon}`, published: '2026-01-27T09:30:00Z', updated: '2026-01-27T09:30:00Z' },
      { id: `${origin}${morning}`, published: '2026-01-27T04:05:00Z', updated: '2026-01-27T04:05:00Z' },
      { id: `${origin}${untimed}`, published: '2026-01-26T19:00:00Z', updated: '2026-01-26T19:00:00Z' },
      { id: `${origin}${dayBefore}`, published: '2026-01-25T19:00:00Z', updated: '2026-01-25T19:00:00Z' },
      { id: `${origin}${leapDay}`, published: '2024-02-29T04:00:00Z', updated: '2024-02-29T04:00:00Z' },
    ]);
    expect($('feed > updated').text()).toBe('2026-01-27T09:30:00Z');
  });
});

describe('sitemaps', () => {
  it('give an article with a time, and a list it heads, the moment as lastmod, and valid against the schema', async () => {
    expect(await xmlProblems(join(site.output, 'sitemap.xml'), SITEMAP_XSD)).toBe('');
    const $ = xml('sitemap.xml');
    const lastmod = new Map($('url').map((_, el) => [[$(el).children('loc').text(), $(el).children('lastmod').text()]]).get() as [string, string][]);
    expect(lastmod.get(`${origin}${afternoon}`)).toBe('2026-01-27T14:30:00+05:00');
    expect(lastmod.get(`${origin}${leapDay}`)).toBe('2024-02-29T10:00:00+06:00');
    expect(lastmod.get(`${origin}${untimed}`)).toBe('2026-01-27');
    expect(lastmod.get(`${origin}/`)).toBe('2026-01-27T14:30:00+05:00');
    expect(lastmod.get(`${origin}/archive/2024/02/`)).toBe('2024-02-29T10:00:00+06:00');
  });

  it('the news sitemap dates each article at its moment, or the start of its day', () => {
    const $ = xml('news-sitemap.xml');
    const dates = $('url').map((_, el) => [[$(el).children('loc').text(), $(el).find('news\\:publication_date').text()]]).get();
    expect(dates).toEqual([
      [`${origin}${afternoon}`, '2026-01-27T14:30:00+05:00'],
      [`${origin}${morning}`, '2026-01-27T09:05:00+05:00'],
      [`${origin}${untimed}`, '2026-01-27T00:00:00+05:00'],
      [`${origin}${dayBefore}`, '2026-01-26T00:00:00+05:00'],
    ]);
  });
});
