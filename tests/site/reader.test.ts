import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHabar } from '../../support/cli.ts';
import { addPhoto } from '../helpers/photos.ts';
import { addFixtureSource, addSource, makeSite, source } from '../../support/site.ts';
import { SITEMAP_XSD, xmlProblems } from '../helpers/xml.ts';
import { KK } from '../../src/core/words/kk.ts';

// One real build of a site with photos, related articles and two days of fresh news.
let site: ReturnType<typeof makeSite>;
const read = (path: string) => readFileSync(join(site.output, path), 'utf8');
const page = (url: string): CheerioAPI => load(read(join(url, 'index.html')));
const senate = '2026/01/spiker-senata-vstretilsya-s-ministrom-inostrannykh-del-izrailya';
const origin = 'https://habar.example.kz';
const nbsp = '\u00A0';

beforeAll(async () => {
  site = makeSite({ perPage: 2 });
  addFixtureSource(site, '2026-01-27-senate-israel.txt');
  await addPhoto(site, '2026-01-27-senate-israel.jpg');
  addFixtureSource(site, '2026-02-10-kk-library.txt');
  addFixtureSource(site, 'markdown-significant.txt');
  addSource(site, '2026-02-11-photo-alt.txt', 'date 2026-02-11 Астанада жаңа көпір ашылды\n\nКөпір ашылды.\n\nСурет: Әкімдік\nAlt: Өзен үстіндегі жаңа көпір\n\n#Мәдениет\n');
  await addPhoto(site, '2026-02-11-photo-alt.png', 900, 600);
  // Related to the senate article: three shared tags, two, and one (newest first), none.
  addSource(site, 'r1.txt', source('2026-01-20', 'Три общих тега', 'Текст.', '#Сенат #Израиль #Казахстан'));
  addSource(site, 'r2.txt', source('2026-01-26', 'Два общих тега', 'Текст.', '#Израиль #Сенат'));
  addSource(site, 'r3.txt', source('2026-01-25', 'Один тег, новее', 'Текст.', '#Сенат'));
  addSource(site, 'r4.txt', source('2026-01-10', 'Один тег, старше', 'Текст.', '#Казахстан'));
  addSource(site, 'r5.txt', source('2026-01-05', 'Один тег, ещё старше', 'Текст.', '#Казахстан'));
  addSource(site, 'r6.txt', source('2026-01-01', 'Один тег, самый старый', 'Текст.', '#Казахстан'));
  addSource(site, 'r7.txt', source('2025-12-31', 'Без общих тегов', 'Текст.', '#Экономика'));
  addSource(site, 'typography.txt', source('2026-04-19', 'Тарифы "ЖКХ" в Алматы выросли на 5 %', '«Цена составила 300 тенге», - сообщил "Нацбанк" в среду.'));
  addSource(site, 'news-1.txt', source('2026-04-20', 'Вчерашняя новость'));
  addSource(site, 'news-2.txt', source('2026-04-21', 'Свежая новость', 'Текст.', '#Қазақстан'));
  const result = runHabar(site.root, ['build']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
});
afterAll(() => site.cleanup());

describe('typography', () => {
  it('sets quotes, dashes and non-breaking spaces in titles and bodies', () => {
    const $ = page('2026/04/tarify-zhkkh-v-almaty-vyrosli-na-5');
    expect($('h1').text()).toBe(`Тарифы «ЖКХ» в${nbsp}Алматы выросли на${nbsp}5${nbsp}%`);
    expect($('.body p').text()).toBe(`«Цена составила 300${nbsp}тенге»,${nbsp}— сообщил «Нацбанк» в${nbsp}среду.`);
    expect($('title').text()).toBe('Тарифы "ЖКХ" в Алматы выросли на 5 %');
  });
});

describe('page metadata', () => {
  it('an article has title, description from the lead, canonical URL, Open Graph and a Twitter card', () => {
    const $ = page(senate);
    const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).map((_, el) => $(el).attr('content')).get();
    expect($('title').text()).toBe('Спикер Сената встретился с министром иностранных дел Израиля');
    expect(meta('description')[0]).toMatch(/^Председатель Сената Маулен Ашимбаев встретился/);
    expect($('link[rel=canonical]').attr('href')).toBe(`${origin}/${senate}/`);
    expect(meta('og:type')).toEqual(['article']);
    expect(meta('og:url')).toEqual([`${origin}/${senate}/`]);
    expect(meta('og:locale')).toEqual(['ru_RU']);
    expect(meta('article:published_time')).toEqual(['2026-01-27T00:00:00+05:00']);
    expect(meta('article:tag')).toEqual(['Казахстан', 'Сенат', 'Израиль']);
    expect(meta('twitter:card')).toEqual(['summary_large_image']);
    expect($('link[rel=alternate][type="application/atom+xml"]').attr('href')).toBe('/feed.xml');
  });

  it('NewsArticle JSON-LD parses and carries headline, dates, publisher, keywords, language and image', () => {
    const data = JSON.parse(page(senate)('script[type="application/ld+json"]').text());
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Спикер Сената встретился с министром иностранных дел Израиля',
      datePublished: '2026-01-27T00:00:00+05:00',
      dateModified: '2026-01-27T00:00:00+05:00',
      inLanguage: 'ru',
      keywords: ['Казахстан', 'Сенат', 'Израиль'],
      publisher: { '@type': 'Organization', name: 'Habar' },
    });
    expect(data.image[0]).toMatch(new RegExp(`^${origin}/img/.+\\.jpeg$`));
  });

  it('markup in a title cannot close the JSON-LD script element', () => {
    const html = read('2026/03/zagolovok-s-b-tegami-b-i-skobkami/index.html');
    const script = html.slice(html.indexOf('application/ld+json'), html.indexOf('</script>'));
    expect(script).not.toContain('<b>');
    expect(JSON.parse(load(html)('script[type="application/ld+json"]').text()).headline).toBe('Заголовок с <b>тегами</b> и {{ skobkami }}');
    expect(load(html)('title').text()).toBe('Заголовок с <b>тегами</b> и {{ skobkami }}');
  });

  it('a Kazakh article says kk_KZ and kk; list pages are websites with the site description', () => {
    const kk = page('2026/02/qaragandyda-zhana-kitapkhana-ashyldy');
    expect(kk('meta[property="og:locale"]').attr('content')).toBe('kk_KZ');
    expect(JSON.parse(kk('script[type="application/ld+json"]').text()).inLanguage).toBe('kk');
    const home = page('');
    expect(home('meta[property="og:type"]').attr('content')).toBe('website');
    expect(home('meta[name=description]').attr('content')).toBe('Новости Казахстана');
    expect(home('script[type="application/ld+json"]')).toHaveLength(0);
  });

  it('a tag page links its own feed', () => {
    expect(page('tags/senat')('link[rel=alternate][type="application/atom+xml"]').map((_, el) => el.attribs.href).get()).toEqual([
      '/feed.xml',
      '/tags/senat/feed.xml',
    ]);
  });
});

