import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARABIC_SCRIPT_ARTICLE as arabic, buildKkArabSite } from '../helpers/kk-arab-site.ts';
import { KK_ARAB } from '../../src/core/words/kk-arab.ts';

// One real build of a Russian site with an article in Kazakh in Arabic script.
let site: ReturnType<typeof buildKkArabSite>;
let url: string;
const read = (path: string) => readFileSync(join(site.output, path), 'utf8');
const page = (path: string): CheerioAPI => load(read(join(path, 'index.html')));

beforeAll(() => {
  site = buildKkArabSite();
  url = site.url;
});
afterAll(() => site.cleanup());

describe('an article in Kazakh in Arabic script', () => {
  it('gets a readable Latin URL from its title', () => {
    expect(url).toBe('/2026/02/astanada-zhana-kopir-ashyldy/');
    expect(page(url)('h1').text()).toBe(arabic.title);
  });

  it('is a right-to-left page in kk-Arab, its words in the table of the script, what the site owner wrote Russian and left to right', () => {
    const $ = page(url);
    expect($('html').attr('lang')).toBe('kk-Arab');
    expect($('html').attr('dir')).toBe('rtl');
    for (const chrome of ['.skip-link', '.site-header', '.site-footer', '.related h2', '.article-nav']) {
      expect([chrome, $(chrome).attr('lang'), $(chrome).attr('dir')]).toEqual([chrome, undefined, undefined]);
    }
    expect($('.site-header nav a').last().text()).toBe(KK_ARAB.search);
    expect($('.related h2').text()).toBe(KK_ARAB.related);
    expect($('.article-nav .label').first().text()).toBe(KK_ARAB.previous);
    for (const siteText of ['.site-name', '.publisher span']) {
      expect([siteText, $(siteText).attr('lang'), $(siteText).attr('dir')]).toEqual([siteText, 'ru', 'ltr']);
    }
    expect($('article').attr('dir')).toBeUndefined();
    // A Russian title in the related list, which is on the right-to-left page, runs left to right.
    expect([$('.related li').attr('lang'), $('.related li').attr('dir')]).toEqual(['ru', 'ltr']);
  });

  it('writes its date in Kazakh in Arabic script and its text with its own typography', () => {
    const $ = page(url);
    expect($('.meta time').text()).toBe('12 اقپان 2026');
    expect($('.body p').first().text()).toBe('ەلوردادا «ەسىل» وزەنى ارقىلى جاڭا كوپىر اشىلدى\u00A0— دەپ حابارلايدى قالا اكىمدىگى.');
    expect($('.body p').last().text()).toBe('كوپىردىڭ ۇزىندىعى 300\u00A0مەتر.');
  });

  it('tells machines it is Kazakh: og:locale, JSON-LD and the news sitemap', () => {
    const $ = page(url);
    expect($('meta[property="og:locale"]').attr('content')).toBe('kk_KZ');
    expect(JSON.parse($('script[type="application/ld+json"]').text()).inLanguage).toBe('kk-Arab');
    expect(read('news-sitemap.xml')).toContain(`<loc>https://habar.example.kz${url}</loc>\n    <news:news>\n      <news:publication><news:name>Habar</news:name><news:language>kk</news:language>`);
  });

  it('runs right to left where a Russian page lists or links it', () => {
    const home = page('/');
    expect(home(`.article-list a[href="${url}"]`).parent().attr('lang')).toBe('kk-Arab');
    expect(home(`.article-list a[href="${url}"]`).parent().attr('dir')).toBe('rtl');
    expect(home('.article-list li[lang=ru]').attr('dir')).toBeUndefined();
    const later = page('/2026/02/po-novomu-mostu-pustili-transport/');
    const related = later(`.related a[href="${url}"]`).parent();
    expect([related.attr('lang'), related.attr('dir')]).toEqual(['kk-Arab', 'rtl']);
    expect(related.find('time').text()).toBe('12 اقپان 2026');
    const neighbour = later(`.article-nav a[href="${url}"] span[lang]`);
    expect([neighbour.attr('lang'), neighbour.attr('dir')]).toEqual(['kk-Arab', 'rtl']);
  });

  it('is indexed for search under kk, beside the Russian article', () => {
    const entry = JSON.parse(read('pagefind/2026/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]))).toEqual({ kk: 1, ru: 2 });
  });
});
