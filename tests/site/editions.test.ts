import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { load, type CheerioAPI } from 'cheerio';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/html-checks.ts';
import { projectRoot } from '../../support/site.ts';
import { buildEditionsSite, KAZAKH_ONLY, LATIN_KAZAKH, RUSSIAN_ONLY, STORY } from '../helpers/editions-site.ts';
import { brokenLinks } from '../helpers/links.ts';
import { RUSSIAN_ONLY as RUSSIAN_WORDS, pageText, wordsFound } from '../helpers/kazakh-sites.ts';
import { SITEMAP_WITH_ALTERNATES_PARTS, SITEMAP_WITH_ALTERNATES_XSD, xmlProblems } from '../helpers/xml.ts';

// One build of a Russian edition at / and a Kazakh one at /kk/, and one of the same under /news/.
const ORIGIN = 'https://habar.example.kz';
let site: ReturnType<typeof buildEditionsSite>;
let underNews: ReturnType<typeof buildEditionsSite>;
beforeAll(() => {
  site = buildEditionsSite();
  underNews = buildEditionsSite({ pathPrefix: '/news/' });
});
afterAll(() => {
  site?.cleanup();
  underNews?.cleanup();
});

const read = (path: string) => readFileSync(join(site.output, path), 'utf8');
const page = (url: string): CheerioAPI => load(read(join(url, 'index.html')));
const listed = (url: string) => [...new Set(page(url)('.news-list a, .front-lead a').map((_, a) => a.attribs.href).get().filter((href) => /^\/\d{4}\//.test(href)))];
const hreflang = ($: CheerioAPI): Record<string, string> => Object.fromEntries($('link[rel=alternate][hreflang]').map((_, link) => [[link.attribs.hreflang!, link.attribs.href!]]).get());
const switchTarget = (url: string) => page(url)('.edition-switch a').attr('href');

describe('two editions', () => {
  it('each has its home page, tags, archive, search, feed, news sitemap and latest news under its path', () => {
    for (const path of ['', 'kk/']) {
      for (const file of ['index.html', 'tags/index.html', 'archive/index.html', 'search/index.html', 'feed.xml', 'news-sitemap.xml', 'latest-news.json', 'politika/index.html', 'archive/2026/index.html']) {
        expect(existsSync(join(site.output, path, file)), `${path}${file}`).toBe(true);
      }
    }
    expect(page('/kk/')('html').attr('lang')).toBe('kk');
    // Each edition's own pages speak its language.
    expect([page('/kk/tags/')('h1').text(), page('/kk/archive/')('h1').text(), page('/kk/search/')('h1').text()]).toEqual(['Тегтер', 'Мұрағат', 'Іздеу']);
    expect([page('/tags/')('h1').text(), page('/search/')('h1').text()]).toEqual(['Теги', 'Поиск']);
    expect(page('/kk/tags/')('.tag-index a').map((_, a) => a.attribs.href).get()).toEqual(expect.arrayContaining(['/kk/tags/senat/', '/kk/tags/madeniet/']));
    expect(page('/kk/archive/')('.archive-index a').first().attr('href')).toBe('/kk/archive/2026/');
  });

  it('has no word of the Russian table on any page of the Kazakh edition or Kazakh article', () => {
    const kazakh = [...htmlPages(site.output).filter((path) => path.startsWith('kk/')), ...[STORY.kk, KAZAKH_ONLY, LATIN_KAZAKH].map((url) => join(url, 'index.html').slice(1))];
    expect(kazakh.length).toBeGreaterThan(10);
    const russian = kazakh.map((path) => [path, wordsFound(pageText(load(read(path)), (lang) => lang.startsWith('kk')), RUSSIAN_WORDS)]);
    expect(russian.filter(([, found]) => found.length > 0)).toEqual([]);
  });

  it('writes what the site owner gave in Kazakh (section, description, address) in Kazakh on the Kazakh edition, the rest in Russian marked so', () => {
    // A Latin-script article's page marks the Cyrillic texts as such.
    for (const [url, marked] of [['/kk/', undefined], ['/kk/tags/', undefined], [KAZAKH_ONLY, undefined], [LATIN_KAZAKH, 'kk']]) {
      const $ = page(url!);
      const section = $('.site-header nav a[href="/kk/politika/"]');
      expect([section.text(), section.attr('lang')], url).toEqual(['Саясат', marked]);
      expect([$('.site-footer dd').first().text(), $('.site-footer dd span').first().attr('lang')], url).toEqual(['Астана, Абай даңғылы, 10', marked]);
      // The name the edition does not give is the site's, marked Russian.
      expect([$('.site-name').text(), $('.site-name').attr('lang')], url).toEqual(['Habar', 'ru']);
    }
    expect(page('/kk/')('meta[name=description]').attr('content')).toBe('Қазақстан мен әлем жаңалықтары');
    expect([page('/kk/politika/')('h1').text(), page('/kk/politika/')('title').text()]).toEqual(['Саясат', 'Саясат · Habar']);
    expect(page('/kk/')('.front-block h2').text()).toContain('Саясат');
    const feed = load(read('kk/politika/feed.xml'), { xml: true });
    expect([feed('feed > title').text(), feed('feed > subtitle').text()]).toEqual(['Habar: Саясат', 'Қазақстан мен әлем жаңалықтары']);
    // The Russian edition keeps the site's own texts.
    const russian = page('/');
    expect([russian('.site-header nav a[href="/politika/"]').text(), russian('meta[name=description]').attr('content'), russian('.site-footer dd').first().text()]).toEqual([
      'Политика',
      'Новости Казахстана и мира',
      'Астана, проспект Абая, 10',
    ]);
  });

  it('an article belongs to the edition of its language, Latin-script Kazakh to the Kazakh one', () => {
    const kazakh = [LATIN_KAZAKH, KAZAKH_ONLY, STORY.kk];
    expect([...new Set([...listed('/kk/'), ...listed('/kk/page/1/')])].sort()).toEqual([...kazakh].sort());
    expect(listed('/').sort()).toEqual([RUSSIAN_ONLY, STORY.ru].sort());
    // Its page's header leads to its edition; its latest news come from its edition's file.
    expect(page(KAZAKH_ONLY)('.site-name').attr('href')).toBe('/kk/');
    expect(page(KAZAKH_ONLY)('aside.latest').attr('data-src')).toBe('/kk/latest-news.json');
    expect(JSON.parse(read('kk/latest-news.json')).map((item: { url: string }) => item.url)).toEqual(kazakh);
    // Previous and next stay in the edition.
    expect(page(KAZAKH_ONLY)('.article-nav a').map((_, a) => a.attribs.href).get()).toEqual([STORY.kk, LATIN_KAZAKH]);
  });

  it('the Latin and Cyrillic spellings of a Kazakh tag, joined in the settings, are one tag page at the Cyrillic one\'s URL', () => {
    const $ = page('/kk/tags/qazaqstan/');
    expect($('h1').text()).toBe('#Қазақстан');
    expect([...new Set([...listed('/kk/tags/qazaqstan/'), ...listed('/kk/tags/qazaqstan/page/1/')])].sort()).toEqual([LATIN_KAZAKH, KAZAKH_ONLY, STORY.kk].sort());
    expect(existsSync(join(site.output, 'kk/tags/qazaqstan-2'))).toBe(false);
    expect(page(LATIN_KAZAKH)('.tags a').attr('href')).toBe('/kk/tags/qazaqstan/');
  });

  it('the story in both languages: reciprocal hreflang with x-default on both pages, and JSON-LD linking them', () => {
    const expected = { ru: `${ORIGIN}${STORY.ru}`, kk: `${ORIGIN}${STORY.kk}`, 'x-default': `${ORIGIN}${STORY.ru}` };
    expect(hreflang(page(STORY.ru))).toEqual(expected);
    expect(hreflang(page(STORY.kk))).toEqual(expected);
    expect(hreflang(page(KAZAKH_ONLY))).toEqual({});
    const jsonLd = (url: string) => JSON.parse(page(url)('script[type="application/ld+json"]').text());
    expect(jsonLd(STORY.kk)).toMatchObject({ inLanguage: 'kk', translationOfWork: { url: `${ORIGIN}${STORY.ru}`, inLanguage: 'ru' } });
    expect(jsonLd(STORY.ru)).toMatchObject({ inLanguage: 'ru', workTranslation: [{ url: `${ORIGIN}${STORY.kk}`, inLanguage: 'kk' }] });
    expect(jsonLd(RUSSIAN_ONLY)).not.toHaveProperty('workTranslation');
  });

  it('every hreflang set is reciprocal: each page it names names the same set', () => {
    let pairs = 0;
    for (const file of htmlPages(site.output)) {
      const links = hreflang(load(read(file)));
      for (const [lang, href] of Object.entries(links)) {
        if (lang === 'x-default') continue;
        const target = join(new URL(href).pathname, 'index.html');
        expect(existsSync(join(site.output, target)), `${file} → ${href}`).toBe(true);
        expect(hreflang(load(read(target))), `${file} → ${href}`).toEqual(links);
        pairs++;
      }
    }
    // The story, the home pages, the shared tag #Сенат, the section, the archive's periods and indexes, search.
    expect(pairs).toBeGreaterThan(20);
  });

  it('the language switch leads to the translation, the same tag, section or index, else the other home page', () => {
    expect(switchTarget(STORY.ru)).toBe(STORY.kk);
    expect(switchTarget(STORY.kk)).toBe(STORY.ru);
    expect(page(STORY.ru)('.edition-switch a').attr('hreflang')).toBe('kk');
    expect(switchTarget(KAZAKH_ONLY)).toBe('/');
    expect(switchTarget(RUSSIAN_ONLY)).toBe('/kk/');
    expect(switchTarget('/tags/senat/')).toBe('/kk/tags/senat/');
    expect(switchTarget('/kk/tags/madeniet/')).toBe('/');
    expect(switchTarget('/politika/')).toBe('/kk/politika/');
    expect(switchTarget('/kk/search/')).toBe('/search/');
    expect(switchTarget('/archive/')).toBe('/kk/archive/');
    expect(switchTarget('/')).toBe('/kk/');
  });

  it('each edition\'s feeds hold only its language', () => {
    const languages = (path: string) => [...read(path).matchAll(/<entry xml:lang="([^"]+)">/g)].map((match) => match[1]);
    expect(parseFeed(read('kk/feed.xml')).items.map((item) => new URL(item.url!).pathname).sort()).toEqual([LATIN_KAZAKH, KAZAKH_ONLY, STORY.kk].sort());
    expect(read('kk/feed.xml')).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="kk">');
    // Each entry in its writing: the Latin-script article is kk-Latn.
    expect(new Set(languages('kk/feed.xml'))).toEqual(new Set(['kk', 'kk-Latn']));
    expect(read('kk/feed.xml')).toMatch(/<entry xml:lang="kk-Latn">\s*<title>Astanada jańa saiabaq ashyldy</);
    expect(new Set(languages('kk/tags/senat/feed.xml'))).toEqual(new Set(['kk']));
    expect(new Set(languages('feed.xml'))).toEqual(new Set(['ru']));
    expect(new Set(languages('tags/senat/feed.xml'))).toEqual(new Set(['ru']));
  });

  it('each edition\'s news sitemap lists only its articles, with its <news:language>', () => {
    const news = (path: string) => [...read(path).matchAll(/<loc>([^<]+)<\/loc>[\s\S]*?<news:language>([^<]+)</g)].map((match) => [new URL(match[1]!).pathname, match[2]]);
    expect(news('news-sitemap.xml')).toEqual([[RUSSIAN_ONLY, 'ru']]);
    // The newest article's day and the day before, counted in each edition.
    expect(news('kk/news-sitemap.xml')).toEqual([[LATIN_KAZAKH, 'kk']]);
    expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/news-sitemap.xml\nSitemap: ${ORIGIN}/kk/news-sitemap.xml\n`);
  });

  it('each edition\'s search page searches bundles of its language only', () => {
    const bundles = (url: string) => page(url)('form.search-form').attr('data-bundles')!.split(' ');
    expect(bundles('/search/')).toEqual(['/pagefind/2026/']);
    expect(bundles('/kk/search/')).toEqual(['/pagefind/kk-2026/']);
    const languages = (bundle: string) => Object.keys(JSON.parse(read(`${bundle}pagefind-entry.json`)).languages);
    expect(languages('pagefind/2026/')).toEqual(['ru']);
    expect(languages('pagefind/kk-2026/')).toEqual(['kk']);
    expect(readdirSync(join(site.output, 'pagefind')).sort()).toEqual(['2026', 'kk-2026']);
  });

  it('the sitemap lists every page of both editions with its alternates, valid against the sitemap and xhtml schemas', async () => {
    const sitemap = read('sitemap.xml');
    for (const url of [STORY.kk, KAZAKH_ONLY, '/kk/', '/kk/tags/', '/kk/tags/senat/', '/kk/politika/', RUSSIAN_ONLY, '/tags/senat/']) expect(sitemap).toContain(`<loc>${ORIGIN}${url}</loc>`);
    expect(sitemap).toContain(
      `<loc>${ORIGIN}${STORY.kk}</loc><lastmod>2026-01-27</lastmod>\n    <xhtml:link rel="alternate" hreflang="ru" href="${ORIGIN}${STORY.ru}"/>\n    <xhtml:link rel="alternate" hreflang="kk" href="${ORIGIN}${STORY.kk}"/>\n    <xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}${STORY.ru}"/>\n  </url>`,
    );
    expect(await xmlProblems(join(site.output, 'sitemap.xml'), SITEMAP_WITH_ALTERNATES_XSD, SITEMAP_WITH_ALTERNATES_PARTS)).toBe('');
    for (const file of ['kk/news-sitemap.xml', 'kk/feed.xml']) expect(await xmlProblems(join(site.output, file))).toBe('');
  });

  it('every page is valid HTML, and no link, hreflang or switch target is broken, at / and under /news/', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData);
    const problems: string[] = [];
    for (const file of htmlPages(site.output)) {
      const report = await validator.validateString(read(file), file);
      for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
    expect(brokenLinks(site.output, '/', ORIGIN)).toEqual([]);
    expect(brokenLinks(underNews.output, '/news/', ORIGIN)).toEqual([]);
    expect(load(readFileSync(join(underNews.output, STORY.ru, 'index.html'), 'utf8'))('.edition-switch a').attr('href')).toBe(`/news${STORY.kk}`);
  });
});