describe('feeds', () => {
  it('the site feed is well-formed Atom with the newest articles, full URLs and content', async () => {
    expect(await xmlProblems(join(site.output, 'feed.xml'))).toBe('');
    const feed = parseFeed(read('feed.xml'));
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Habar');
    expect(feed.items[0]!.title).toBe('Свежая новость');
    expect(feed.items[0]!.url).toBe(`${origin}/2026/04/svezhaya-novost/`);
    expect(feed.items[0]!.published?.toISOString()).toBe('2026-04-20T19:00:00.000Z');
    expect(feed.items.map((item) => item.title)).toContain('Заголовок с <b>тегами</b> и {{ skobkami }}');
    const senateItem = feed.items.find((item) => item.url === `${origin}/${senate}/`)!;
    expect(senateItem.content).toContain('<p>Председатель Сената');
    expect(senateItem.categories.map((c) => c.term)).toEqual(['Казахстан', 'Сенат', 'Израиль']);
  });

  it('every tag has a feed, Cyrillic and Kazakh tags included', async () => {
    for (const [slug, name, count] of [['senat', 'Сенат', 4], ['qazaqstan', 'Қазақстан', 1]] as const) {
      expect(await xmlProblems(join(site.output, `tags/${slug}/feed.xml`))).toBe('');
      const feed = parseFeed(read(`tags/${slug}/feed.xml`));
      expect(feed.meta.type).toBe('atom');
      expect(feed.title).toBe(`Habar: #${name}`);
      expect(feed.items).toHaveLength(count);
    }
  });
});

