import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { load, type CheerioAPI } from 'cheerio';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SitePaths } from '../../src/core/paths.ts';
import { runHabar } from '../../support/cli.ts';
import { addSource, copySite, source } from '../../support/site.ts';
import { differencesFromCleanBuild } from '../helpers/clean-build.ts';
import { NEWS_ARTICLES, NEWS_SETTINGS, newsSite } from '../helpers/news-site.ts';
import { withoutTypography } from '../helpers/typography.ts';
import { xmlProblems } from '../helpers/xml.ts';
import { articlesAndOneListOfEachKind, htmlPages, validationErrors } from '../helpers/html-checks.ts';
import { brokenLinks } from '../helpers/links.ts';

// One news site, four articles to a page: the front page, sections and rich lists as built.
let site: SitePaths;
beforeAll(async () => {
  site = await newsSite();
}, 120_000);

const read = (path: string) => readFileSync(join(site.output, path), 'utf8');
const page = (url: string): CheerioAPI => load(read(join(url, 'index.html')));
const text = ($: CheerioAPI, selector: string) => $(selector).map((_, el) => withoutTypography($(el).text())).get();
/** The files a `srcset` or `src` names, in the built site. */
const filesOf = (srcset: string) => srcset.split(',').map((entry) => join(site.output, entry.trim().split(' ')[0]!));

describe('the front page', () => {
  it('leads with the newest article that has a photo, large, with its lead paragraph', () => {
    const $ = page('');
    const lead = $('.front-lead');
    expect(text($, '.front-lead h2 a')).toEqual([NEWS_ARTICLES[0]!.title]);
    expect(withoutTypography(lead.find('.front-lead-text').text())).toBe(NEWS_ARTICLES[0]!.lead);
    expect(lead.find('time').attr('datetime')).toBe('2026-05-04T18:10:00+05:00');
    const img = lead.find('picture img');
    expect([img.attr('width'), img.attr('height')]).toEqual(['1200', '750']);
    expect(lead.find('source[type="image/avif"]').attr('srcset')).toMatch(/ 1200w$/);
  });

  it('lists the latest news with time, headline, first sentence and a thumbnail where there is a photo', () => {
    const $ = page('');
    const items = $('.front-latest li');
    expect(items.map((_, li) => withoutTypography($(li).children('a').text())).get()).toEqual(NEWS_ARTICLES.slice(1, 4).map((article) => article.title));
    expect(items.map((_, li) => $(li).children('time').text()).get()).toEqual(['4 мая 2026, 12:00', '3 мая 2026', '2 мая 2026, 09:30']);
    expect(text($, '.front-latest .excerpt')).toEqual(NEWS_ARTICLES.slice(1, 4).map((article) => article.lead.split('. ')[0] + '.'));
    // The square (no photo) has no thumbnail; the others a small AVIF and WebP of set size.
    expect(items.map((_, li) => $(li).find('picture').length).get()).toEqual([1, 0, 1]);
    const img = items.first().find('img');
    expect([img.attr('width'), img.attr('height'), img.attr('alt')]).toEqual(['160', '100', '']);
    for (const type of ['image/avif', 'image/webp']) {
      const srcset = items.first().find(`source[type="${type}"]`).attr('srcset')!;
      expect(srcset).toMatch(/ 160w, .+ 320w$/);
      for (const file of filesOf(srcset)) expect(existsSync(file), file).toBe(true);
    }
    expect(existsSync(filesOf(img.attr('src')!)[0]!)).toBe(true);
  });

  it('has a block per section with its newest articles other than the lead; a section without articles has none', () => {
    const $ = page('');
    expect($('.front-block h2 a').map((_, a) => [[$(a).text(), a.attribs.href]]).get()).toEqual([
      ['Политика', '/politika/'],
      ['Спорт', '/sport/'],
    ]);
    expect(text($, '.front-block').length).toBe(2);
    const politics = $('.front-block').first();
    expect(politics.find('li')).toHaveLength(4);
    expect(withoutTypography(politics.find('li a').first().text())).toBe(NEWS_ARTICLES[3]!.title);
  });

  it('still links its newest numbered page', () => {
    expect(page('')('a[rel=next]').attr('href')).toMatch(/^\/page\/\d+\/$/);
  });
});

