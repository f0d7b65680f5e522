import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KK } from '../../src/core/words/kk.ts';
import { KK_ARAB } from '../../src/core/words/kk-arab.ts';
import { KK_LATN, KK_LATN_2018 } from '../../src/core/words/kk-latn.ts';
import { htmlPages, validationErrors } from '../helpers/html-checks.ts';
import { KAZAKH_ARTICLES as articles, RUSSIAN_ONLY, buildKazakhSite, pageText, readPage, wordsFound, type BuiltSite } from '../helpers/kazakh-sites.ts';

// One build of a site whose language is Kazakh, with Kazakh articles in each script and Latin alphabet.
let site: BuiltSite;
beforeAll(() => {
  site = buildKazakhSite();
});
afterAll(() => site?.cleanup());

const page = (url: string) => readPage(site, url.endsWith('.html') ? url : `${url.slice(1)}index.html`);

describe('a Kazakh site', () => {
  it('has no word of the Russian table on any page, of any kind', () => {
    const pages = htmlPages(site.output);
    for (const kind of ['index.html', 'page/1/index.html', 'madeniet/index.html', 'tags/index.html', 'tags/madeniet/index.html', 'archive/index.html', 'archive/2026/index.html', 'archive/2026/01/index.html', 'search/index.html', '404.html']) {
      expect(pages).toContain(kind);
    }
    const russian = pages.map((path) => [path, wordsFound(pageText(readPage(site, path), (lang) => lang.startsWith('kk')), RUSSIAN_ONLY)]);
    expect(russian.filter(([, found]) => found.length > 0)).toEqual([]);
  });

  it('writes its list and site pages in Kazakh: titles, headings, months, the search page and its script', () => {
    expect(page('/page/1/')('title').text()).toMatch(/^Бет 1 · \d+–?\d* қаңтар 2026 · Habar$/u);
    expect(page('/archive/2026/01/')('h1').text()).toBe('Мұрағат: Қаңтар 2026');
    expect(page('/404.html')('h1').text()).toBe(KK.notFound.title);
    const search = page('/search/');
    expect(search('h1').text()).toBe(KK.search);
    expect(JSON.parse(search('[data-words]').attr('data-words')!)).toMatchObject({ none: KK.searchPage.none, results: KK.searchPage.results });
  });

  it('gives an article in the 2018 Latin alphabet Latin words and dates, and nothing in Cyrillic but what is marked so', () => {
    const $ = page(articles.latin2018.url);
    expect($('html').attr('lang')).toBe('kk-Latn');
    expect($('.meta time').text()).toBe('14 naýryz 2026');
    expect($('.site-header nav a[href="/search/"]').text()).toBe(KK_LATN_2018.search);
    expect($('.share-label').text()).toBe(`${KK_LATN_2018.share}:`);
    expect($('.site-name').attr('lang')).toBe('kk');
    expect(pageText($, (lang) => lang === 'kk-Latn')).not.toMatch(/\p{Script=Cyrillic}/u);
  });

  it('gives an article in the 2021 Latin alphabet the words and months of that alphabet', () => {
    const $ = page(articles.latin2021.url);
    expect($('html').attr('lang')).toBe('kk-Latn');
    expect($('.meta time').text()).toBe('10 säuır 2026');
    expect($('.site-header nav a[href="/archive/"]').text()).toBe(KK_LATN.archive);
    expect(pageText($, (lang) => lang === 'kk-Latn')).not.toMatch(/\p{Script=Cyrillic}/u);
  });

  it('lists a Latin-script article with its own lang and date among Cyrillic ones', () => {
    const item = page('/archive/2026/03/')(`.news-item:has(a[href="${articles.latin2018.url}"])`);
    expect(item.attr('lang')).toBe('kk-Latn');
    expect(item.find('time').text()).toBe('14 naýryz 2026');
  });

  it('runs an article in Arabic script right to left, in the words of its script', () => {
    const $ = page(articles.arabic.url);
    expect([$('html').attr('lang'), $('html').attr('dir')]).toEqual(['kk-Arab', 'rtl']);
    expect($('.meta time').text()).toBe('12 اقپان 2026');
    expect($('.site-header nav a[href="/search/"]').text()).toBe(KK_ARAB.search);
    expect([$('.site-name').attr('lang'), $('.site-name').attr('dir')]).toEqual(['kk', 'ltr']);
  });

  it('is valid HTML on every page', async () => {
    expect(await validationErrors(site.output)).toEqual([]);
  });
});