describe('sitemaps, robots and 404', () => {
  it('sitemap.xml validates against the sitemaps.org schema and lists every article', async () => {
    expect(await xmlProblems(join(site.output, 'sitemap.xml'), SITEMAP_XSD)).toBe('');
    const $ = load(read('sitemap.xml'), { xml: true });
    const locs = $('loc').map((_, el) => $(el).text()).get();
    expect(locs).toContain(`${origin}/${senate}/`);
    expect(locs).toContain(`${origin}/tags/senat/`);
    expect(locs).toContain(`${origin}/archive/2026/01/`);
    expect(new Set(locs).size).toBe(locs.length);
  });

  it('the news sitemap lists the last two days counted from the newest article, with publication and language', async () => {
    expect(await xmlProblems(join(site.output, 'news-sitemap.xml'))).toBe('');
    const $ = load(read('news-sitemap.xml'), { xml: true });
    expect($('url').map((_, el) => $(el).find('news\\:title').text()).get()).toEqual(['Свежая новость', 'Вчерашняя новость']);
    const first = $('url').first();
    expect(first.find('loc').text()).toBe(`${origin}/2026/04/svezhaya-novost/`);
    expect(first.find('news\\:name').text()).toBe('Habar');
    expect(first.find('news\\:language').text()).toBe('ru');
    expect(first.find('news\\:publication_date').text()).toBe('2026-04-21T00:00:00+05:00');
  });

  it('robots.txt names both sitemaps; 404.html is a page of the site', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap.xml\nSitemap: ${origin}/news-sitemap.xml`);
    const $ = load(read('404.html'));
    expect($('h1').text()).toBe('Страница не найдена');
    expect($('a[href="/"]').length).toBeGreaterThan(0);
  });
});

describe('archive', () => {
  it('the archive index lists years and months with counts, linked from every page', () => {
    const $ = page('archive');
    expect($('.archive-index > li > a').map((_, a) => $(a).text()).get()).toEqual(['2026', '2025']);
    expect($('.archive-index ul a').map((_, a) => `${$(a).text()} ${$(a).attr('href')}`).get()).toEqual([
      'Апрель 2026 /archive/2026/04/',
      'Март 2026 /archive/2026/03/',
      'Февраль 2026 /archive/2026/02/',
      'Январь 2026 /archive/2026/01/',
      'Декабрь 2025 /archive/2025/12/',
    ]);
    expect(page(senate)('header a[href="/archive/"]')).toHaveLength(1);
  });

  it('month and year pages list their articles newest first, paginated', () => {
    expect(page('archive/2026/02')('.article-list a').map((_, a) => page('archive/2026/02')(a).text()).get()).toEqual([
      'Астанада жаңа көпір ашылды',
      'Қарағандыда жаңа кітапхана ашылды',
    ]);
    const january = page('archive/2026/01');
    expect(january('h1').text()).toBe('Архив: Январь 2026');
    // Seven January articles, two per page: the base page, then pages 3 (newer) to 1 (the oldest).
    expect(january('a[rel=next]').attr('href')).toBe('/archive/2026/01/page/3/');
    const first = page('archive/2026/01/page/1');
    expect(first('.article-list a').map((_, a) => first(a).text()).get()).toEqual(['Один тег, ещё старше', 'Один тег, самый старый']);
    expect(first('title').text()).toBe('Архив: Январь 2026 · страница 1 · 1–5 января 2026 · Habar');
    expect(page('archive/2025')('.article-list a').text()).toBe('Без общих тегов');
  });

  it('a month or year page links to its neighbours with articles; its numbered pages do not', () => {
    const links = (path: string) => {
      const $ = page(path);
      return $('.archive-periods a').map((_, a) => `${$(a).text()} ${$(a).attr('href')}`).get();
    };
    expect(links('archive/2026/02')).toEqual(['← Март 2026 /archive/2026/03/', 'Январь 2026 → /archive/2026/01/']);
    expect(links('archive/2026/04')).toEqual(['Март 2026 → /archive/2026/03/']);
    expect(links('archive/2026/01')).toEqual(['← Февраль 2026 /archive/2026/02/', 'Декабрь 2025 → /archive/2025/12/']);
    expect(links('archive/2025/12')).toEqual(['← Январь 2026 /archive/2026/01/']);
    expect(links('archive/2026')).toEqual(['2025 → /archive/2025/']);
    expect(links('archive/2026/01/page/1')).toEqual([]);
  });
});

describe('end of an article', () => {
  it('related: older articles only, the most shared tags first, then the newest, at most five', () => {
    const $ = page(senate);
    expect($('.related h2').text()).toBe('Ранее по теме');
    expect($('.related a').map((_, a) => $(a).text()).get()).toEqual([
      'Три общих тега',
      'Два общих тега',
      `Один тег, новее`,
      `Один тег, старше`,
      `Один тег, ещё старше`,
    ]);
  });

  it('related never lists a newer article, however many tags it shares', () => {
    // The senate article (27 January) shares all three tags with this one (20 January) but is newer.
    const $ = page('2026/01/tri-obschikh-tega');
    expect($('.related a').map((_, a) => $(a).text()).get()).toEqual(['Один тег, старше', 'Один тег, ещё старше', 'Один тег, самый старый']);
  });

  it('on a Kazakh page the heading of related articles is Kazakh', () => {
    const $ = page('2026/02/astanada-zhana-kopir-ashyldy');
    expect($('html').attr('lang')).toBe('kk');
    expect([$('.related h2').text(), $('.related h2').attr('lang')]).toEqual([KK.related, undefined]);
    expect($('.related a').map((_, a) => $(a).text()).get()).toEqual(['Қарағандыда жаңа кітапхана ашылды']);
  });

  it('previous (older) and next (newer) articles', () => {
    const $ = page(senate);
    expect($('.article-nav a[rel=prev]').attr('href')).toBe('/2026/01/dva-obschikh-tega/');
    expect($('.article-nav a[rel=next]').attr('href')).toBe('/2026/02/qaragandyda-zhana-kitapkhana-ashyldy/');
    expect(page('2025/12/bez-obschikh-tegov')('.article-nav a[rel=prev]')).toHaveLength(0);
    expect(page('2025/12/bez-obschikh-tegov')('.related')).toHaveLength(0);
  });
});

describe('lead photos', () => {
  it('an image beside the source becomes a responsive picture with the credit as caption', () => {
    const $ = page(senate);
    const figure = $('article figure.lead-photo');
    expect(figure.find('source').map((_, el) => $(el).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
    const img = figure.find('img');
    expect(img.attr('alt')).toBe('Спикер Сената встретился с министром иностранных дел Израиля');
    expect(img.attr('width')).toBe('1200');
    expect(img.attr('height')).toBe('750');
    expect(img.attr('sizes')).toBeTruthy();
    expect(img.attr('srcset')!.split(', ').map((part) => part.split(' ')[1])).toEqual(['480w', '800w', '1200w']);
    expect(figure.find('figcaption').text()).toBe('Фото: Сенат');
    expect($('.photo-credit')).toHaveLength(1);
    for (const url of [img.attr('src')!, ...figure.find('source').map((_, el) => $(el).attr('srcset')!.split(', ').map((p) => p.split(' ')[0]!)).get()]) {
      expect(existsSync(join(site.output, url))).toBe(true);
    }
    const ogImage = $('meta[property="og:image"]').attr('content')!;
    expect(existsSync(join(site.output, ogImage.slice(origin.length)))).toBe(true);
    expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
  });

  it('the alt text comes from an `Alt:` line when the source has one', () => {
    const $ = page('2026/02/astanada-zhana-kopir-ashyldy');
    expect($('figure img').attr('alt')).toBe('Өзен үстіндегі жаңа көпір');
    expect($('figcaption').text()).toBe('Фото: Әкімдік');
    expect($('.body').text()).not.toContain('Alt:');
  });

  it('no image, no figure and no credit: it would credit a photo the page does not show', () => {
    expect(page('2026/01/tri-obschikh-tega')('figure, picture')).toHaveLength(0);
    const kk = page('2026/02/qaragandyda-zhana-kitapkhana-ashyldy');
    expect(kk('figure')).toHaveLength(0);
    expect(kk('.photo-credit')).toHaveLength(0);
    expect(kk('main').text()).not.toContain('Фото:');
  });

  it('processed images are cached between builds', () => {
    const cache = join(site.root, '.cache/img');
    const before = readdirSync(cache).map((name) => [name, statSync(join(cache, name)).mtimeMs]);
    // 1600 px wide: 480, 800, 1200; 900 px wide: 480, 800 — each as AVIF, WebP and JPEG; and each
    // photo's thumbnail, 160 and 320, as AVIF and WebP.
    expect(before.length).toBe(23);
    expect(runHabar(site.root, ['build']).code).toBe(0);
    expect(readdirSync(cache).map((name) => [name, statSync(join(cache, name)).mtimeMs])).toEqual(before);
    expect(readdirSync(join(site.output, 'img'))).toHaveLength(23);
  });
});

describe('a photo that is not an image', () => {
  it('stops the build with one line naming the article and the photo, no stack', () => {
    const bad = makeSite();
    try {
      addSource(bad, 'broken.txt', source('2026-05-01', 'Сломанное фото'));
      addSource(bad, 'broken.jpg', 'not an image');
      const result = runHabar(bad.root, ['build']);
      expect(result.code).toBe(1);
      const [first, second, ...rest] = result.stderr.trim().split('\n');
      expect(first).toMatch(/^content\/articles\/2026\/05\/slomannoe-foto\.md: its photo content\/sources\/broken\.jpg could not be read: .+/);
      expect(second).toBe('Build stopped; the last built site was left as it was.');
      expect(rest).toEqual([]);
    } finally {
      bad.cleanup();
    }
  });
});