describe('sections', () => {
  it('are linked from every page\'s navigation, in the settings\' order, the current one marked', () => {
    for (const url of ['', 'politika', 'tags', 'archive']) {
      expect(page(url)('.site-header nav a').map((_, a) => a.attribs.href).get().slice(0, 3)).toEqual(['/politika/', '/sport/', '/pogoda/']);
    }
    expect(page('politika')('.site-header a[aria-current=page]').text()).toBe('Политика');
    expect(page('politika/page/1')('.site-header a[aria-current]').attr('aria-current')).toBe('true');
  });

  it('have their pages, numbered from the oldest, and their feed', async () => {
    const $ = page('politika');
    expect($('h1').text()).toBe('Политика');
    expect($('title').text()).toBe('Политика · Habar');
    expect($('.article-list li')).toHaveLength(4);
    expect($('a[rel=next]').attr('href')).toBe('/politika/page/1/');
    expect(page('politika/page/1')('.article-list li')).toHaveLength(4);
    expect($('link[rel=alternate][type="application/atom+xml"]').map((_, el) => el.attribs.href).get()).toEqual(['/feed.xml', '/politika/feed.xml']);
    expect(await xmlProblems(join(site.output, 'politika/feed.xml'))).toBe('');
    const feed = parseFeed(read('politika/feed.xml'));
    expect(feed.title).toBe('Habar: Политика');
    expect(withoutTypography(feed.items[0]!.title!)).toBe(NEWS_ARTICLES[0]!.title);
    expect(read('sitemap.xml')).toContain('<loc>https://habar.example.kz/politika/page/1/</loc>');
  });

  it('without articles have a page that says so', () => {
    expect(page('pogoda')('main p').text()).toBe('Материалов пока нет.');
  });
});

describe('lists', () => {
  it.each(['tags/sport', 'archive/2026/05', 'sport', 'page/1'])('%s: each item has time, headline and excerpt; thumbnails below the first three load lazily', (url) => {
    const $ = page(url);
    const items = $('.article-list li');
    expect(items.length).toBeGreaterThan(0);
    items.each((at, li) => {
      const item = $(li);
      expect(item.children('time').attr('datetime')).toMatch(/^\d{4}-\d\d-\d\d/);
      expect(item.children('a').attr('href')).toMatch(/^\/\d{4}\/\d\d\//);
      expect(item.children('.excerpt').text().length).toBeGreaterThan(0);
      const img = item.find('picture img');
      if (img.length) expect([img.attr('width'), img.attr('loading')]).toEqual(['160', at < 3 ? undefined : 'lazy']);
    });
  });

  it('the May archive shows a thumbnail for each article with a photo, and none for the one without', () => {
    const $ = page('archive/2026/05');
    expect($('.article-list li').map((_, li) => $(li).find('picture').length).get()).toEqual([1, 1, 0, 1]);
  });
});

describe('every page', () => {
  it('is valid HTML (every article and a list page of each kind), and each of its links, images and srcset entries leads to a built file', async () => {
    const pages = htmlPages(site.output).filter((page) => !page.startsWith('pagefind/'));
    const checked = articlesAndOneListOfEachKind(pages);
    expect(checked).toEqual(expect.arrayContaining(['index.html', 'page/1/index.html', 'archive/index.html', 'tags/index.html', 'sport/index.html', 'search/index.html', '404.html']));
    expect(checked.filter((page) => /^tags\/[^/]+\/index\.html$/u.test(page))).toHaveLength(1);
    expect(await validationErrors(site.output, checked)).toEqual([]);
    expect(brokenLinks(site.output, '/', 'https://habar.example.kz')).toEqual([]);
  });
});

describe('an update build', () => {
  it('adding an article with a photo to a section gives the same output as a clean build', async () => {
    const copy = copySite(site);
    try {
      addSource(copy, '2026-05-05-added.txt', source('2026-05-05 08:00', 'Мажилис начал весеннюю сессию', 'Депутаты собрались на первое заседание.', '#Мажилис'));
      await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 10, g: 120, b: 90 } } }).jpeg().toFile(join(copy.sources, '2026-05-05-added.jpg'));
      expect(runHabar(copy.root, ['build']).code).toBe(0);
      expect(text(load(readFileSync(join(copy.output, 'politika/index.html'), 'utf8')), '.article-list li > a')[0]).toBe('Мажилис начал весеннюю сессию');
      expect(await differencesFromCleanBuild(copy, NEWS_SETTINGS)).toEqual([]);
    } finally {
      copy.cleanup();
    }
  }, 120_000);
});
