import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KK } from '../../src/core/words/kk.ts';
import { KK_LATN_2018 } from '../../src/core/words/kk-latn.ts';
import { RU } from '../../src/core/words/ru.ts';
import { source } from '../../support/site.ts';
import { validationErrors } from '../helpers/html-checks.ts';
import { KAZAKH_ARTICLES as articles, RUSSIAN_ONLY, buildSite, pageText, readPage, wordsFound, type BuiltSite } from '../helpers/kazakh-sites.ts';

// One build of a Russian site that also publishes Kazakh articles, in each script.
const RUSSIAN = { url: '/2026/01/v-astane-otkryli-novuyu-biblioteku/', text: source('2026-01-25', 'В Астане открыли новую библиотеку', 'В фонде десять тысяч книг.', '#Астана') };
let site: BuiltSite;
beforeAll(() => {
  site = buildSite(
    { sections: [{ name: 'Культура', slug: 'kultura', tags: ['мәдениет', 'Астана'] }], editorInChief: 'Айгуль Сериккызы' },
    { 'russian.txt': RUSSIAN.text, ...Object.fromEntries(Object.entries(articles).map(([name, { text }]) => [`${name}.txt`, text])) },
  );
});
afterAll(() => site?.cleanup());

const page = (url: string) => readPage(site, `${url.slice(1)}index.html`);

describe('Kazakh articles on a Russian site', () => {
  it.each(Object.entries(articles))('the %s article has no word of the Russian table outside what is marked Russian', (_, { url }) => {
    expect(wordsFound(pageText(page(url), (lang) => lang.startsWith('kk')), RUSSIAN_ONLY)).toEqual([]);
  });

  it('marks what the site owner wrote in Russian (name, sections, footer) as Russian on a Kazakh page', () => {
    const $ = page(articles.cyrillic.url);
    expect($('html').attr('lang')).toBe('kk');
    expect($('.skip-link').text()).toBe(KK.skipToContent);
    expect($('.site-header nav a[href="/kultura/"]').attr('lang')).toBe('ru');
    expect($('.site-footer dd span').first().attr('lang')).toBe('ru');
    expect($('.site-footer dt').first().text()).toBe(KK.editorInChief);
    // A Russian article's title and date among its links are Russian, and say so.
    const related = $(`.related li:has(a[href="${RUSSIAN.url}"]), .article-nav span[lang="ru"]`).first();
    expect(related.attr('lang')).toBe('ru');
  });

  it('keeps the Russian pages Russian, a Latin-script item with its own lang and date', () => {
    const $ = page(RUSSIAN.url);
    expect($('html').attr('lang')).toBe('ru');
    expect($('.skip-link').text()).toBe(RU.skipToContent);
    expect($('.article-nav').attr('aria-label')).toBe(RU.neighbours);
    const latin = page('/')(`li:has(> a[href="${articles.latin2018.url}"])`);
    expect([latin.attr('lang'), latin.find('time').text()]).toEqual(['kk-Latn', '14 naýryz 2026']);
  });

  it('labels a Latin-script article in its alphabet', () => {
    const $ = page(articles.latin2018.url);
    expect($('.article-nav').attr('aria-label')).toBe(KK_LATN_2018.neighbours);
    expect($('.site-name').attr('lang')).toBe('ru');
  });

  it('is valid HTML on every page', async () => {
    expect(await validationErrors(site.output)).toEqual([]);
  });
});
